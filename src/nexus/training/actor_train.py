"""Train, cross-validate and package the learned actor ranker (``make train-actor-ranker``).

``python -m nexus.training.actor_train [PAGES_DIR] [TRAINING_DIR] [--reuse-corpus]`` runs the
whole chain (``--reuse-corpus`` skips step 1 when the corpus file exists):

1. build the actor corpus of the annotated pages (:mod:`nexus.training.actor_corpus`) into
   ``TRAINING_DIR/actor_ranker/corpus.jsonl``;
2. cross-validate by page (:func:`nexus.training.textcat_train.held_out`: five folds by a hash of
   the page id, a model trained on four scores the fifth): every event of a held-out page gets the
   actors the hook would choose (:func:`nexus.extract.actor_model.choose`) for each setting, and
   the table goes to ``TRAINING_DIR/actor_ranker/results_cv.json``: per setting the actor accuracy
   (of the events paired with a gold event that names actors, the share with an actor the scorer
   accepts, as the development scorer counts ``event_actor``) with a 95% bootstrap interval over
   pages of it and of its gain over the rules, the events given an actor where the gold names none
   (``extra_actors``), the events changed (``moved``), and the events P/R/F1 (the pairing is the
   scorer's, which actors do not decide, so it is the rules' in every row). Rows ``fill X``: only
   events the rules gave no actor get one (best candidate scored at least X); ``margin M``: also
   replacing the rules' actors when the best candidate scores M more; ``oracle``: a right candidate
   for each event that has one (the ceiling of the candidates);
3. train on every page and install the model in ``src/nexus/extract/actor_model/`` with
   ``SHA256SUMS``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc

from nexus.extract import actor_model
from nexus.training import actor_corpus
from nexus.training.event_train import page_counts, pooled
from nexus.training.textcat_train import FOLDS, SEED, Stage, held_out
from nexus.training.textcat_train import main as run_stage

FILLS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
MARGINS = (0.1, 0.2, 0.3, 0.4, 0.6)
#: Bootstrap resamples of the pages for the intervals.
RESAMPLES = 1000
#: The fill threshold of the ``margin M`` rows.
MARGIN_FILL = actor_model.FILL_AT


def training_docs(pages: list[dict[str, Any]]) -> list[Doc]:
    """One Doc per labelled candidate of ``pages``, ``cats`` its label (right: a gold actor)."""
    vocab = spacy.blank("en").vocab
    docs = []
    for page in pages:
        for event in page["events"]:
            for cand in event["candidates"]:
                if cand.get("label") is None:
                    continue
                doc = actor_model.feature_doc(vocab, cand["features"])
                doc.cats = {actor_model.LABEL: float(cand["label"])}
                docs.append(doc)
    return docs


def model_scores(model_dir: Path, pages: list[dict[str, Any]]) -> list[list[list[float]]]:
    """The trained model's probability for every candidate of every event of every page."""
    nlp = spacy.load(model_dir)
    out = []
    for page in pages:
        rows = [c["features"] for e in page["events"] for c in e["candidates"]]
        flat = actor_model.predict(nlp, rows) if rows else []
        per_event, n = [], 0
        for event in page["events"]:
            per_event.append(flat[n : n + len(event["candidates"])])
            n += len(event["candidates"])
        out.append(per_event)
    return out


def rules_indices(event: dict[str, Any]) -> list[int]:
    """The indices of the rules' actors among an event's candidates."""
    return [i for i, c in enumerate(event["candidates"]) if c.get("rules")]


def hook_actors(event: dict[str, Any], scores: list[float], at: float, fill: float) -> list[str]:
    """The actor names the hook gives an event (``scores``: its candidates'), as
    :func:`nexus.extract.actor_model.ranked_actors` does."""
    rules = rules_indices(event)
    actors = list(event.get("actors") or [])
    pick = actor_model.choose(scores, rules, at, fill)
    if pick is None or (actors and not rules):
        return actors
    return [event["candidates"][pick]["name"]]


def oracle_actors(event: dict[str, Any]) -> list[str]:
    """The rules' actors when one is right or none is, else a right candidate's name."""
    labels = [c.get("label") for c in event["candidates"]]
    if any(labels[i] == 1 for i in rules_indices(event)):
        return list(event.get("actors") or [])
    right = next(
        (c["name"] for c, label in zip(event["candidates"], labels, strict=True) if label == 1), None
    )
    return [right] if right else list(event.get("actors") or [])


def page_result(page: dict[str, Any], actors: list[list[str]]) -> tuple[int, int, int, int]:
    """``(right, counted, extra, moved)`` of one page whose events get the actor names ``actors``:
    paired events whose gold names actors with an actor the scorer accepts, such events, paired
    events given an actor where the gold names none, events whose actors differ from the rules'."""
    right = counted = extra = moved = 0
    table = page["resolve"]
    for event, names in zip(page["events"], actors, strict=True):
        moved += int(names != list(event.get("actors") or []))
        hit = event.get("gold")
        if hit is None:
            continue
        gold = page["gold"][hit]
        if not gold.get("actors"):
            extra += int(bool(names))
            continue
        counted += 1
        right += int(any(actor_corpus.right_actor(n, gold, table) for n in names))
    return right, counted, extra, moved


def score_pages(pages: list[dict[str, Any]], scores: list[list[list[float]]]) -> dict[str, dict[str, Any]]:
    """Actor accuracy of the rules alone (``"rules"``), of the hook at each setting and of the oracle
    (see the module docstring), each with a 95% bootstrap interval over pages of its accuracy and
    of its gain over the rules; events P/R/F1 of the pairing."""
    settings: dict[str, list[list[list[str]]]] = {
        "rules": [[list(e.get("actors") or []) for e in p["events"]] for p in pages],
        "oracle": [[oracle_actors(e) for e in p["events"]] for p in pages],
    }
    runs = [(f"fill {fill}", 2.0, fill) for fill in FILLS]
    runs += [(f"margin {at}", at, MARGIN_FILL) for at in MARGINS]
    for label, at, fill in runs:
        settings[label] = [
            [hook_actors(e, s, at, fill) for e, s in zip(p["events"], page_scores, strict=True)]
            for p, page_scores in zip(pages, scores, strict=True)
        ]
    events = pooled([page_counts(p, [True] * len(p["events"])) for p in pages])
    rng = random.Random(SEED)
    samples = [[rng.randrange(len(pages)) for _ in pages] for _ in range(RESAMPLES)]
    results = {
        name: [page_result(p, a) for p, a in zip(pages, actors, strict=True)]
        for name, actors in settings.items()
    }

    def accuracy(result: list[tuple[int, int, int, int]], rows: list[int]) -> float:
        n = sum(result[i][1] for i in rows)
        return sum(result[i][0] for i in rows) / n if n else 0.0

    def interval(values: list[float]) -> list[float]:
        ordered = sorted(values)
        return [
            round(ordered[int(0.025 * len(ordered))], 4),
            round(ordered[int(0.975 * len(ordered)) - 1], 4),
        ]

    base = [accuracy(results["rules"], rows) for rows in samples]
    table: dict[str, dict[str, Any]] = {}
    for name, result in results.items():
        right, counted = sum(r[0] for r in result), sum(r[1] for r in result)
        row: dict[str, Any] = {
            "actor_acc": round(right / counted, 4) if counted else 0.0,
            "actor_right": right,
            "actor_n": counted,
            "extra_actors": sum(r[2] for r in result),
            "events_f1": events["f1"],
        }
        accs = base if name == "rules" else [accuracy(result, rows) for rows in samples]
        row["acc_ci"] = interval(accs)
        if name != "rules":
            row["gain_ci"] = interval([a - b for a, b in zip(accs, base, strict=True)])
            row["moved"] = sum(r[3] for r in result)
        table[name] = row
    table["events"] = dict(events)
    return table


def cross_validate(pages: list[dict[str, Any]], work: Path, config: Path) -> dict[str, Any]:
    """Page-grouped cross-validation (see the module docstring); returns the pooled table."""
    held_pages, held_scores = held_out(pages, work, config, training_docs, model_scores)
    events = [e for p in held_pages for e in p["events"]]
    return {
        "pages": len(held_pages),
        "folds": FOLDS,
        "events": len(events),
        "paired_events": sum(e["gold"] is not None for e in events),
        "candidates": sum(len(e["candidates"]) for e in events),
        "labelled_candidates": sum(c.get("label") is not None for e in events for c in e["candidates"]),
        "table": score_pages(held_pages, held_scores),
    }


STAGE = Stage(
    folder="actor_ranker",
    write_corpus=actor_corpus.write,
    read_corpus=actor_corpus.read,
    to_docs=training_docs,
    cross_validate=cross_validate,
    model_dir=actor_model.MODEL_DIR,
    clear_cache=actor_model.load_model.cache_clear,
    name="actor_ranker",
    description="Nexus learned actor ranker (trained by `make train-actor-ranker`)",
)


def main(argv: list[str] | None = None) -> int:
    """Build, cross-validate, train and package (see the module docstring); returns the exit code."""
    return run_stage(STAGE, argv)


if __name__ == "__main__":
    sys.exit(main())
