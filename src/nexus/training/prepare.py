"""Turn the JSONL corpus into spaCy ``DocBin`` files for ``spacy train``.

``python -m nexus.training.prepare ROOT`` reads ``ROOT/corpus/{train,test}.jsonl``
and writes ``ROOT/spacy/{train,dev,test}.spacy`` (and ``dev.jsonl``), and
``{train,dev,test}_tags.spacy`` for the per-token alternative (:func:`tagged_docbin`).
Each Doc is one sentence with ``doc.cats`` = 1.0 for every event type the sentence states as having
happened (``actual`` modality) and 0.0 for the others. ``dev`` (used by spaCy
to pick the best checkpoint) is a seeded tenth of the training split, drawn by
generator frame so it is not a copy of training wording; ``test`` is the
held-back split, only read by :mod:`nexus.training.evaluate`.

With ``--pages`` (``python -m nexus.training.prepare ROOT --pages``), the annotated pages' body
sentences of ``ROOT/corpus/pages.jsonl`` (:mod:`nexus.training.page_sentences`) join: its ``train``
pages join the training set
(a seeded tenth of those pages joins ``dev`` instead), each sentence once and never joined to
another, with :func:`~nexus.training.page_sentences.page_cats` as its target (a type left
unknown there teaches nothing); its ``test`` pages stay out (they choose the add thresholds).
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import DocBin

from nexus.training.corpus import EVENT_TYPES, actual_types, read_jsonl, write_jsonl
from nexus.training.page_sentences import page_cats

DEV_SEED = "dev-20261129"
AUGMENT_SEED = 20261129
#: Share of training sentences also shown joined to another sentence.
AUGMENT = 0.5


def _is_dev(rec: dict[str, Any]) -> bool:
    key = rec.get("page") or rec.get("frame") or rec["id"]
    return hashlib.sha256(f"{DEV_SEED}:{key}".encode()).digest()[0] < 26  # ~10 %


def cats(rec: dict[str, Any]) -> dict[str, float]:
    """The classifier's target for one record: 1.0 per actual event type, 0.0 otherwise."""
    present = actual_types(rec)
    return {t: 1.0 if t in present else 0.0 for t in EVENT_TYPES}


def docbin(records: list[dict[str, Any]], *, augment: float = 0.0) -> DocBin:
    """Records as tokenised Docs with their ``cats``.

    With ``augment`` > 0, that share of the records also appears joined to
    another record (seeded draw), labelled with the union of both label sets:
    real sentences are longer and carry more than one clause, and the model
    must not read extra words as a lack of event.
    """
    nlp = spacy.blank("en")
    db = DocBin()
    rng = random.Random(AUGMENT_SEED)
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        doc.cats = cats(rec)
        db.add(doc)
        if augment and rng.random() < augment:
            other = rng.choice(records)
            joined = nlp.make_doc(f"{rec['text']} {other['text']}")
            both = cats(other)
            joined.cats = {t: max(v, both[t]) for t, v in cats(rec).items()}
            db.add(joined)
    return db


def page_docbin(records: list[dict[str, Any]]) -> DocBin:
    """Page sentences (:mod:`nexus.training.page_sentences` records) as Docs with their ``cats``."""
    nlp = spacy.blank("en")
    db = DocBin()
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        doc.cats = page_cats(rec)
        db.add(doc)
    return db


#: The per-token tag of a word outside every trigger.
OUTSIDE = "O"


def trigger_tag(event: dict[str, Any]) -> str:
    """The tagger's label of a trigger's tokens: ``"attack"`` (happened) or ``"attack:planned"``."""
    modality = event.get("modality", "actual")
    return event["type"] if modality == "actual" else f"{event['type']}:{modality}"


def tagged_docbin(records: list[dict[str, Any]]) -> DocBin:
    """Records as Docs whose ``token.tag_`` marks trigger words (:func:`trigger_tag`), ``O`` elsewhere.

    A trigger's character span is widened to whole tokens; where two triggers
    overlap, the first one in the record keeps the token.
    """
    nlp = spacy.blank("en")
    db = DocBin(attrs=["TAG"])
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        tags = [OUTSIDE] * len(doc)
        for event in rec["events"]:
            trig = event["trigger"]
            span = doc.char_span(trig["start"], trig["end"], alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                if tags[i] == OUTSIDE:
                    tags[i] = trigger_tag(event)
        for token, tag in zip(doc, tags, strict=True):
            token.tag_ = tag
        db.add(doc)
    return db


def main() -> None:
    """Write ROOT/spacy/{train,dev,test}.spacy and print their sizes (``--pages``: with the page
    sentences)."""
    args = [a for a in sys.argv[1:] if a != "--pages"]
    root = Path(args[0] if args else "training")
    with_pages = "--pages" in sys.argv[1:]
    train = read_jsonl(root / "corpus" / "train.jsonl")
    test = read_jsonl(root / "corpus" / "test.jsonl")
    parts = {
        "train": [r for r in train if not _is_dev(r)],
        "dev": [r for r in train if _is_dev(r)],
        "test": test,
    }
    pages_path = root / "corpus" / "pages.jsonl"
    pages = [r for r in read_jsonl(pages_path) if r["split"] == "train"] if with_pages else []
    page_parts = {"train": [r for r in pages if not _is_dev(r)], "dev": [r for r in pages if _is_dev(r)]}
    out = root / "spacy"
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in parts.items():
        db = docbin(recs, augment=AUGMENT if name == "train" else 0.0)
        if page_parts.get(name):
            db.merge(page_docbin(page_parts[name]))
        db.to_disk(out / f"{name}.spacy")
        tagged_docbin(recs).to_disk(out / f"{name}_tags.spacy")
        if name == "dev":
            write_jsonl(out / "dev.jsonl", recs)  # for choosing the veto threshold
        print(name, len(recs), "+", len(page_parts.get(name, [])), "page sentences")


if __name__ == "__main__":
    main()
