"""The dateline of a wire report: "BAMAKO, Sept 19 (Sahel Post) - ...".

It says where the report was filed and by whom, not where or when things
happened: the entity stage reads its places and outlet, and the event and
relation stages skip it when they look for dates, places and actors. One
parser serves them all, and its result is kept with the Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from nexus.extract.doctext import doc_text

_DATELINE = re.compile(
    r"^\s*(?P<places>[A-Z][A-Z .'’/\-]{2,60}?),[^()\n]{0,60}?"
    r"(?:\((?P<outlet>[A-Z][^()\n]{0,59})\))?\s*[-–—:]+\s"
)
_KEY = "nexus_dateline"


@dataclass(frozen=True)
class Dateline:
    """Character offsets into the text: the filing places ("ISLAMABAD/NEW DELHI"), the outlet."""

    end: int
    places: str
    places_start: int
    outlet: str | None = None
    outlet_start: int = 0


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, if it has one."""
    match = _DATELINE.match(text[:200])
    if match is None:
        return None
    outlet = match.group("outlet")
    return Dateline(
        end=match.end(),
        places=match.group("places"),
        places_start=match.start("places"),
        outlet=outlet.strip() if outlet else None,
        outlet_start=match.start("outlet") if outlet else 0,
    )


def dateline(doc: Doc) -> Dateline | None:
    """The Doc's dateline, parsed once."""
    if _KEY not in doc.user_data:
        doc.user_data[_KEY] = parse_dateline(doc_text(doc))
    found: Dateline | None = doc.user_data[_KEY]
    return found


def dateline_end(doc: Doc) -> int:
    """End offset of the dateline, 0 when there is none."""
    found = dateline(doc)
    return found.end if found else 0
