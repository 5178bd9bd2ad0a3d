"""The pair corpus of the learned relation stage, built from the annotated pages.

``python -m nexus.training.relation_corpus PAGES_DIR OUT.jsonl`` runs the extractor
(its relation model off) over every page of ``PAGES_DIR`` (``training/pages/``, see
:mod:`nexus.training.pages`) and writes one JSON line per page:

    {"page": id, "rules": [[name, name, type, evidence sentence], ...],
     "gold": [[gold name, gold name, type], ...],
     "resolve": {folded surface form: gold name},
     "pairs": [{"names": [first, second], "gold": [g1, g2] | null,
                "labels": {type: 1 | 0}, "unsure": [type, ...],
                "features": [...], "sentence": "..."}]}

A candidate pair (:func:`nexus.extract.relation_model.pair_candidates`) is labelled
from the page's gold relations: a type is 1 when the gold has that relation between
the two entities and its evidence is this sentence, 0 when the gold has no such
relation at all, and *unsure* (left out of training) when the gold's evidence for it
is another sentence, which may or may not word it too. A pair whose entities are not
both gold entities (their names match no gold name or alias) has ``gold`` null: the
gold can hold no relation of it, so training reads it as a negative of every type.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nexus.extract.entities import EntityCluster
from nexus.extract.geocode import fold
from nexus.extract.pair_context import RuleLinks
from nexus.extract.relation_model import ENV_MODE, RELATION_TYPES, PairCandidate, pair_candidates
from nexus.training.corpus_io import corpus_main, extracted_pages, read_records, write_records

_WORD = re.compile(r"\w+")


def gold_resolver(page: dict[str, Any]) -> dict[str, str]:
    """Folded name or alias -> the gold entity's name, for every entity of ``page``."""
    table: dict[str, str] = {}
    for entity in page.get("entities") or []:
        for form in [entity["name"], *(entity.get("aliases") or [])]:
            if form:
                table.setdefault(fold(form), entity["name"])
    return table


def resolve_name(name: str, table: dict[str, str]) -> str:
    """The gold name ``name`` stands for, else its folded form."""
    return table.get(fold(name), fold(name))


def cluster_gold(cluster: EntityCluster, table: dict[str, str]) -> str | None:
    """The gold entity one of the cluster's surface forms names, or None."""
    for form in [cluster.name, *cluster.aliases]:
        hit = table.get(fold(form))
        if hit is not None:
            return hit
    return None


def same_sentence(sentence: str, evidence: str) -> bool:
    """Whether a parsed sentence and an annotated evidence string are the same sentence:
    one holds the other, or nine words in ten are shared."""
    a, b = " ".join(sentence.split()), " ".join(evidence.split())
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(wa & wb) >= 0.9 * min(len(wa), len(wb))


def label_pair(candidate: PairCandidate, table: dict[str, str], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """The record of one candidate pair (see the module docstring)."""
    ga, gb = cluster_gold(candidate.first, table), cluster_gold(candidate.second, table)
    record: dict[str, Any] = {
        "names": [candidate.first.name, candidate.second.name],
        "gold": [ga, gb] if ga and gb and ga != gb else None,
        "labels": {},
        "unsure": [],
        "features": list(candidate.features),
        "sentence": candidate.sent.text.strip(),
    }
    if record["gold"] is None:
        return record
    pair = {ga, gb}
    for rtype in RELATION_TYPES:
        evidences = [
            r.get("evidence") or ""
            for r in gold
            if r["type"] == rtype
            and {resolve_name(r["source"], table), resolve_name(r["target"], table)} == pair
        ]
        if not evidences:
            record["labels"][rtype] = 0
        elif any(same_sentence(record["sentence"], e) for e in evidences):
            record["labels"][rtype] = 1
        else:
            record["unsure"].append(rtype)
    return record


def page_records(pages_dir: Path) -> Iterator[dict[str, Any]]:
    """One record per page of ``pages_dir`` (the relation model is switched off while they are built,
    so ``rules`` holds what the rules alone find). The held-out pages are never opened
    (:func:`~nexus.training.corpus_io.extracted_pages`): the model neither trains nor chooses its
    thresholds on the pages it is measured on."""
    for page, doc, extraction in extracted_pages(pages_dir, ENV_MODE, "off"):
        clusters: list[EntityCluster] = doc._.nexus_entities or []
        table = gold_resolver(page)
        gold = page.get("relations") or []
        # the rules' reading as the hook gives it to the model (``relation_model.revision``)
        links = RuleLinks.of(
            (r.evidence.sentence.strip(), r.type, r.source, r.target) for r in extraction.relations
        )
        yield {
            "page": page["id"],
            "rules": [
                [r.source, r.target, r.type, r.evidence.sentence.strip()] for r in extraction.relations
            ],
            "gold": [
                [resolve_name(r["source"], table), resolve_name(r["target"], table), r["type"]] for r in gold
            ],
            "resolve": table,
            "pairs": [label_pair(c, table, gold) for c in pair_candidates(doc, clusters, links)],
        }


def write(pages_dir: Path, out: Path) -> int:
    """Write the corpus of ``pages_dir`` to ``out`` (JSON lines); returns the number of pages."""
    return write_records(page_records(pages_dir), out)


def read(path: Path) -> list[dict[str, Any]]:
    """The page records of a corpus file written by :func:`write`."""
    return read_records(path)


def main(argv: list[str] | None = None) -> int:
    return corpus_main(argv, write, __doc__)


if __name__ == "__main__":
    sys.exit(main())
