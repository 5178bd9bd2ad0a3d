"""Short forms a report defines in brackets right after a full name.

"X Minerals plc ("XM" or "the Company")", "the Y Relief Mission (the "Mission")": the quoted
words in the brackets are the terms the text uses for that name afterwards. A company's legal
suffix (``company_suffixes`` of entities.yaml: "plc", "Ltd", "Lda") may stand between the name
and the brackets.
"""

from __future__ import annotations

import re
from functools import cache

from nexus import ontology

_QUOTES = "\"'“”‘’"
#: A bracket right after a name: its text (no nested brackets), at most 80 characters.
_BRACKET = re.compile(r"\s*\(([^()]{2,80})\)")
#: A quoted term inside a bracket, an article before or inside the quotes allowed.
_TERM = re.compile(r"(?:\bthe\s+)?[\"“‘']\s*(?:the\s+)?([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})\s*[\"”’']")


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(ontology.table("entities.yaml").get("company_suffixes", []))


def company_suffix(word: str) -> bool:
    """Whether ``word`` is a company's legal suffix ("plc", "Ltd", "Lda"), as written."""
    return word in _suffixes()


def defined_terms(after: str) -> list[str]:
    """The quoted terms defined in a bracket at the start of ``after`` (the text right after a
    name), in order, without quotes or article: ``' plc ("AB" or "the Company")'`` ->
    ``["AB", "Company"]``. An empty list when no bracket opens there or it quotes nothing."""
    words = after.split(maxsplit=1)
    if words and company_suffix(words[0].rstrip(",")) and not after[:1].isalnum():
        after = after.lstrip()[len(words[0]) :]
    match = _BRACKET.match(after)
    if match is None:
        return []
    inside = match.group(1)
    if not any(q in inside for q in _QUOTES):
        return []
    return [m.group(1) for m in _TERM.finditer(inside)]
