"""Who asserts a fact, and whether the text hedges it.

A fact is anchored on a word of its sentence (an event trigger, the words of a
relation).  A hedge cue counts only when its scope in the dependency tree
covers the anchor:

* an adverb ("reportedly") hedges the word it attaches to and that word's
  subtree, so in "..., with attackers reportedly forcing victims to recite
  verses" it hedges the forcing, not the attack the sentence is about;
* an adjective ("suspected militants") hedges its noun, and the noun's clause
  when the noun is the subject;
* a hedging verb ("believed", "view ... as", "point to", "claimed that")
  hedges its complement but not its own subject;
* a sentence-level phrase ("could not be independently verified") hedges
  everything in the sentence.

The asserter is the speaker of the innermost reporting verb ("said", "told",
"revealed", "view ... as") whose complement holds the anchor, or the source of
a sentence-level "according to".  A speaker of another clause is not the
asserter.  The asserter is the source phrase without its leading article,
relative clause or apposition ("Indian intelligence agencies", "police
sources"); a named person is preferred to their title ("Health Minister Nadia
Karam said" gives "Nadia Karam"); a document is replaced by who issued it
("health ministry figures" gives "health ministry"); a pronoun gives None,
since resolving it needs the surrounding text.

The cue lexicons live in ``ontology/hedges.yaml``.  ``cues`` lists the cues
that scope over the anchor (every cue of the sentence when there is no
anchor), as written in the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from nexus.extract.doctext import doc_text
from nexus.extract.parse_index import parse_index, token_starts
from nexus.extract.tokens import entity_spans, lowers, matching, sentences
from nexus.model import Attribution
from nexus.ontology import table

__all__ = ["attribute"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_NOT_SOURCE = frozenset({"relcl", "acl", "appos", "punct", "advcl", "parataxis", "cc", "conj"})
_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these", "those"}
)
_ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class _VerbSpec:
    requires_prep: str | None = None
    clausal_only: bool = False


@dataclass(frozen=True)
class _Lexicon:
    adverbs: frozenset[str]
    adjectives: frozenset[str]
    verbs: dict[str, _VerbSpec]
    nouns: frozenset[str]
    sentence: tuple[tuple[str, ...], ...]
    reporting: frozenset[str]
    documents: frozenset[str]
    source_nouns: frozenset[str]
    disclaimed: frozenset[str]


def _words(items: Any) -> frozenset[str]:
    return frozenset(str(w).lower() for w in items or ())


@cache
def _lexicon() -> _Lexicon:
    data = table("hedges.yaml")
    verbs = {
        str(lemma).lower(): _VerbSpec(
            requires_prep=(spec or {}).get("requires_prep"),
            clausal_only=bool((spec or {}).get("clausal_only", False)),
        )
        for lemma, spec in (data.get("hedge_verbs") or {}).items()
    }
    return _Lexicon(
        adverbs=_words(data.get("hedge_adverbs")),
        adjectives=_words(data.get("hedge_adjectives")),
        verbs=verbs,
        nouns=_words(data.get("hedge_nouns")),
        sentence=tuple(tuple(str(p).lower().split()) for p in data.get("sentence_hedges") or ()),
        reporting=_words(data.get("reporting_verbs")),
        documents=_words(data.get("source_documents")),
        source_nouns=_words(data.get("source_nouns")),
        disclaimed=_words(data.get("disclaimed_nouns")),
    )


def hedge_words() -> frozenset[str]:
    """Every hedge cue of ``hedges.yaml`` a word or its lemma can match (adverbs, adjectives,
    nouns and verbs)."""
    return _cue_words()[1]


@cache
def _cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """``(words, lemmas)``: a token can be a hedge cue (:func:`_token_cue`) only when its
    lower-case form is in the first set or its lower-cased lemma in the second."""
    lex = _lexicon()
    words = lex.adverbs | lex.adjectives | lex.nouns
    return words, words | frozenset(lex.verbs)


def _is(tok: Token, words: Iterable[str]) -> bool:
    pool = words if isinstance(words, frozenset | set | dict) else frozenset(words)
    return tok.lower_ in pool or tok.lemma_.lower() in pool


def _subtree_ids(tok: Token) -> set[int]:
    """``{t.i for t in tok.subtree}``: the token and its descendants, read from the Doc's
    children lists (:func:`~nexus.extract.parse_index.parse_index`), no Token built."""
    parse = parse_index(tok.doc)
    found = {tok.i}
    todo = [tok.i]
    while todo:
        for child in parse.children(todo.pop()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _without_subjects(verb: Token) -> set[int]:
    ids = _subtree_ids(verb)
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            ids -= _subtree_ids(child)
    return ids


def _clause_before(verb: Token, sent: Span) -> set[int]:
    """The clause a trailing '..., X said' reports: the text before the speaker."""
    first = min(t.i for t in verb.subtree if not t.is_punct or t.i == verb.i)
    if first <= sent.start or sent.doc[first - 1].text not in {",", "\u2014", "-", "\u2013"}:
        return set()
    start = sent.start
    for tok in sent.doc[sent.start : first]:
        if tok.text == ";":
            start = tok.i + 1
    return set(range(start, first - 1))


def _has_clause(verb: Token) -> bool:
    return any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)


def _separate_clause(child: Token, verb: Token, has_object: bool) -> bool:
    """Whether a clause the parser hangs before a claiming verb is a sentence of its own.

    "A bomb killed 14 worshippers; the group claimed that attack as well.": a clause before the
    verb is not what it claims when the verb has its own object ("claimed responsibility",
    "claimed the raid") or a semicolon stands between them.
    """
    if child.i > verb.i:
        return False
    if has_object:
        return True
    doc = verb.doc
    return any(doc[i].text == ";" for i in range(child.right_edge.i + 1, verb.i))


def _verb_scope(verb: Token, sent: Span, *, clausal_only: bool) -> set[int]:
    """What a reporting or hedging verb governs: its complement, or the clause it trails."""
    trailing = set() if _has_clause(verb) else _clause_before(verb, sent)
    if clausal_only:
        if any(c.dep_ in {"auxpass", "nsubjpass", "agent"} for c in verb.children):
            return set()  # "the ambush, which was claimed by al-Shabaab": the claim is told, not doubted
        has_object = any(c.dep_ in {"dobj", "attr"} for c in verb.children)
        if trailing and not has_object:  # "..., the group claimed." (not "which claimed the lives of")
            return trailing | {verb.i}
        ids = {verb.i}
        for child in verb.children:
            if child.dep_ in {"ccomp", "xcomp"} and not _separate_clause(child, verb, has_object):
                ids |= _subtree_ids(child)
        return ids if len(ids) > 1 else set()
    return _without_subjects(verb) | trailing


# --------------------------------------------------------------------------- hedges


@dataclass(frozen=True)
class _Cue:
    label: str
    tokens: tuple[Token, ...]
    scope: frozenset[int]


def _sentence_cues(sent: Span) -> list[_Cue]:
    words = lowers(sent.doc)[sent.start : sent.end]
    everything = frozenset(range(sent.start, sent.end))
    cues: list[_Cue] = []
    taken: set[int] = set()
    at: dict[str, list[int]] = {}  # where each word stands: a phrase is tried only where its first word is
    for offset, word in enumerate(words):
        at.setdefault(word, []).append(offset)
    for phrase in _longest_hedges_first():
        size = len(phrase)
        offsets = at.get(phrase[0], []) if size else range(len(words) + 1)
        for offset in offsets:
            if offset > len(words) - size:
                break
            if tuple(words[offset : offset + size]) == phrase and offset not in taken:
                toks = tuple(sent[offset : offset + size])
                taken.update(range(offset, offset + size))
                cues.append(_Cue(" ".join(t.text for t in toks), toks, everything))
    return cues


@cache
def _longest_hedges_first() -> tuple[tuple[str, ...], ...]:
    """The sentence hedges of the lexicon, longest first (sorted once, not per sentence)."""
    return tuple(sorted(_lexicon().sentence, key=len, reverse=True))


def _token_cue(tok: Token, sent: Span) -> _Cue | None:
    lex = _lexicon()
    head = tok.head
    if tok.pos_ == "ADV" and _is(tok, lex.adverbs):
        return _Cue(tok.text, (tok,), frozenset(_subtree_ids(head) | _subtree_ids(tok)))
    if _is(tok, lex.adjectives) and tok.dep_ in {"amod", "compound", "nmod", "acomp", "attr", "advmod"}:
        scope = _subtree_ids(head) | _subtree_ids(tok)
        if tok.dep_ != "acomp" and head.dep_ in {"nsubj", "nsubjpass"}:
            scope |= {head.head.i}  # 'suspected militants attacked': the attacking
        return _Cue(tok.text, (tok,), frozenset(scope))
    if tok.pos_ in {"NOUN", "PROPN"} and _is(tok, lex.nouns):
        return _Cue(tok.text, (tok,), frozenset(_subtree_ids(tok)))
    spec = lex.verbs.get(tok.lemma_.lower())
    if spec is None or tok.pos_ not in {"VERB", "AUX"}:
        return None
    if spec.requires_prep is not None:
        prep = next(
            (c for c in tok.children if c.dep_ in {"prep", "dative"} and c.lower_ == spec.requires_prep), None
        )
        if prep is None:
            return None
        label = f"{tok.text} {spec.requires_prep}"
        return _Cue(label, (tok, prep), frozenset(_without_subjects(tok)))
    scope = _verb_scope(tok, sent, clausal_only=spec.clausal_only)
    if not scope:
        return None
    return _Cue(tok.text, (tok,), frozenset(scope))


def _hedge_cues(sent: Span) -> list[_Cue]:
    """Every hedge cue of a sentence with its scope; computed once per sentence and Doc.

    Several events and relations of one sentence ask for the same cues.
    """
    memo: dict[tuple[int, int], list[_Cue]] = sent.doc.user_data.setdefault("nexus_hedge_cues", {})
    key = (sent.start, sent.end)
    if key not in memo:
        cues = _sentence_cues(sent)
        words, lemmas = _cue_words()
        for tok in matching(sent, lemmas, words):  # _token_cue finds none on other tokens
            cue = _token_cue(tok, sent)
            if cue is not None:
                cues.append(cue)
        memo[key] = sorted(cues, key=lambda c: c.tokens[0].i)
    return memo[key]


#: How many sentences before it a disclaimer reaches ("X said its jets killed 30. The strikes
#: followed days of surveillance. The figure could not be independently verified.").
_DISCLAIMER_REACH = 2


def _clause_head(verb: Token) -> Token:
    """The verb ``verb`` hangs on through joined and complement clauses ("..., and the claim could
    not be verified", "were unable to verify")."""
    main = verb
    while main.dep_ in {"conj", "xcomp", "acomp"} and main.head.i != main.i:
        main = main.head
    return main


def _main_clause(verb: Token) -> bool:
    """Whether ``verb`` heads the sentence or a clause joined to its head (not a relative clause)."""
    return _clause_head(verb).dep_ == "ROOT"


def _disclaimed_noun(verb: Token) -> Token | None:
    """The subject or object of ``verb`` (or of the main verb it hangs on) that names what is disclaimed."""
    disclaimed = _lexicon().disclaimed
    main = _clause_head(verb)
    children: list[Token] = [*verb.children, *(main.children if main is not verb else ())]
    for child in children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and _is(child, disclaimed):
            return child
    return None


#: Verbs of checking a fact, negated by their subject in "Neither claim could be verified."
_CHECKING_VERBS = frozenset({"verify", "confirm"})


def _disclaimer(sent: Span) -> str | None:
    """The cue of ``sent`` when its main clause disclaims something told before it.

    "The figure could not be independently verified.", "..., and the claim could not be
    confirmed.", "Reporters were unable to verify the account.": a sentence hedge
    (``sentence_hedges``) whose verb stands in the main clause (the root, or a clause joined to
    it) with a subject or object from ``disclaimed_nouns``; or "Neither claim could be
    verified." / "None of the figures could be confirmed.", the same verb with a negated
    subject.  A hedge inside a relative clause ("..., a figure that could not be verified")
    speaks of its own sentence only.
    """
    for cue in _sentence_cues(sent):
        verb = cue.tokens[-1]
        if verb.pos_ not in {"VERB", "AUX"}:
            verb = verb.head
        if _main_clause(verb) and _disclaimed_noun(verb) is not None:
            return cue.label
    for verb in matching(sent, _CHECKING_VERBS):  # (only those tokens are built)
        if not _main_clause(verb):
            continue
        noun = _disclaimed_noun(verb)
        if noun is not None and (
            noun.lower_ in {"neither", "none"} or any(c.lower_ in {"neither", "no"} for c in noun.children)
        ):
            return sent.doc[noun.left_edge.i : verb.i + 1].text
    return None


def _paragraph_break(doc: Doc, earlier: Span, later: Span) -> bool:
    """Whether a line break stands between the last word of ``earlier`` and the first of ``later``."""
    text = doc_text(doc)
    end = earlier.start_char + len(earlier.text.rstrip())
    start = later.start_char + len(later.text) - len(later.text.lstrip())
    return "\n" in text[end:start]


def _disclaimed_before(sent: Span) -> str | None:
    """The cue of a later sentence of the same paragraph, at most ``_DISCLAIMER_REACH`` on,
    that disclaims what ``sent`` told (:func:`_disclaimer`); computed once per Doc.

    The reach stops at a sentence telling a claim ("X claimed the attack."): a disclaimer
    after it speaks of the claim's figures, not of the happening told before the claim.
    """
    doc = sent.doc
    found: dict[int, str] | None = doc.user_data.get("nexus_disclaimed")
    if found is None:
        found = {}
        sents = sentences(doc)
        for at, later in enumerate(sents):
            label = _disclaimer(later) if at else None
            if label is None:
                continue
            for back in range(1, _DISCLAIMER_REACH + 1):
                if at - back < 0 or _paragraph_break(doc, sents[at - back], sents[at - back + 1]):
                    break
                earlier = sents[at - back]
                found.setdefault(earlier.start, label)
                if any(t.lemma_.lower() in {"claim", "responsibility"} for t in earlier):
                    break
        doc.user_data["nexus_disclaimed"] = found
    return found.get(sent.start)


def _ignored(cue: _Cue, ignore: frozenset[str]) -> bool:
    if not ignore:
        return False
    names = {cue.label.lower()} | {t.lower_ for t in cue.tokens} | {t.lemma_.lower() for t in cue.tokens[:1]}
    return bool(names & ignore)


# --------------------------------------------------------------------------- asserters


def _joining_hyphen(token: Token) -> bool:
    """A hyphen written inside a word ("wal-Muslimin"): no space on either side."""
    return (
        token.text in {"-", "\u2010", "\u2011"}
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


def _source_tokens(head: Token) -> list[Token]:
    """The source phrase around ``head``: no relative clause, apposition or commas."""
    keep = {head.i}
    for child in head.children:
        if child.dep_ in _NOT_SOURCE:
            continue
        keep |= _subtree_ids(child)
    # Coordinated modifiers ('security and civilian sources') stay; commas cut, hyphens inside a
    # word do not ("... al-Islam wal-Muslimin said").
    doc = head.doc
    keep |= {t.i for t in doc[max(head.left_edge.i, 0) : head.i] if _joining_hyphen(t)}
    left = head.i
    while left - 1 in keep and (not doc[left - 1].is_punct or _joining_hyphen(doc[left - 1])):
        left -= 1
    right = head.i
    while right + 1 in keep and head.doc[right + 1].text not in {",", "(", ")", ";"}:
        right += 1
    tokens = list(head.doc[left : right + 1])
    while tokens and tokens[0].lower_ in _ARTICLES:
        tokens = tokens[1:]
    return tokens


def _person(head: Token) -> str | None:
    """A person's name in the source phrase or its apposition."""
    titled = _is(head, _lexicon().source_nouns)
    candidates = [head, *(c for c in head.children if c.dep_ == "appos" or (titled and c.dep_ == "compound"))]
    for tok in candidates:
        if tok.ent_type_ == "PERSON":
            ent = next((e for e in entity_spans(tok.doc) if e.start <= tok.i < e.end), None)
            if ent is not None:
                return str(ent.text)
    return None


def _source_phrase(head: Token) -> str | None:
    lex = _lexicon()
    if head.lower_ in _PRONOUNS or head.pos_ == "PRON":
        return None
    person = _person(head)
    if person is not None:
        return person
    if _is(head, lex.documents):
        for child in head.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from", "of"}:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _source_phrase(pobj)
        issuers = [c for c in head.children if c.dep_ in {"compound", "poss"} and c.i < head.i]
        if issuers:
            start = min(t.i for c in issuers for t in c.subtree)
            tokens = [t for t in head.doc[start : head.i] if t.dep_ != "case"]
            return " ".join(t.text for t in tokens) or None
    tokens = _source_tokens(head)
    if not tokens:
        return None
    return str(head.doc[tokens[0].i : tokens[-1].i + 1].text)


def _speaker(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _raised(verb: Token) -> bool:
    """ "Gunmen believed to belong to X", "the men thought to be from X": the subject of a
    believing verb with a "to" complement is what is believed, not who believes it."""
    return (
        verb.tag_ in {"VBN", "VBD"}
        and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
        and not any(c.dep_ == "dobj" for c in verb.children)
        and verb.lemma_.lower() in _RAISING
    )


#: Believing verbs that raise their complement's subject ("is believed to be", "thought to be").
_RAISING = frozenset(
    {"believe", "think", "suspect", "say", "report", "know", "understand", "presume", "allege"}
)


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _reporting_scope(verb: Token, sent: Span) -> frozenset[int]:
    """The token indices a reporting verb of ``sent`` asserts, worked out once per verb and
    sentence and kept with the Doc (every event and relation of the sentence asks; the parse no
    longer changes)."""
    memo: dict[tuple[int, int, int], frozenset[int]] = sent.doc.user_data.setdefault(_SCOPES, {})
    key = (verb.i, sent.start, sent.end)
    found = memo.get(key)
    if found is None:
        scope = _verb_scope(verb, sent, clausal_only=False)
        if verb.dep_ == "relcl":
            # 'The strike, which Iran blamed on Israel, killed ...': Iran asserts the strike.
            scope |= {verb.head.i}
        found = memo[key] = frozenset(scope)
    return found


#: Where :func:`_reporting_scope` and :func:`_speaker_name` keep what they found of a Doc.
_SCOPES = "nexus_reporting_scopes"
_NAMES = "nexus_source_phrases"


def _speaker_name(speaker: Token) -> str | None:
    """:func:`_source_phrase` of a reporting verb's speaker, once per token and Doc."""
    memo: dict[int, str | None] = speaker.doc.user_data.setdefault(_NAMES, {})
    if speaker.i not in memo:
        memo[speaker.i] = _source_phrase(speaker)
    return memo[speaker.i]


def _according_to(sent: Span) -> list[tuple[Token, Token]]:
    """(head the phrase attaches to, source noun) for each 'according to X'."""
    found = []
    for tok in matching(sent, (), ("according",)):
        if tok.lower_ != "according":
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            to = sent.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if pobj is not None:
            found.append((tok.head, pobj))
    return found


_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj"})


def _sentence_level(tok: Token) -> bool:
    """True when ``tok`` belongs to the main clause (no subordinate link above it)."""
    return all(node.dep_ not in _SUBORDINATE for node in [tok, *tok.ancestors])


def _reporters(sent: Span) -> list[tuple[Token, Token]]:
    """(reporting verb, its speaker) in the sentence, in text order; found once per sentence and
    Doc (every event and relation of the sentence asks)."""
    memo: dict[tuple[int, int], list[tuple[Token, Token]]] = sent.doc.user_data.setdefault(
        "nexus_reporters", {}
    )
    key = (sent.start, sent.end)
    found = memo.get(key)
    if found is None:
        lex = _lexicon()
        found = []
        for tok in matching(sent, lex.reporting, lex.reporting):
            if tok.pos_ not in {"VERB", "AUX"} or not _is(tok, lex.reporting):
                continue
            speaker = _speaker(tok)
            if speaker is not None and not _raised(tok):
                found.append((tok, speaker))
        memo[key] = found
    return found


def _asserter(sent: Span, anchor: Token | None) -> str | None:
    candidates: list[tuple[int, Token]] = []
    for tok, speaker in _reporters(sent):
        if anchor is None or anchor.i == tok.i or anchor.i in _reporting_scope(tok, sent):
            candidates.append((_depth(tok), speaker))
    if candidates:
        # With an anchor the innermost speaker asserts it; without, the outermost.
        _, speaker = (
            max(candidates, key=lambda c: c[0]) if anchor is not None else min(candidates, key=lambda c: c[0])
        )
        name = _speaker_name(speaker)
        if name is not None:
            return name
    for attached, source in _according_to(sent):
        if anchor is None or _sentence_level(attached) or anchor.i in _subtree_ids(attached):
            return _source_phrase(source)
    return None


# --------------------------------------------------------------------------- API


_DESCRIBING = frozenset({"appos", "relcl", "acl", "poss"})


def _description(anchor: Token) -> Token | None:
    """The apposition, relative clause or possessive that holds ``anchor`` within its clause, if any."""
    tok = anchor
    for _ in range(8):
        if tok.dep_ in _DESCRIBING:
            return tok
        if tok.dep_ == "ROOT" or tok.pos_ in {"VERB", "AUX"}:
            return None
        tok = tok.head
    return None


def _anchor_token(anchor: Span | Token | None) -> Token | None:
    if anchor is None:
        return None
    if isinstance(anchor, Span):
        return anchor.root
    return anchor


class _Doer(Protocol):
    """An actor as the event builder holds it: its mentions' character spans."""

    @property
    def mentions(self) -> Sequence[_Spanned]: ...


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def _doer_tokens(sent: Span, doers: Sequence[_Doer]) -> set[int]:
    """Indices of the tokens of ``sent`` that name one of ``doers``."""
    spans = [
        (m.start, m.end) for d in doers for m in d.mentions if sent.start_char <= m.start < sent.end_char
    ]
    if not spans:
        return set()
    starts = token_starts(sent.doc)  # (``t.idx`` of each token, cached)
    return {i for i in range(sent.start, sent.end) if any(start <= starts[i] < end for start, end in spans)}


def attribute(
    sent: Span,
    anchor: Span | Token | None = None,
    *,
    ignore_cues: frozenset[str] = frozenset(),
    doers: Sequence[_Doer] = (),
    tolls: Iterable[int] = (),
    disclaimable: bool = False,
    figures_told: Sequence[Span] = (),
    relation: bool = False,
) -> Attribution:
    """Asserter and hedging of the fact ``anchor`` states in ``sent``.

    ``anchor`` is the event trigger or the relation words (a ``Span`` counts by
    its syntactic root); without it every hedge cue of the sentence counts and
    the asserter is the speaker of the outermost reporting verb.
    ``ignore_cues`` drops cues by their text or lemma, lower case: a caller
    building a claim-of-responsibility event passes ``frozenset({"claimed",
    "claim"})``, because there the claim is the event, not a hedge.
    ``doers`` are the fact's actors (anything with ``mentions`` of character
    ``start``/``end``): a cue that scopes over an actor's name in ``sent`` hedges
    the fact too, since who did it is then only suspected ("18 were killed when
    suspected X rebels raided ...", "gunmen believed to belong to X").
    ``tolls`` are the token indices of the words that give the fact's casualty
    figures (the verb of "killing 40"): a cue over one of them hedges the fact,
    whose toll is then only reported ("jets bombed the camp, reportedly killing 40").
    ``disclaimable`` facts (happenings of violence) are hedged too by a disclaimer in one of the
    next sentences of their paragraph ("The figure could not be independently verified."); a
    claim or a statement is not, since its telling is certain even when what it tells is not.
    ``figures_told`` are the other sentences that gave a disclaimable fact its casualty figures: a
    sentence hedge there ("The army said 12 militants were killed, a figure that could not be
    independently verified.") hedges the fact whose toll it is.
    A ``relation`` told by a description of one of its names (an apposition, a possessive, a
    relative clause: "Al-Shabaab, al Qaeda's branch in East Africa, reportedly claimed ...",
    "through its Amaq news agency") is hedged only by a cue inside that description: the
    sentence's other cues doubt the claim or the figure, not the description.
    """
    target = _anchor_token(anchor)
    ignore = frozenset(c.lower() for c in ignore_cues)
    named = _doer_tokens(sent, doers) if target is not None and doers else set()
    if target is not None:
        named |= {i for i in tolls if sent.start <= i < sent.end}
    cues = [
        cue
        for cue in _hedge_cues(sent)
        if not _ignored(cue, ignore) and (target is None or target.i in cue.scope or bool(named & cue.scope))
    ]
    if relation and target is not None and cues:
        described = _description(target)
        if described is not None:
            inside = _subtree_ids(described)
            cues = [cue for cue in cues if any(t.i in inside for t in cue.tokens)]
    labels = list(dict.fromkeys(cue.label for cue in cues))
    if target is not None:
        carried = sent.doc.user_data.get("nexus_doer_hedges", {}).get(target.i)
        if carried is not None and carried not in labels:
            labels.append(carried)  # the doer is only believed, in a later sentence (actor_carry.py)
        if disclaimable:
            later = _disclaimed_before(sent)
            if later is not None and later not in labels:
                labels.append(later)
            for told in figures_told:
                unverified = next((cue.label for cue in _sentence_cues(told)), None) if told != sent else None
                if unverified is not None and unverified not in labels:
                    labels.append(unverified)  # its toll is told as unverified in another sentence
    return Attribution(asserter=_asserter(sent, target), hedged=bool(labels), cues=labels)
