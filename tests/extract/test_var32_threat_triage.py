"""A quoted threat of an armed group's commander or emir is parsed: the ranks are triage cue
words (``cues.acts`` of triage.yaml), since the quote itself may hold no other."""

from __future__ import annotations

from datetime import date

import pytest

from nexus.extract import triage
from nexus.extract.pipeline import Extractor
from nexus.model import Document, content_id

THREATS = [
    '"No truck on the northern highway will reach the capital," Halid Bare, a regional commander '
    "of the Juba Valley Brigade, said in an audio message.",
    '"The towns of the plain will not sleep again," said Karim Deby, a cousin of the movement\'s '
    "emir, in a recording sent to reporters.",
]


@pytest.fixture(scope="module")
def triaging() -> Extractor:
    return Extractor(triage=True)


@pytest.mark.parametrize("text", THREATS)
def test_a_commanders_quoted_threat_reaches_the_classifier_and_is_relevant(text: str) -> None:
    doc = triage._tokenizer().make_doc(text)
    decision = triage.decide([doc])[0]
    assert decision.cues > 0 and decision.relevant, decision.reason


def test_a_commanders_quoted_threat_is_one_statement(triaging: Extractor) -> None:
    text = THREATS[0]
    result = triaging.extract(Document(id=content_id(text), text=text, published=date(2025, 2, 11)))
    assert result.skipped is None
    assert [e.type for e in result.events] == ["statement"]
