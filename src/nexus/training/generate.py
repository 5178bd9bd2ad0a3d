"""Build the training corpus from its hand-written sources (seeded, reproducible).

Two kinds of source, both written for Nexus:

* ``training/handwritten/*.txt``: one sentence a line, ``region|style|text`` with
  ``[trigger](type:modality)`` markup (``#`` starts a comment line);
* ``training/parts/frames*.yaml`` + ``regions.yaml``: sentence frames whose
  ``{slots}`` are filled with one region's actors, places and targets, the
  way event-coding projects compose synthetic stories. Body frames sometimes
  get a dateline in front ("KANO, March 3 (Outlet) — ").

The held-back test split is chosen by *frame* (every sentence of a held-back
frame is a test sentence) and, for hand-written lines, by a seeded draw, so the
test split measures wording the model never saw. Run
``python -m nexus.training.generate training`` to rewrite ``training/corpus/``.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from nexus.training.corpus import EVENT_TYPES, STYLES, parse_markup, validate, write_jsonl

SEED = 20261129
TEST_SHARE = 0.2
#: Sentences generated per frame, by section (balances the types).
PER_FRAME = {
    "attack": 5,
    "claim": 13,
    "rally": 10,
    "visit": 10,
    "meeting": 10,
    "sanction": 10,
    "military_action": 8,
    "statement": 8,
    "none": 13,
}
PER_FRAME_OTHER_MODALITY = 7

NUMBERS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "11",
    "12",
    "14",
    "17",
    "19",
    "21",
    "23",
    "26",
    "30",
    "34",
    "40",
    "52",
    "at least 15",
    "more than 20",
    "nearly 30",
]
NUMBERS_CAP = [
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Twelve",
    "Fifteen",
    "Twenty",
    "At least 11",
    "More than 30",
    "Nearly 40",
]
SMALL = ["two", "three", "four", "five", "six", "seven"]
DAYS = [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
    "late on Friday",
    "early on Sunday",
    "on Tuesday night",
    "overnight",
    "on March 3",
    "on 14 June",
    "on Oct. 9",
    "yesterday",
    "this morning",
    "last week",
    "on the eve of the election",
    "during Friday prayers",
]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DATELINES = [
    "{CITY}, {month} {d} ({outlet}) — ",
    "{city}, {country} — ",
    "{CITY}: ",
    "{city} ({outlet}): ",
    "{CITY} — ",
    "{city}, {month} {d}: ",
]
STYLE_OF = {"H": "headline", "C": "caption", "Q": "quote", "B": "background"}
_SLOT = re.compile(r"\{([A-Za-z_0-9]+)\}")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def fill_frame(
    frame: str, region: dict[str, list[str]], rng: random.Random, sticky: dict[str, str] | None = None
) -> str:
    """``frame`` with each ``{slot}`` filled: numbers, days and months drawn here, other slots
    from ``region``'s lists, or from ``sticky`` (values a whole article keeps). A slot written
    with a capital (``{Num}``) is capitalised; one slot keeps one value within the frame."""
    chosen: dict[str, str] = {}
    sticky = sticky or {}

    def value(name: str) -> str:
        key = name.lower()
        if key not in chosen:
            if key in sticky:
                chosen[key] = sticky[key]
            elif key == "num":
                chosen[key] = rng.choice(NUMBERS_CAP if name[0].isupper() else NUMBERS)
            elif key == "num2":
                chosen[key] = rng.choice(SMALL)
            elif key == "day":
                chosen[key] = rng.choice(DAYS)
            elif key == "day_name":
                chosen[key] = rng.choice(DAY_NAMES)
            elif key == "month":
                chosen[key] = rng.choice(MONTHS)
            else:
                chosen[key] = rng.choice(region[key])
        v = chosen[key]
        return _cap(v) if name[0].isupper() else v

    return _SLOT.sub(lambda m: value(m.group(1)), frame)


def _dateline(region: dict[str, list[str]], rng: random.Random) -> str:
    city = rng.choice(region["city"])
    return rng.choice(DATELINES).format(
        CITY=city.upper(),
        city=city,
        country=rng.choice(region["country"]),
        month=rng.choice(MONTHS),
        d=rng.randint(1, 28),
        outlet=rng.choice(region["outlet"]),
    )


def _held_out(key: str) -> bool:
    digest = hashlib.sha256(f"{SEED}:{key}".encode()).digest()
    return digest[0] < int(256 * TEST_SHARE)


def generated(parts: Path, rng: random.Random) -> list[dict[str, Any]]:
    """Sentences composed from the frames and regional fillers."""
    regions: dict[str, dict[str, list[str]]] = yaml.safe_load((parts / "regions.yaml").read_text())
    names = sorted(regions)
    records: list[dict[str, Any]] = []
    for path in sorted(parts.glob("frames*.yaml")):
        prefix = "" if path.stem == "frames" else f"{path.stem}:"
        frames: dict[str, list[str]] = yaml.safe_load(path.read_text())
        records += _compose(frames, prefix, regions, names, rng)
    return records


def _compose(
    frames: dict[str, list[str]],
    prefix: str,
    regions: dict[str, dict[str, list[str]]],
    names: list[str],
    rng: random.Random,
) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for section, items in frames.items():
        n = PER_FRAME.get(section, PER_FRAME_OTHER_MODALITY)
        for k, raw in enumerate(items):
            style = "body"
            frame = raw
            if len(raw) > 3 and raw[1:3] == ": " and raw[0] in STYLE_OF:
                style, frame = STYLE_OF[raw[0]], raw[3:]
            frame_id = f"{prefix}{section}/{k}"
            split = "test" if _held_out(frame_id) else "train"
            seen: set[str] = set()
            for j in range(n * 3):
                if len(seen) >= n:
                    break
                rname = names[(k + j) % len(names)] if j < len(names) else rng.choice(names)
                region = regions[rname]
                marked = fill_frame(frame, region, rng)
                rstyle = style
                if style == "body" and rng.random() < 0.18:
                    marked, rstyle = _dateline(region, rng) + marked, "dateline"
                text, events = parse_markup(marked)
                if "{" in text or "}" in text:
                    raise ValueError(f"unfilled slot in {text!r}")
                if text.lower() in seen:
                    continue
                seen.add(text.lower())
                records.append(
                    {
                        "id": f"g-{prefix.rstrip(':')}{'-' if prefix else ''}{section}-{k}-{len(seen)}",
                        "text": text,
                        "events": events,
                        "region": rname,
                        "style": rstyle,
                        "source": "generated",
                        "frame": frame_id,
                        "split": split,
                    }
                )
    return records


def handwritten(folder: Path, rng: random.Random) -> list[dict[str, Any]]:
    """Sentences written one by one (``region|style|marked text`` lines)."""
    records: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            region, style, marked = line.split("|", 2)
            if style not in STYLES:
                raise ValueError(f"{path.name}:{n}: style {style!r}")
            text, events = parse_markup(marked.strip())
            records.append(
                {
                    "id": f"h-{path.stem}-{n}",
                    "text": text,
                    "events": events,
                    "region": region.strip(),
                    "style": style,
                    "source": "handwritten",
                    "frame": None,
                    "split": "test" if rng.random() < TEST_SHARE else "train",
                }
            )
    return records


def build(root: Path) -> list[dict[str, Any]]:
    """All records, generated then hand-written, deterministic for :data:`SEED`."""
    rng = random.Random(SEED)
    records = generated(root / "parts", rng) + handwritten(root / "handwritten", random.Random(SEED + 1))
    seen: set[str] = set()
    unique = []
    for rec in records:
        key = rec["text"].strip().lower()
        if key not in seen:
            seen.add(key)
            unique.append(rec)
    return unique


def main() -> None:
    """``python -m nexus.training.generate ROOT``: write ROOT/corpus/{train,test}.jsonl."""
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "training")
    records = build(root)
    problems = validate(records)
    for p in problems:
        print("PROBLEM", p)
    for split in ("train", "test"):
        write_jsonl(root / "corpus" / f"{split}.jsonl", [r for r in records if r["split"] == split])
    counts = {t: sum(1 for r in records for e in r["events"] if e["type"] == t) for t in EVENT_TYPES}
    print(len(records), "sentences", counts)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
