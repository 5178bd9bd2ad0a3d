from __future__ import annotations

from spacy.tokens import Doc, Span

from nexus.extract.entities import route_end
from nexus.extract.pipeline import Extractor

TEXT = (
    "Bandits ambushed a bus on the road linking Korvane and Tessaly on Friday. "
    "A second convoy was hit on the Dumaro-Pelkit highway. "
    "Police in Varnesse said the driver of the lorry from Ostrel had fled."
)


def _name(doc: Doc, words: str) -> Span:
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    return span


def test_road_ends_are_told_apart_from_towns_named_alone(extractor: Extractor) -> None:
    doc = extractor.nlp(TEXT)
    assert route_end(_name(doc, "Korvane"))  # "the road linking X and ..."
    assert route_end(_name(doc, "Tessaly"))  # "... X and Y": the second end
    assert route_end(_name(doc, "Dumaro"))  # "the X-Y highway"
    assert not route_end(_name(doc, "Dumaro"), joined=False)
    assert not route_end(_name(doc, "Varnesse"))  # police in a town: no road
    assert not route_end(_name(doc, "Ostrel"))  # "the lorry from X": no road noun before "from"
