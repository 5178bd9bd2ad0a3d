"""Name keys: what two spellings of one name have in common.

News transliterates Arabic, Urdu and Pashto names many ways (Lashkar-e-Taiba,
Lashkar-e-Tayyiba; al-Qaeda, al-Qaida; Mohammed, Muhammad) and abbreviates
persons ("K. Rao", "Rao"). Three keys, from strict to loose:

* ``name_key``: case-, accent- and punctuation-folded; equal keys are the
  same name. Canonical entity ids are built from it.
* ``skeleton``: a consonant skeleton after folding the usual transliteration
  digraphs; equal skeletons are *candidates*, confirmed by a fuzzy score.
* ``person_parts``: given-name tokens and surname of a person, titles
  removed, so initials can be matched against full given names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")

#: Honorifics and ranks that precede person names in news copy.
TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "shri",
        "sri",
        "smt",
        "maulana",
        "mullah",
        "mulla",
        "sheikh",
        "shaikh",
        "hafiz",
        "qari",
        "mufti",
        "general",
        "gen",
        "lt",
        "lieutenant",
        "col",
        "colonel",
        "maj",
        "major",
        "brig",
        "brigadier",
        "capt",
        "captain",
        "cmdr",
        "commander",
        "admiral",
        "adm",
        "marshal",
        "president",
        "pm",
        "minister",
        "secretary",
        "chief",
        "senator",
        "sen",
        "rep",
        "ambassador",
        "king",
        "prince",
        "emir",
        "amir",
        "imam",
        "justice",
        "judge",
    }
)

#: Transliteration digraphs folded before vowels are dropped (order matters: longest first).
_DIGRAPHS = (
    ("sch", "sh"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("z", "s"),
    ("w", "v"),
    ("j", "g"),
)
#: Digraphs ``place_skeleton`` folds at the start of a word too (``_DIGRAPHS`` folds them inside it).
_HEAD_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"))
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, accents stripped, punctuation to spaces, whitespace collapsed.

    Remembered for the last 65,536 texts (names and words, folded again and again by
    extraction and by the store's resolution).
    """
    decomposed = unicodedata.normalize("NFKD", text)
    # Combining marks and modifier letters (the ʿ of "Qāʿida") carry no identity.
    ascii_ish = "".join(
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) and unicodedata.category(ch) not in ("Lm", "Sk")
    )
    return _SPACES.sub(" ", _PUNCT.sub(" ", ascii_ish.casefold())).strip()


def name_key(text: str) -> str:
    """The strict key: equal keys are the same name ("Al-Qaeda" == "al Qaeda")."""
    return fold(text)


def _skeleton_token(token: str) -> str:
    if not token:
        return token
    head, rest = token[0], token[1:]
    for old, new in _DIGRAPHS:
        rest = rest.replace(old, new)
        if head == old[0] and len(old) == 1:
            head = new
    rest = _VOWELS.sub("", rest)
    return _DOUBLES.sub(r"\1", head + rest)


def place_skeleton(text: str) -> str:
    """``skeleton`` with a word-initial digraph folded as an inner one is ("Khanabad" / "Kanabad",
    "Ghazni" / "Gazni"), for comparing two spellings of one place (not for index keys: the
    gazetteer's and the extractor's keys stay ``skeleton``'s).

    Two more choices of transliteration are folded: a word-final "d" written "t" (final
    devoicing: "Beled" / "Belet") and a word-initial "x" before a vowel, the Somali letter of
    the sound others write "h" ("Xaawo" / "Hawo")."""
    words = fold(text).split()
    for i, word in enumerate(words):
        for old, new in _HEAD_DIGRAPHS:
            if word.startswith(old):
                word = new + word[len(old) :]
                break
        if len(word) > 2 and word[0] == "x" and word[1] in "aeiou":
            word = "h" + word[1:]
        if len(word) > 2 and word.endswith("d"):
            word = word[:-1] + "t"
        words[i] = word
    return skeleton(" ".join(words))


def skeleton(text: str) -> str:
    """A loose key for transliteration variants: first letter plus consonants.

    Word breaks are ignored, since transliterations split and join particles
    freely: "Lashkar-e-Tayyiba" and "Lashkar-e-Taiba" share "lskrtb",
    "Hizbul Mujahideen" and "Hizb-ul-Mujahideen" share "hsblmghdn", "Mohammed"
    and "Muhammad" share "mhmd". Equal skeletons are only candidates: callers
    confirm with a fuzzy score.
    """
    return _skeleton_token(fold(text).replace(" ", ""))


#: The Arabic article as transliterations write it: "al-", "el-", "ul-", "il-" and the forms
#: it takes before "sun letters" ("ash-Shabab", "ad-Din", "ath-Thawra"). One list for
#: place spellings here, the gazetteer's name test and ``extract.transliteration``.
ARABIC_ARTICLES = frozenset({"al", "el", "ul", "il", "as", "ash", "ad", "ar", "at", "an", "az", "ath", "adh"})
#: French elided articles as ``fold`` leaves them ("d'Irumu", "l'Artibonite": "d irumu"): a name
#: taken with the "de" or "le" of "le territoire d'Irumu" before it is the name without it.
_ELIDED_ARTICLES = frozenset({"d", "l"})
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_FINAL_E = re.compile(r"(?<=[^aeiou])e\b")


def place_spelling(text: str) -> str:
    """A place name with the transliteration choices that do not name another place folded away.

    Folded (``fold``), a leading Arabic article dropped ("Al-Muqdadiyah" ->
    "muqdadiyah") and a word-final "h" after a vowel dropped (the written
    ta marbuta: "Muqdadiyah" / "Muqdadiya", "Sukhnah" / "Sukhna", written "-eh"
    or "-e" in Persian and Levantine schemes: "Sukhneh"); word breaks removed.
    Equal keys are one name spelt two ways.
    """
    words = fold(text).split()
    if len(words) > 1 and (words[0] in ARABIC_ARTICLES or words[0] in _ELIDED_ARTICLES):
        words = words[1:]
    return "".join(_FINAL_E.sub("a", _FINAL_H.sub("", w)) for w in words)


#: Vowel spellings of one sound across transliteration schemes (English "oo"/"ou" and French
#: "ou" for u, o and u, which Arabic, Persian and Somali do not tell apart, "ee" for i, a doubled
#: "aa"), folded before doubled letters are made single.
#: An -iya written -ia ("Oromiya" / "Oromia", "Suriya" / "Suria") first, then the vowels.
_VOWEL_SPELLINGS = (("iya", "ia"), ("oo", "u"), ("ou", "u"), ("o", "u"), ("ee", "i"), ("aa", "a"))


def vowel_spelling(text: str) -> str:
    """A name with its vowel spellings and doubled letters folded, word breaks removed.

    "Poonch" and "Punch", "Kousseri" and "Kusseri", "Afgooye" and "Afgoye",
    "Jalalabaad" and "Jalalabad", "Oromiya" and "Oromia", a hard "c" and "k" ("Mocuba" / "Mokuba"), an
    "aw" before a consonant and "o" ("Mawlamyine" / "Molamyine"), French "tch" and "dj" and English
    "ch" and "j" ("Kantchari" / "Kanchari") give one key. Equal keys are one name
    spelt two ways (a place name of a few letters is left to the caller: short keys collide).
    """
    key = _FINAL_Y.sub("i", fold(text)).replace(" ", "")
    for old, new in _FRENCH_CONSONANTS:
        key = key.replace(old, new)
    key = _AW_BEFORE_CONSONANT.sub("o", _HARD_C.sub("k", key))
    for old, new in _VOWEL_SPELLINGS:
        key = key.replace(old, new)
    return _DOUBLES.sub(r"\1", key)


def aspirate_spelling(text: str) -> str:
    """``vowel_spelling`` with the "h" of an aspirated consonant left out: the "h" after a stop or
    an "r" that Indic transliterations write for an aspirate ("Bhadrak" / "Badrak", "Dharampur" /
    "Darampur", "Rhotas" / "Rotas"), and the "h" Burmese romanisations write before a word's opening
    consonant for an aspirated or voiceless one ("Hpakant" / "Pakant", "Hlegu" / "Legu"). Other
    schemes write one of the two, so equal keys are one name spelt two ways; "sh", "ch" and "zh"
    are sounds of their own and stay."""
    words = [_BURMESE_H.sub("", word) for word in fold(text).split()]
    return _ASPIRATE_H.sub("", vowel_spelling(" ".join(words)))


#: The "h" of an aspirated stop or "r" as Indic transliterations write it ("bh", "dh", "gh", "jh",
#: "kh", "ph", "th", "rh").
_ASPIRATE_H = re.compile(r"(?<=[bdgjkprt])h")
#: A word-initial "h" before a consonant: Burmese romanisation of an aspirated or voiceless
#: consonant ("hp", "ht", "hk", "hm", "hn", "hl", "hs").
_BURMESE_H = re.compile(r"^h(?=[b-df-hj-np-tv-z])")


#: Consonants French spellings write with a letter more than English ones, folded first: "tch" for
#: "ch" ("Kantchari" / "Kanchari", "Tchad" / "Chad") and "dj" for "j" ("Djibo" / "Jibo").
_FRENCH_CONSONANTS = (("tch", "ch"), ("dj", "j"))
#: A hard "c" (before a, o, u, a consonant or at the end; "ck" too): the "k" other schemes
#: write ("Mocuba" / "Mokuba").
_HARD_C = re.compile(r"c(?:k)?(?![eiyh])")
#: An "aw" before a consonant or at the end of a word: the long "o" of English spellings of
#: Arabic, Persian and Tibeto-Burman names that others write "o" ("Mawlamyine" / "Molamyine");
#: before a vowel it is a glide and stays.
_AW_BEFORE_CONSONANT = re.compile(r"aw(?![aeiouy])")
#: A word-final "y" after a consonant: the "i" French and local spellings write ("Kokry" / "Kokri").
_FINAL_Y = re.compile(r"(?<=[b-df-hj-np-tv-z])y\b")
#: A "u" written before a "w" between vowels ("Pauwa" / "Pawwa", "Dauwara" / "Dawara").
_GLIDE_U = re.compile(r"(?<=[aeiou])u(?=w[aeiou])")


def doubling_spelling(text: str) -> str:
    """A name with its doubled letters made single, the "u" some spellings write before a "w"
    glide left out and a hard "c" written "k", word breaks removed: "Maffa" and "Mafa", "Pawwa" and
    "Pauwa", "Mocuba" and "Mokuba" give one key.
    Unlike ``vowel_spelling`` it keeps every vowel as written, so even a short name's key (four
    letters) tells one name only: two spellings differ only in how a consonant is written twice."""
    key = _HARD_C.sub("k", _GLIDE_U.sub("", fold(text).replace(" ", "")))
    return _DOUBLES.sub(r"\1", key)


#: A "w" or "y" between two vowels: a glide one transliteration writes and another leaves out.
_GLIDE = re.compile(r"(?<=[aeiou])[wy](?=[aeiou])")

#: Fewest letters a name without its glides keeps for a glide to tell two spellings of it apart.
MIN_GLIDED = 4


def glide_spelling(first: str, second: str) -> bool:
    """Whether two ``vowel_spelling`` keys are one name with a glide written in one only:
    "kawuri" / "kauri", "mbawu" / "mbau", "kiyari" / "kiari" (a "w" or "y" between vowels, which
    Hausa, Swahili and Portuguese spellings of one village write or leave out). One side must
    write no glide at all, so two different glides ("maiwa" / "maiya") are two names; the key
    without glides keeps at least ``MIN_GLIDED`` letters (short keys collide)."""
    if first == second:
        return False
    bare_first, bare_second = _GLIDE.sub("", first), _GLIDE.sub("", second)
    if bare_first != bare_second or len(bare_first) < MIN_GLIDED:
        return False
    return bare_first in (first, second)


def digits(text: str) -> str:
    """The digits of a name: "Group 1" and "Group 7" are never one entity."""
    return "".join(ch for ch in text if ch.isdigit())


def person_parts(text: str) -> tuple[tuple[str, ...], str]:
    """(given-name tokens, surname) of a person's name, titles removed.

    "Dr. K. Rao" -> (("k",), "rao"); "Rao" -> ((), "rao").
    """
    tokens = [t for t in fold(text).split() if t not in TITLES]
    if not tokens:
        return (), ""
    return tuple(tokens[:-1]), tokens[-1]


def given_names_compatible(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two lists of given names can belong to one person.

    Empty is compatible with anything ("Rao"); an initial matches any
    name it begins ("K" ~ "Kiran"); full names must be transliteration
    variants of each other. Every token of the shorter list must match, in order.
    """
    if not first or not second:
        return True
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    position = 0
    for token in shorter:
        while position < len(longer) and not _token_matches(token, longer[position]):
            position += 1
        if position == len(longer):
            return False
        position += 1
    return True


def _token_matches(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b or _skeleton_token(a) == _skeleton_token(b)
