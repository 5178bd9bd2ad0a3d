"""Lines of a page that refer to its text, never to a happening: source lines and glossary lines.

* a source line: a label of ``source_labels`` (``ontology/page.yaml``) and a colon opening the
  line ("Source: statement posted on the group's channels on 7 March", "Sources: interviews with
  residents; police statements"): where the text came from, not what it tells;
* a glossary line: an abbreviation in capitals, a separator and its expansion ("IED - improvised
  explosive device", "KIA: killed in action", "SITREP = situation report"), the expansion a short
  phrase without a sentence's end whose words' first letters spell the abbreviation.

Both are read by :func:`page_blocks.block_spans` as the ``reference`` zone, which holds no event.
"""

from __future__ import annotations

import re
from functools import cache

from nexus import ontology

#: An abbreviation (two capitals or more, digits, "&", "/" or "." among them), a separator and
#: the expansion: "IED - improvised explosive device", "(KIA): killed in action".
_GLOSS = re.compile(
    r"^[•*·-]?\s*\(?([A-Z][A-Za-z0-9&/.]{1,11})\)?\s*[-–—:=]\s+([A-Za-z][A-Za-z ,'’()/-]{2,90})$"
)
#: The longest expansion, in words.
_MAX_WORDS = 10


@cache
def _source_label() -> re.Pattern[str]:
    labels: list[str] = ontology.table("page.yaml")["source_labels"]
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^(?:{words})\s*:\s*\S", re.I)


def source_line(line: str) -> bool:
    """Whether a stripped ``line`` opens with a source label and a colon ("Source: ...",
    "Sources: interviews with residents").

    "Source: the group's channel, 14 March": True; "Sources said two died.": False (no colon).
    """
    return _source_label().match(line) is not None


def _spelled(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the first letters of words of ``words`` taken in order, each word
    giving a prefix of one letter or more ("sit"+"rep" for SITREP), two words at least giving some
    ("KENYA" is no gloss of "Kenyan troops"), words skipped at will ("in" of "killed in action")."""

    @cache
    def spell(i: int, j: int, used: int) -> bool:
        if i == len(letters):
            return used >= 2
        if j == len(words):
            return False
        word = words[j]
        k = 0
        while k < len(word) and i + k < len(letters) and word[k] == letters[i + k]:
            k += 1
            if spell(i + k, j + 1, used + 1):
                return True
        return spell(i, j + 1, used)

    return bool(words) and words[0][:1] == letters[:1] and spell(0, 0, 0)


def glossary_line(line: str) -> bool:
    """Whether a stripped ``line`` glosses an abbreviation: capitals, a separator ("-", "–",
    ":", "="), and an expansion of at most ten words spelling them.

    "IED - improvised explosive device", "KIA: killed in action": True; "MECULA – Insurgents
    raided the village.", "KENYA - Kenyan troops killed two militants": False.
    """
    found = _GLOSS.match(line)
    if found is None:
        return False
    abbreviation, expansion = found.groups()
    if sum(c.isupper() for c in abbreviation) < 2:
        return False
    words = re.findall(r"[a-z][a-z'’]*", expansion.lower())
    letters = "".join(c for c in abbreviation.lower() if c.isalpha())
    return len(words) <= _MAX_WORDS and _spelled(letters, words)
