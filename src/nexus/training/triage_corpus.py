"""The document-triage corpus: security reports versus other news, built from our own texts.

``python -m nexus.training.triage_corpus training`` writes
``training/triage/corpus/{train,test}.jsonl``, one document a line::

    {"id": "neg-sports-17", "text": "...", "label": "security" | "other",
     "topic": "security" | "sports" | "markets" | ..., "split": "train" | "test",
     "source": "event_corpus" | "offtopic"}

Security documents join sentences of the event-annotated corpus
(``training/corpus/*.jsonl``, see :mod:`nexus.training.corpus`) of one region,
keeping that corpus's split, sometimes with one off-topic sentence mixed in
(real reports carry asides). Other documents fill the templates of
``training/triage/offtopic.yaml`` (sports, markets, business, weather, culture,
science, politics without violence, diplomacy without security, courts, health,
technology, community news, accidents and disasters, with hard negatives: a workers'
strike, a shot in sport, a box-office bomb, a minister's "said ... would" about fares). The test
split holds back whole templates (a seeded fifth of each topic), so it measures
wording the classifier has not seen (templates added later are split with their own
generator, so none held back before moves into training). Some documents of both labels
get a line of page furniture above or below (navigation, bylines, "Advertisement", sharing
buttons, "Related stories"), as pages do. Everything is seeded (:data:`SEED`).

``python -m nexus.training.triage_corpus --check FILE ...`` validates files
(exit 1 on any problem) and prints counts.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

SEED = 20261130
LABELS = ("security", "other")
SOURCES = ("event_corpus", "offtopic")
SPLITS = ("train", "test")
#: Documents of each label per split.
SIZES = {"train": 1600, "test": 400}
_SLOT = re.compile(r"\{([a-z]+?)(\d*)\}")
#: Lines of site navigation (the first of ``offtopic.yaml``'s ``furniture: top`` lines).
_NAV = (
    "Home | World | Sport | Business | Culture | Weather",
    "Menu Search Subscribe Sign in",
    "Latest News Opinion Video Podcasts",
    "Skip to content",
)
#: Share of documents (both labels) with a line of page furniture above and below the text.
FURNITURE_TOP = 0.15
FURNITURE_BOTTOM = 0.15
_KEYS = {"id": str, "text": str, "label": str, "topic": str, "split": str, "source": str}


def _fill(template: str, fillers: dict[str, list[str]], rng: random.Random) -> str:
    chosen: dict[str, list[str]] = defaultdict(list)

    def pick(m: re.Match[str]) -> str:
        kind = m.group(1)
        options = [o for o in fillers[kind] if o not in chosen[kind]] or fillers[kind]
        value = rng.choice(options)
        chosen[kind].append(value)
        return value

    return _SLOT.sub(pick, template)


def load_offtopic(path: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """``(topics, fillers)`` from ``offtopic.yaml``: templates per topic and slot fillers per kind.

    Raises ValueError when a template uses a slot with no fillers.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    topics: dict[str, list[str]] = data["topics"]
    fillers: dict[str, list[str]] = {k: [str(v) for v in vs] for k, vs in data["fillers"].items()}
    for topic, templates in topics.items():
        for template in templates:
            for m in _SLOT.finditer(template):
                if m.group(1) not in fillers:
                    raise ValueError(f"{topic}: unknown slot {m.group(0)} in {template!r}")
    return topics, fillers


def load_added(path: Path) -> dict[str, list[str]]:
    """Templates per topic from ``offtopic.yaml``'s ``added`` section (written after ``topics``;
    split apart from them, see :func:`_held_back`). Raises ValueError on an unknown slot."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    added: dict[str, list[str]] = {t: [str(x) for x in xs] for t, xs in (data.get("added") or {}).items()}
    for topic, templates in added.items():
        for template in templates:
            for m in _SLOT.finditer(template):
                if m.group(1) not in data["fillers"]:
                    raise ValueError(f"{topic}: unknown slot {m.group(0)} in {template!r}")
    return added


def load_headlines(path: Path) -> dict[str, list[str]]:
    """Headline templates per topic from ``offtopic.yaml`` (its ``headlines`` and ``headlines_added``)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for key in ("headlines", "headlines_added"):
        for topic, lines in (data.get(key) or {}).items():
            out.setdefault(topic, []).extend(str(h) for h in lines)
    return out


def load_furniture(path: Path) -> dict[str, list[str]]:
    """Page furniture lines (``top``: navigation, bylines, "Advertisement"; ``bottom``: sharing
    buttons, newsletter and "Related stories" lines) from ``offtopic.yaml``; the navigation
    lines of :data:`_NAV` when the file has none."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    furniture = data.get("furniture") or {}
    return {
        "top": [str(x) for x in furniture.get("top") or _NAV],
        "bottom": [str(x) for x in furniture.get("bottom") or []],
    }


def _furnish(
    text: str, furniture: dict[str, list[str]], fillers: dict[str, list[str]], rng: random.Random
) -> str:
    """``text`` with a seeded chance of a furniture line above it and another below it."""
    if rng.random() < FURNITURE_TOP:
        text = _fill(rng.choice(furniture["top"]), fillers, rng) + "\n" + text
    if furniture["bottom"] and rng.random() < FURNITURE_BOTTOM:
        text = text + "\n" + _fill(rng.choice(furniture["bottom"]), fillers, rng)
    return text


def _dateline(fillers: dict[str, list[str]], rng: random.Random) -> str:
    """A dateline in one of the forms pages use, from the place and outlet fillers."""
    city = rng.choice(fillers["city"])
    outlet = rng.choice(fillers.get("outlet") or ["News Desk"])
    form = rng.randrange(4)
    if form == 0:
        return f"{city.upper()} ({outlet}) — "
    if form == 1:
        return f"{city.upper()}, {rng.choice(fillers['month'])} {rng.randint(1, 28)} ({outlet}) - "
    if form == 2:
        return f"{city}, {rng.choice(fillers['country'])} — "
    return f"{city.upper()}: "


def _page(
    text: str,
    headline: str | None,
    fillers: dict[str, list[str]],
    rng: random.Random,
    dated: float,
) -> str:
    """``text`` laid out as a page: a dateline before its first sentence (with probability
    ``dated``) and ``headline`` on a line of its own above it, when given."""
    if rng.random() < dated:
        text = _dateline(fillers, rng) + text
    return f"{headline}\n{text}" if headline else text


def _held_back(
    topics: dict[str, list[str]],
    rng: random.Random,
    added: dict[str, list[str]] | None = None,
    added_rng: random.Random | None = None,
) -> dict[str, dict[str, list[str]]]:
    """Templates per split and topic: a seeded fifth of each topic's templates is test-only.

    ``added`` templates (written later) are split the same way with their own generator
    ``added_rng`` and joined to their topic's share, so adding templates never moves one
    held back before into training: the test split goes on measuring unseen wording.
    """
    out: dict[str, dict[str, list[str]]] = {"train": {}, "test": {}}
    for topic, templates in sorted(topics.items()):
        order = list(templates)
        rng.shuffle(order)
        cut = max(2, len(order) // 5)
        out["test"][topic], out["train"][topic] = order[:cut], order[cut:]
    later = added_rng or random.Random(0)
    for topic, templates in sorted((added or {}).items()):
        order = list(templates)
        later.shuffle(order)
        cut = max(2, len(order) // 5)
        out["test"].setdefault(topic, []).extend(order[:cut])
        out["train"].setdefault(topic, []).extend(order[cut:])
    return out


#: Share of security documents made of ``security.yaml``'s hard positives instead (their own generator).
HARD_SHARE = 0.15


def load_hard_positives(path: Path) -> tuple[list[str], list[str], dict[str, list[str]]]:
    """``(templates, headlines, fillers)`` of ``training/triage/security.yaml``: security reports in
    the shapes other news takes (an official's "said ... would", a visit for talks, a court case);
    empty when the file is missing."""
    if not path.is_file():
        return [], [], {}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fillers = {k: [str(v) for v in vs] for k, vs in (data.get("fillers") or {}).items()}
    return [str(t) for t in data["templates"]], [str(h) for h in data.get("headlines") or []], fillers


def _hard_doc(
    templates: list[str],
    headlines: list[str],
    fillers: dict[str, list[str]],
    rng: random.Random,
) -> str:
    """One to three hard-positive sentences laid out as a page (dateline, sometimes a headline)."""
    count = rng.choice((1, 1, 2, 3))
    sentences = [_fill(t, fillers, rng) for t in rng.sample(templates, min(count, len(templates)))]
    headline = _fill(rng.choice(headlines), fillers, rng) if headlines and rng.random() < 0.35 else None
    return _page(" ".join(sentences), headline, fillers, rng, dated=0.45)


#: Hand-written files of the event corpus that hold other news (``training/handwritten/<name>.txt``,
#: records ``h-<name>-N``): eventless lines for the event model, never a security document here.
OTHER_NEWS_FILES = ("everyday",)
#: Hand-written files of the event corpus added after this corpus was fixed (session 7): left out, so
#: the triage corpus and model stay as ``make train-triage`` built them.
EVENT_ONLY_FILES = ("wording",)


def _event_sentences(corpus_dir: Path) -> dict[str, dict[str, list[str]]]:
    """Event-corpus sentence texts per split and region (security reports only)."""
    out: dict[str, dict[str, list[str]]] = {"train": defaultdict(list), "test": defaultdict(list)}
    other = tuple(f"h-{name}-" for name in (*OTHER_NEWS_FILES, *EVENT_ONLY_FILES))
    for name in ("train", "test"):
        for line in (corpus_dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record["id"].startswith(other):
                    continue
                out[record["split"]][record["region"]].append(record["text"])
    return out


def _other_doc(
    templates: dict[str, list[str]],
    fillers: dict[str, list[str]],
    rng: random.Random,
    headlines: dict[str, list[str]] | None = None,
) -> tuple[str, str]:
    topic = rng.choice(sorted(templates))
    count = rng.choice((1, 1, 2, 3, 4, 5, 6, 8, 10))
    pool = templates[topic]
    if rng.random() < 0.2:  # a round-up of two topics
        pool = pool + templates[rng.choice(sorted(templates))]
    sentences = [_fill(t, fillers, rng) for t in rng.sample(pool, min(count, len(pool)))]
    # laid out as pages are: other news has datelines and headlines too, so neither tells the label
    titles = (headlines or {}).get(topic)
    headline = _fill(rng.choice(titles), fillers, rng) if titles and rng.random() < 0.35 else None
    return topic, _page(" ".join(sentences), headline, fillers, rng, dated=0.45)


def _security_doc(
    sentences: dict[str, list[str]],
    templates: dict[str, list[str]],
    fillers: dict[str, list[str]],
    rng: random.Random,
) -> str:
    region = rng.choice(sorted(sentences))
    count = rng.choice((1, 1, 2, 3, 4, 5, 6, 8))
    picked = rng.sample(sentences[region], min(count, len(sentences[region])))
    if count >= 3 and rng.random() < 0.25:  # an aside about something else
        topic = rng.choice(sorted(templates))
        picked.insert(rng.randrange(1, len(picked) + 1), _fill(rng.choice(templates[topic]), fillers, rng))
    return _page(" ".join(picked), None, fillers, rng, dated=0.25)


def build(training_dir: Path, seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    """The corpus records per split (see the module docstring); deterministic for a seed."""
    rng = random.Random(seed)
    path = training_dir / "triage" / "offtopic.yaml"
    topics, fillers = load_offtopic(path)
    headlines = load_headlines(path)
    furniture = load_furniture(path)
    split_templates = _held_back(topics, rng, load_added(path), random.Random(seed + 1))
    # hard positives: their own generator, so the documents drawn from ``rng`` stay as they were
    hard, hard_headlines, hard_fillers = load_hard_positives(training_dir / "triage" / "security.yaml")
    hard_rng = random.Random(seed + 2)
    held = _held_back({}, hard_rng, {"security": hard}, hard_rng)
    hard_split = {split: held[split]["security"] for split in SPLITS} if hard else {}
    all_fillers = fillers | hard_fillers
    sentences = _event_sentences(training_dir / "corpus")
    out: dict[str, list[dict[str, Any]]] = {}
    for split in SPLITS:
        records: list[dict[str, Any]] = []
        for i in range(SIZES[split]):
            text = _security_doc(sentences[split], split_templates[split], fillers, rng)
            if hard_split and hard_rng.random() < HARD_SHARE:
                text = _hard_doc(hard_split[split], hard_headlines, all_fillers, hard_rng)
            text = _furnish(text, furniture, fillers, rng)
            records.append(
                {
                    "id": f"sec-{split}-{i}",
                    "text": text,
                    "label": "security",
                    "topic": "security",
                    "split": split,
                    "source": "event_corpus",
                }
            )
            topic, text = _other_doc(split_templates[split], fillers, rng, headlines)
            text = _furnish(text, furniture, fillers, rng)
            records.append(
                {
                    "id": f"oth-{split}-{i}",
                    "text": text,
                    "label": "other",
                    "topic": topic,
                    "split": split,
                    "source": "offtopic",
                }
            )
        out[split] = records
    return out


def validate(records: Iterable[dict[str, Any]]) -> list[str]:
    """Problems found in ``records`` (empty when all are valid): keys, types, labels, unique ids."""
    problems: list[str] = []
    seen: set[str] = set()
    for n, record in enumerate(records):
        where = f"record {n} ({record.get('id', '?')})"
        if set(record) != set(_KEYS):
            problems.append(f"{where}: keys {sorted(record)} != {sorted(_KEYS)}")
            continue
        for key, kind in _KEYS.items():
            if not isinstance(record[key], kind) or not record[key]:
                problems.append(f"{where}: {key} must be a non-empty {kind.__name__}")
        if record["label"] not in LABELS:
            problems.append(f"{where}: unknown label {record['label']!r}")
        if record["split"] not in SPLITS:
            problems.append(f"{where}: unknown split {record['split']!r}")
        if record["source"] not in SOURCES:
            problems.append(f"{where}: unknown source {record['source']!r}")
        if (record["label"] == "security") != (record["topic"] == "security"):
            problems.append(f"{where}: topic {record['topic']!r} does not match label {record['label']!r}")
        if record["id"] in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(record["id"])
    return problems


def read(path: Path) -> Iterator[dict[str, Any]]:
    """The records of one JSONL file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def write(training_dir: Path) -> dict[str, Path]:
    """Build the corpus and write it under ``training/triage/corpus/``; returns the paths per split."""
    out_dir = training_dir / "triage" / "corpus"
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for split, records in build(training_dir).items():
        problems = validate(records)
        if problems:
            raise ValueError("; ".join(problems[:5]))
        path = out_dir / f"{split}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        paths[split] = path
    return paths


def main(argv: list[str] | None = None) -> int:
    """``TRAINING_DIR`` builds the corpus; ``--check FILE ...`` validates files. Returns the exit code."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--check":
        status = 0
        for name in args[1:]:
            records = list(read(Path(name)))
            problems = validate(records)
            counts = Counter((r.get("split"), r.get("label")) for r in records)
            print(f"{name}: {len(records)} records {dict(sorted(counts.items()))}")
            for problem in problems:
                print("  " + problem)
            status = status or (1 if problems else 0)
        return status
    for split, path in write(Path(args[0] if args else "training")).items():
        print(f"{split}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
