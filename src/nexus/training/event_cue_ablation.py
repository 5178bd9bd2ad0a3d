"""Do the cue word lists added since a model's training help the event verifier? Same corpus, same
folds, two feature sets: every cue feature, or only those an earlier model knew.

``python -m nexus.training.event_cue_ablation CORPUS MODEL_DIR WORK [SEED]`` reads the event corpus
(``training/event_verifier/corpus.jsonl``, built by ``make train-event-verifier``), runs the trainer's
page-grouped cross-validation (:func:`nexus.training.textcat_train.held_out`, config
``training/event_verifier/config.cfg``) once with every feature and once with the cue features
(``X=...``, alone or conjoined) limited to the ``X=`` strings of ``MODEL_DIR``'s vocab (the model
before a retraining; copy it aside first), fold models under ``WORK/all`` and ``WORK/known``, and
prints one JSON line per setting (the shipped per-type thresholds, then every type at each of
:data:`UNIFORM`): pooled P/R/F1 of each feature set and the 95% bootstrap interval over pages of the
F1 difference (all minus known).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nexus.extract import event_model
from nexus.training import event_corpus, event_train
from nexus.training.textcat_train import SEED, bootstrap_samples, held_out, interval

#: The uniform thresholds compared besides the shipped per-type ones.
UNIFORM = (0.05, 0.1, 0.3, 0.5)

Counts = tuple[int, int, int]


def known_cues(model_dir: Path) -> frozenset[str]:
    """The cue features (``"X=<word list path>"``) in ``model_dir/vocab/strings.json``.

    Raises FileNotFoundError when the model has no vocab."""
    strings = json.loads((model_dir / "vocab" / "strings.json").read_text(encoding="utf-8"))
    return frozenset(s for s in strings if s.startswith("X="))


def restrict(pages: list[dict[str, Any]], known: frozenset[str]) -> list[dict[str, Any]]:
    """Copies of corpus ``pages`` whose events keep only the cue features in ``known`` (the rule of
    :func:`nexus.extract.event_model.trained_cues_only`); other features are kept as they are."""

    def limited(event: dict[str, Any]) -> dict[str, Any]:
        return {**event, "features": event_model.trained_cues_only(event["features"], known)}

    return [{**page, "events": [limited(e) for e in page["events"]]} for page in pages]


def paired_gain(after: list[Counts], before: list[Counts], samples: list[list[int]]) -> list[float]:
    """95% interval of the F1 of ``after`` minus that of ``before`` (per-page ``(matched, predicted,
    gold)`` counts of the same pages in the same order) over the page resamples ``samples``."""

    def f1(counts: list[Counts], rows: list[int]) -> float:
        tp = sum(counts[i][0] for i in rows)
        total = sum(counts[i][1] + counts[i][2] for i in rows)
        return 2 * tp / total if total else 0.0

    return interval([f1(after, rows) - f1(before, rows) for rows in samples])


def settings(shipped: dict[str, float]) -> dict[str, Callable[[str], float]]:
    """Setting name -> threshold of an event type: ``shipped`` (``{type: threshold}``, others at
    :data:`nexus.extract.event_model.KEEP_AT`), then each of :data:`UNIFORM`."""

    def uniform(at: float) -> Callable[[str], float]:
        return lambda _etype: at

    out: dict[str, Callable[[str], float]] = {"shipped": lambda t: shipped.get(t, event_model.KEEP_AT)}
    out.update({str(at): uniform(at) for at in UNIFORM})
    return out


def held_counts(
    pages: list[dict[str, Any]], scores: list[list[float]], at: Callable[[str], float]
) -> list[Counts]:
    """Per-page counts of ``pages`` keeping the events scored at or above their type's threshold."""
    return [
        event_train.page_counts(page, [s >= at(e["type"]) for e, s in zip(page["events"], row, strict=True)])
        for page, row in zip(pages, scores, strict=True)
    ]


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module docstring); returns the exit code (2 on a usage error)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    corpus, model_dir, work = Path(args[0]), Path(args[1]), Path(args[2])
    seed = int(args[3]) if len(args) == 4 else SEED
    config = corpus.parent / "config.cfg"
    pages = event_corpus.read(corpus)
    runs = {}
    for name, part in (("all", pages), ("known", restrict(pages, known_cues(model_dir)))):
        runs[name] = held_out(
            part, work / name, config, event_train.training_docs, event_train.model_scores, seed
        )
    held = runs["all"][0]
    samples = bootstrap_samples(len(held), event_train.RESAMPLES)
    shipped = json.loads((corpus.parent / "keep_at.json").read_text(encoding="utf-8"))
    for name, at in settings(shipped).items():
        counts = {k: held_counts(p, s, at) for k, (p, s) in runs.items()}
        row: dict[str, Any] = {"setting": name}
        row.update({k: event_train.pooled(c) for k, c in counts.items()})
        row["gain_ci"] = paired_gain(counts["all"], counts["known"], samples)
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
