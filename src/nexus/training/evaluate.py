"""Per-type precision, recall and F1 on a corpus split: rules, model, and rules vetoed by the model.

``python -m nexus.training.evaluate training/corpus/test.jsonl [--model DIR] [--json OUT]``

Each sentence is scored at the level of "which event types does it state as
having happened": the gold is the set of ``actual`` event types, the model's
prediction is every type scored >= 0.5, the rules' prediction is the types of
the events Nexus extracts from the sentence alone (the full extractor), and
"rules+veto" keeps a rule type only when :func:`nexus.extract.learned.keep`
allows it (mode ``veto``, threshold as given); "rules+model" is
:func:`nexus.extract.learned.combine` (veto, then the types the model scores
>= :data:`~nexus.extract.learned.ADD_ABOVE` that the rules missed). With ``--tagger DIR`` (a model
trained from ``training/config_tagger.cfg``) a fourth column gives the per-token
alternative: the types of the tokens it tags without a modality suffix.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

import spacy

from nexus.extract import learned
from nexus.training.corpus import EVENT_TYPES, actual_types, read_jsonl
from nexus.training.prepare import OUTSIDE

Prediction = list[set[str]]


def prf(gold: Prediction, pred: Prediction) -> dict[str, dict[str, float]]:
    """Per-type and micro-averaged P/R/F1 of set predictions (``{"attack": {"p","r","f1","n"}, ...}``)."""
    out: dict[str, dict[str, float]] = {}
    totals = [0, 0, 0]
    for etype in (*EVENT_TYPES, "micro"):
        if etype == "micro":
            tp, fp, fn = totals
        else:
            tp = sum(1 for g, p in zip(gold, pred, strict=True) if etype in g and etype in p)
            fp = sum(1 for g, p in zip(gold, pred, strict=True) if etype not in g and etype in p)
            fn = sum(1 for g, p in zip(gold, pred, strict=True) if etype in g and etype not in p)
            totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out[etype] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3), "n": tp + fn}
    return out


def rule_types(texts: list[str], how: str = "off") -> Prediction:
    """Event types the extractor finds in each sentence, read as a document of its own.

    ``how`` is the learned hook's mode while extracting (``off``: the rules alone; ``add``,
    ``veto`` or ``both``: :func:`nexus.extract.learned.apply` with its default thresholds).
    """
    from nexus.extract.pipeline import Extractor
    from nexus.model import Document

    before = os.environ.get(learned.ENV_MODE)
    os.environ[learned.ENV_MODE] = how
    try:
        extractor = Extractor(batch_size=64, triage=False)  # sentences, not documents
        docs = [Document(id=f"s{i}", text=t) for i, t in enumerate(texts)]
        return [{e.type for e in x.events} for x in extractor.extract_many(docs)]
    finally:
        if before is None:
            del os.environ[learned.ENV_MODE]
        else:
            os.environ[learned.ENV_MODE] = before


def tagged_types(tags: list[str]) -> set[str]:
    """Event types a per-token tagging states as having happened (tags without a modality suffix).

    ``["O", "attack", "attack", "statement:negated"]`` gives ``{"attack"}``.
    """
    return {t for t in tags if t != OUTSIDE and ":" not in t}


def evaluate(
    records: list[dict[str, Any]],
    model_dir: Path | None,
    below: float,
    tagger_dir: Path | None = None,
    hooks: tuple[str, ...] = (),
) -> dict[str, Any]:
    """P/R/F1 tables (``model``, ``rules``, ``rules+veto``, ``rules+model``; ``tagger`` if given).

    Each mode in ``hooks`` adds a table ``extract+<mode>``: the full extractor with the learned
    hook in that mode (the shipped model), e.g. ``extract+add``.
    """
    texts = [r["text"] for r in records]
    gold = [actual_types(r) for r in records]
    nlp = spacy.load(model_dir) if model_dir else learned.load_model()
    scores = [dict(d.cats) for d in nlp.pipe(texts, batch_size=256)]
    model = [{t for t, s in sc.items() if s >= 0.5} for sc in scores]
    rules = rule_types(texts)
    vetoed = [
        {t for t in r if learned.keep(sc, t, "veto", below)} for r, sc in zip(rules, scores, strict=True)
    ]
    both = [learned.combine(r, sc, below) for r, sc in zip(rules, scores, strict=True)]
    eventless = sum(1 for g in gold if not g)
    out: dict[str, Any] = {
        "sentences": len(records),
        "eventless": eventless,
        "model": prf(gold, model),
        "rules": prf(gold, rules),
        "rules+veto": prf(gold, vetoed),
        "rules+model": prf(gold, both),
    }
    for how in hooks:
        out[f"extract+{how}"] = prf(gold, rule_types(texts, how))
    if tagger_dir is not None:
        tagger = spacy.load(tagger_dir)
        tagged = [tagged_types([t.tag_ for t in d]) for d in tagger.pipe(texts, batch_size=256)]
        out["tagger"] = prf(gold, tagged)
    return out


def table(results: dict[str, Any]) -> str:
    """A Markdown table: one row per type, P/R/F1 for each system."""
    named = ("rules", "model", "rules+veto", "rules+model", "tagger")
    systems = [s for s in named if s in results] + sorted(s for s in results if s.startswith("extract+"))
    lines = [
        "| type | n | " + " | ".join(f"{s} P/R/F1" for s in systems) + " |",
        "|---|---|" + "---|" * len(systems),
    ]
    for etype in (*EVENT_TYPES, "micro"):
        cells = ["{p:.2f}/{r:.2f}/{f1:.2f}".format(**results[s][etype]) for s in systems]
        lines.append(f"| {etype} | {results['model'][etype]['n']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    """Print the table (and write JSON with ``--json``)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--below", type=float, default=learned.VETO_BELOW)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--tagger", type=Path, default=None, help="a per-token tagger to compare")
    ap.add_argument("--hook", action="append", default=[], help="also the extractor with this hook mode")
    args = ap.parse_args()
    results = evaluate(read_jsonl(args.corpus), args.model, args.below, args.tagger, tuple(args.hook))
    print(f"{results['sentences']} sentences, {results['eventless']} without an actual event")
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
