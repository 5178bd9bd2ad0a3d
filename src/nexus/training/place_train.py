"""Train, cross-validate and package the learned place ranker (``make train-place-ranker``).

``python -m nexus.training.place_train [PAGES_DIR] [TRAINING_DIR] [--reuse-corpus]`` runs the
whole chain (``--reuse-corpus`` skips step 1 when the corpus file exists):

1. build the place corpus of the annotated pages (:mod:`nexus.training.place_corpus`) into
   ``TRAINING_DIR/place_ranker/corpus.jsonl``;
2. cross-validate by page (:func:`nexus.training.textcat_train.held_out`: five folds by a hash of
   the page id, a model trained on four scores the fifth): every event of a held-out page gets the
   place the hook would choose at each margin of :data:`MARGINS` (:func:`nexus.extract.place_model.choose`),
   with the rules' events and dates, and the page is scored as the development scorer scores it
   (same type, compatible date and place, as many pairs as possible). The table goes to
   ``TRAINING_DIR/place_ranker/results_cv.json``: per setting the events P/R/F1 with a 95%
   bootstrap interval over pages of F1 and of its gain over the rules, and the place accuracy (of
   the events paired with a gold event that names a place, the share whose place is compatible)
   and the number of paired events given a place where their gold names none (``extra_places``);
   the rows ``keep-none`` leave an event the rules located nowhere without a place, the rows
   ``M recalled R`` override at margin M with the shipped locating (unlocated events at
   ``FILL_AT``, recalled happenings at ``RECALLED_FILL_AT``), the rows
   ``fill X only`` override no pick of the rules and locate only the events the rules located
   nowhere (best candidate scored at least X), the row
   ``oracle`` gives each event a right candidate when it has one (the ceiling of the candidates);
3. train on every page and install the model in ``src/nexus/extract/place_model/`` with
   ``SHA256SUMS``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from nexus.extract import place_model
from nexus.training import place_corpus, ranker
from nexus.training.event_corpus import place_ok
from nexus.training.event_train import page_counts, pooled
from nexus.training.textcat_train import Stage, bootstrap_samples, interval
from nexus.training.textcat_train import main as run_stage

MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
#: Thresholds of the rows that only locate events the rules located nowhere (no override).
FILLS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: Thresholds of the rows that also locate the recalled happenings the rules located nowhere
#: (:func:`nexus.extract.place_model.fillable_recalled`), at the shipped margin and fill.
RECALLED = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: Bootstrap resamples of the pages for the intervals.
RESAMPLES = 1000
#: The place fields a chosen candidate gives its event.
PLACE_FIELDS = ("place", "lat", "lon")


def training_docs(pages: list[dict[str, Any]]) -> list[Doc]:
    """One Doc per labelled candidate of ``pages``, ``cats`` its label (right: the gold's place)."""
    return ranker.candidate_docs(pages, place_model.feature_doc, place_model.LABEL)


def model_scores(model_dir: Path, pages: list[dict[str, Any]]) -> list[list[list[float]]]:
    """The trained model's probability for every candidate of every event of every page."""
    return ranker.candidate_scores(model_dir, pages, place_model.predict)


def rules_index(event: dict[str, Any]) -> int | None:
    """The index of the rules' pick among an event's candidates (None: no located place)."""
    return next((i for i, c in enumerate(event["candidates"]) if c.get("rules")), None)


def eligible(
    event: dict[str, Any], events: list[dict[str, Any]], scores: list[float], recalled: float = 2.0
) -> list[bool]:
    """Which of an event's candidates (scored ``scores``) may locate it when the rules did not
    (:func:`nexus.extract.place_model.fill_eligible` with recalled happenings at ``recalled``, 2.0:
    never, and the places of other events of its type told on other days,
    :func:`nexus.extract.place_model.another_days_place`; ``events``: the page's events, ``event``
    among them)."""
    others = [(e["type"], e.get("date"), e.get("place")) for e in events if e is not event]
    other_day = [
        place_model.another_days_place(event["type"], event.get("date"), c["place"], others)
        for c in event["candidates"]
    ]
    return place_model.fill_eligible(
        [c["features"] for c in event["candidates"]], scores, recalled, other_day
    )


def placed(event: dict[str, Any], pick: int | None) -> dict[str, Any]:
    """The event with the place of its candidate ``pick`` (unchanged when it is the rules' pick)."""
    if pick == rules_index(event):
        return event
    moved = dict(event)
    cand = event["candidates"][pick] if pick is not None else {}
    for field in PLACE_FIELDS:
        moved[field] = cand.get(field)
    return moved


def oracle_pick(event: dict[str, Any]) -> int | None:
    """A right candidate when the rules' pick is not one and another is, else the rules' pick."""
    rules = rules_index(event)
    labels = [c.get("label") for c in event["candidates"]]
    if rules is not None and labels[rules] == 1:
        return rules
    return next((i for i, label in enumerate(labels) if label == 1), rules)


def page_result(
    page: dict[str, Any], picks: list[int | None]
) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """``((matched, predicted, gold), (right places, paired events whose gold names a place, paired
    events given a place their gold does not name))`` of one page whose events get the candidates
    ``picks``."""
    events = [placed(e, p) for e, p in zip(page["events"], picks, strict=True)]
    counts = page_counts({**page, "events": events}, [True] * len(events))
    right = total = extra = 0
    for event in events:
        hit = event.get("gold")
        if hit is None:
            continue
        if not page["gold"][hit].get("place"):
            extra += int(bool(event.get("place")))
            continue
        total += 1
        right += int(bool(event.get("place")) and place_ok(page["gold"][hit], event, page["resolve"]))
    return counts, (right, total, extra)


def _f1(counts: list[tuple[int, int, int]], rows: list[int]) -> float:
    tp = sum(counts[i][0] for i in rows)
    n = sum(counts[i][1] + counts[i][2] for i in rows)
    return 2 * tp / n if n else 0.0


def score_pages(pages: list[dict[str, Any]], scores: list[list[list[float]]]) -> dict[str, dict[str, Any]]:
    """Events P/R/F1 and place accuracy of the rules alone (``"rules"``), with the ranker at each
    margin (``"0.2"``; ``"0.2 keep-none"``) and with the oracle (see the module docstring), each
    with a 95% bootstrap interval over pages of its F1 and of its gain over the rules."""
    settings: dict[str, list[list[int | None]]] = {
        "rules": [[rules_index(e) for e in p["events"]] for p in pages],
        "oracle": [[oracle_pick(e) for e in p["events"]] for p in pages],
    }
    runs = [(str(at), at, place_model.FILL_AT, 2.0) for at in MARGINS]
    runs += [(f"{at} keep-none", at, 2.0, 2.0) for at in MARGINS]
    runs += [(f"fill {fill} only", 2.0, fill, 2.0) for fill in FILLS]
    runs += [
        (f"fill {place_model.FILL_AT} recalled {r}", place_model.MARGIN, place_model.FILL_AT, r)
        for r in RECALLED
    ]
    runs += [  # overriding the rules at each margin on top of the shipped locating of unlocated events
        (f"{at} recalled {recalled}", at, place_model.FILL_AT, recalled)
        for at in MARGINS
        for recalled in (place_model.RECALLED_FILL_AT,)
    ]
    for label, at, fill, recalled in runs:
        settings[label] = [
            [
                place_model.choose(s, rules_index(e), at, fill, eligible(e, p["events"], s, recalled))
                for e, s in zip(p["events"], page_scores, strict=True)
            ]
            for p, page_scores in zip(pages, scores, strict=True)
        ]
    samples = bootstrap_samples(len(pages), RESAMPLES)
    results = {
        name: [page_result(p, pk) for p, pk in zip(pages, picks, strict=True)]
        for name, picks in settings.items()
    }
    base_counts = [r[0] for r in results["rules"]]
    base = [_f1(base_counts, rows) for rows in samples]

    table: dict[str, dict[str, Any]] = {}
    for name, result in results.items():
        counts = [r[0] for r in result]
        row: dict[str, Any] = dict(pooled(counts))
        right, total = sum(r[1][0] for r in result), sum(r[1][1] for r in result)
        row["place_acc"] = round(right / total, 4) if total else 0.0
        row["place_n"] = total
        row["extra_places"] = sum(r[1][2] for r in result)
        f1s = base if name == "rules" else [_f1(counts, rows) for rows in samples]
        row["f1_ci"] = interval(f1s)
        if name != "rules":
            row["gain_ci"] = interval([a - b for a, b in zip(f1s, base, strict=True)])
            row["moved"] = sum(
                pk != rules_index(e)
                for p, picks in zip(pages, settings[name], strict=True)
                for e, pk in zip(p["events"], picks, strict=True)
            )
        table[name] = row
    return table


def cross_validate(pages: list[dict[str, Any]], work: Path, config: Path) -> dict[str, Any]:
    """Page-grouped cross-validation (see the module docstring); returns the pooled table."""
    return ranker.cross_validate(pages, work, config, training_docs, model_scores, score_pages)


STAGE = Stage(
    folder="place_ranker",
    write_corpus=place_corpus.write,
    read_corpus=place_corpus.read,
    to_docs=training_docs,
    cross_validate=cross_validate,
    model_dir=place_model.MODEL_DIR,
    clear_cache=place_model.load_model.cache_clear,
    name="place_ranker",
    description="Nexus learned place ranker (trained by `make train-place-ranker`)",
)


def main(argv: list[str] | None = None) -> int:
    """Build, cross-validate, train and package (see the module docstring); returns the exit code."""
    return run_stage(STAGE, argv)


if __name__ == "__main__":
    sys.exit(main())
