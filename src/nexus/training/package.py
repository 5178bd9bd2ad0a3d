"""Copy a trained pipeline into the package and record its checksums.

``python -m nexus.training.package TRAINED_DIR`` replaces
``src/nexus/extract/learned_model/`` with the trained pipeline (minus
spaCy's run-specific metadata), then writes ``SHA256SUMS`` (one
``<sha256>  <relative path>`` line per file) that :func:`nexus.extract.learned.verify_model`
checks at load time.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from nexus.extract.learned import CHECKSUMS, MODEL_DIR, TRIGGER_WORDS

#: The training corpus whose actual-event trigger words become the model's type lexicon.
TRAIN_CORPUS = Path(__file__).resolve().parents[3] / "training" / "corpus" / "train.jsonl"
#: A word must mark a trigger of its type this often in the training corpus to enter the lexicon.
MIN_COUNT = 2


def trigger_words(corpus: Path, min_count: int = MIN_COUNT) -> dict[str, dict[str, int]]:
    """The lemmas of the corpus's actual-event trigger spans, per type: ``{type: {lemma: count}}``.

    Each sentence is read by the base English model (tagger and lemmatizer only); a trigger's
    alphabetic non-stop-word tokens count by lemma ("landed" and "lands" both count as "land"),
    kept when seen at least ``min_count`` times for that type. The learned hook places a
    model-found event on the sentence's token with the most frequent such lemma
    (:func:`nexus.extract.learned.place_trigger`).
    """
    from nexus.extract.pipeline import load_base_model

    nlp = load_base_model()
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts: dict[str, Counter[str]] = {}
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p in ("parser", "ner")]):
        for rec, doc in zip(records, nlp.pipe((r["text"] for r in records), batch_size=256), strict=True):
            for event in rec["events"]:
                if event.get("modality", "actual") != "actual":
                    continue
                span = doc.char_span(
                    event["trigger"]["start"], event["trigger"]["end"], alignment_mode="expand"
                )
                for tok in span if span is not None else []:
                    word = tok.lemma_.lower()
                    if tok.is_alpha and word not in STOP_WORDS and tok.lower_ not in STOP_WORDS:
                        counts.setdefault(event["type"], Counter())[word] += 1
    return {
        etype: {w: n for w, n in sorted(c.items()) if n >= min_count} for etype, c in sorted(counts.items())
    }


def install_model(trained: Path, dest: Path, *, name: str, description: str) -> dict[str, str]:
    """Copy the trained pipeline ``trained`` to ``dest`` (replacing it), rewrite its ``meta.json``
    as ours and write ``SHA256SUMS`` (one ``<sha256>  <relative path>`` line per file, as
    :func:`nexus.extract.shipped.altered_files` reads it); returns ``{relative path: sha256}``."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(trained, dest)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(name=name, version="0.1.0", description=description, author="Nexus", license="Apache-2.0")
    for key in ("performance", "requirements", "url", "email", "sources"):
        meta.pop(key, None)
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return write_sums(dest)


def install_models(trained: dict[str, Path], dest: Path, *, name: str, description: str) -> dict[str, str]:
    """Install several trained pipelines as one ensemble: ``trained[sub]`` copied to ``dest/sub``
    (``dest`` replaced), each ``meta.json`` rewritten as :func:`install_model` does, and one
    ``dest/SHA256SUMS`` over every file; returns ``{relative path: sha256}``."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for sub, path in sorted(trained.items()):
        install_model(path, dest / sub, name=name, description=description)
        (dest / sub / CHECKSUMS.name).unlink()
    return write_sums(dest)


def write_sums(dest: Path) -> dict[str, str]:
    """Write ``dest/SHA256SUMS`` for every other file under ``dest``; returns ``{relative path: sha256}``."""
    sums = {
        str(p.relative_to(dest)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(dest.rglob("*"))
        if p.is_file() and p.name != CHECKSUMS.name
    }
    (dest / CHECKSUMS.name).write_text("".join(f"{d}  {n}\n" for n, d in sums.items()), encoding="utf-8")
    return sums


def package(trained: Path, dest: Path = MODEL_DIR, corpus: Path = TRAIN_CORPUS) -> dict[str, str]:
    """Install ``trained`` at ``dest`` with the trigger lexicon of ``corpus``.

    Returns ``{relative path: sha256}``.
    """
    install_model(
        trained,
        dest,
        name="event_types",
        description="Nexus learned event detection: sentence-level event types (trained by `make train`)",
    )
    write_lexicon(dest, corpus)
    return write_sums(dest)


def write_lexicon(dest: Path = MODEL_DIR, corpus: Path = TRAIN_CORPUS) -> None:
    """Write the trigger lexicon (:func:`trigger_words`) of ``corpus`` beside the model in ``dest``."""
    words = trigger_words(corpus)
    (dest / TRIGGER_WORDS).write_text(json.dumps(words, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    """Package the pipeline named on the command line and print the checksums.

    ``--lexicon`` instead only rewrites the trigger lexicon of the shipped model (and its sums).
    """
    if sys.argv[1] == "--lexicon":
        write_lexicon()
        sums = write_sums(MODEL_DIR)
    else:
        sums = package(Path(sys.argv[1]))
    for name, digest in sums.items():
        print(digest, name)


if __name__ == "__main__":
    main()
