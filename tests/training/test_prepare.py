"""The spaCy training data built from corpus records (sentence labels and per-token trigger tags)."""

from __future__ import annotations

from typing import Any

import spacy

from nexus.training.corpus import parse_markup
from nexus.training.evaluate import tagged_types
from nexus.training.prepare import OUTSIDE, cats, tagged_docbin, trigger_tag


def _record(marked: str) -> dict[str, Any]:
    text, events = parse_markup(marked)
    return {"id": "t-1", "text": text, "events": events}


def test_cats_mark_only_happened_types() -> None:
    rec = _record("Rebels [shelled](attack) the depot; the governor [will visit](visit:planned) on Friday.")
    labels = cats(rec)
    assert labels["attack"] == 1.0
    assert labels["visit"] == 0.0
    assert sum(labels.values()) == 1.0


def test_trigger_tag_carries_the_modality() -> None:
    assert trigger_tag({"type": "rally", "modality": "actual"}) == "rally"
    assert trigger_tag({"type": "sanction", "modality": "negated"}) == "sanction:negated"


def test_tagged_docbin_marks_trigger_tokens_and_nothing_else() -> None:
    marked = "The council [froze the assets](sanction) of two men, [did not ban](sanction:negated) travel."
    rec = _record(marked)
    nlp = spacy.blank("en")
    (doc,) = tagged_docbin([rec]).get_docs(nlp.vocab)
    tags = {t.text: t.tag_ for t in doc}
    assert tags["froze"] == tags["assets"] == "sanction"
    assert tags["ban"] == "sanction:negated"
    assert tags["council"] == tags["men"] == OUTSIDE
    assert tagged_types([t.tag_ for t in doc]) == {"sanction"}


def test_tagged_types_ignore_non_actual_tags() -> None:
    assert tagged_types([OUTSIDE, "meeting:planned", "statement:generic"]) == set()
    assert tagged_types(["claim", OUTSIDE, "attack"]) == {"claim", "attack"}
