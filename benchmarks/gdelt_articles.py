"""A simulated GDELT stream: news articles of realistic lengths, about 15 % about security.

``generate(n, seed)`` returns ``n`` JSON records ``{id, title, text, outlet, url, published,
kind, words}`` (``kind`` is ``security`` or ``other``; the benchmark keeps it to itself, the
reader ignores it). Everything is composed from the project's own texts, seeded:

* **security** articles fill the event-corpus frames (``training/parts/frames*.yaml``,
  their ``[trigger](type)`` markup removed) with one region's actors, places and
  targets (``training/parts/regions.yaml``): a headline, a dateline, a lead about an
  attack, military action or claim, then body sentences of every kind (statements,
  visits, sanctions, background, sentences without an event), sometimes an aside
  from the off-topic templates. The article keeps its city, province, group and
  spokesman from sentence to sentence, as a real report does;
* **other** articles fill the off-topic templates of one topic
  (``training/triage/offtopic.yaml``: sports, markets, business, weather, culture,
  science, politics, health, technology, community), a fifth of them round-ups of two
  topics, some with a line of site navigation in front.

Lengths follow a log-normal distribution of mean :data:`MEAN_WORDS` (median about 500;
a tenth under about 250 words, a tenth over about 1,000), cut at 80 and 4,000 words.
Paragraphs are 2 to 5 sentences. Publication dates spread over three years.
"""

from __future__ import annotations

import math
import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from nexus.training.corpus import parse_markup
from nexus.training.generate import DATELINES, MONTHS, fill_frame

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "training"
SECURITY_SHARE = 0.15
MEAN_WORDS = 600
SIGMA = 0.6
MIN_WORDS, MAX_WORDS = 80, 4000
#: Region slots an article keeps from one sentence to the next (a report stays in one place).
STICKY = ("city", "province", "village", "group", "country", "official", "leader", "forces", "outlet")
#: Frame sections a lead sentence comes from.
LEADS = ("attack", "military_action", "claim")
GENERIC_OUTLETS = (
    "The Daily Ledger",
    "Morning Courier",
    "City Gazette",
    "Evening Standard Post",
    "Regional Herald",
    "The Weekly Review",
    "Metro Observer",
    "National Chronicle",
)
NAV = (
    "Home | World | Sport | Business | Culture | Weather",
    "Menu Search Subscribe Sign in",
    "Latest News Opinion Video Podcasts",
    "Skip to content",
)
_TOPIC_SLOT = re.compile(r"\{([a-z]+?)(\d*)\}")
_STYLE = re.compile(r"^[HCQB]: ")


class Sources:
    """The texts articles are composed from (read once from ``training/``)."""

    def __init__(self, training: Path = TRAINING) -> None:
        self.regions: dict[str, dict[str, list[str]]] = yaml.safe_load(
            (training / "parts" / "regions.yaml").read_text(encoding="utf-8")
        )
        self.frames: dict[str, list[str]] = {}
        self.headlines: list[str] = []
        for path in sorted((training / "parts").glob("frames*.yaml")):
            data: dict[str, list[str]] = yaml.safe_load(path.read_text(encoding="utf-8"))
            for section, items in data.items():
                for raw in items:
                    if raw.startswith("H: "):
                        self.headlines.append(raw[3:])
                    elif not raw.startswith("C: "):  # captions are not body text
                        self.frames.setdefault(section, []).append(_STYLE.sub("", raw))
        offtopic = yaml.safe_load((training / "triage" / "offtopic.yaml").read_text(encoding="utf-8"))
        self.topics: dict[str, list[str]] = offtopic["topics"]
        self.fillers: dict[str, list[str]] = {
            k: [str(v) for v in vs] for k, vs in offtopic["fillers"].items()
        }
        self.sections = sorted(self.frames)


def _frame_text(frame: str, region: dict[str, list[str]], sticky: dict[str, str], rng: random.Random) -> str:
    text, _ = parse_markup(fill_frame(frame, region, rng, sticky))
    return str(text)


def _topic_text(template: str, fillers: dict[str, list[str]], rng: random.Random) -> str:
    used: dict[str, list[str]] = {}

    def pick(m: re.Match[str]) -> str:
        kind = m.group(1)
        options = [o for o in fillers[kind] if o not in used.get(kind, [])] or fillers[kind]
        found = rng.choice(options)
        used.setdefault(kind, []).append(found)
        return found

    return _TOPIC_SLOT.sub(pick, template)


def article_length(rng: random.Random) -> int:
    """Words in one article: log-normal, mean :data:`MEAN_WORDS`, cut to [MIN_WORDS, MAX_WORDS]."""
    mu = math.log(MEAN_WORDS) - SIGMA**2 / 2
    return max(MIN_WORDS, min(MAX_WORDS, round(rng.lognormvariate(mu, SIGMA))))


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    out: list[str] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(2, 5)
        out.append(" ".join(sentences[i : i + size]))
        i += size
    return "\n\n".join(out)


def _fill_to(target: int, draw: Any) -> list[str]:
    sentences: list[str] = []
    words = 0
    while words < target:
        sentence = draw()
        if sentences and sentence == sentences[-1]:
            continue
        sentences.append(sentence)
        words += len(sentence.split())
    return sentences


def security_article(src: Sources, rng: random.Random, target: int) -> tuple[str, str, str]:
    """``(title, text, outlet)`` of a security report of about ``target`` words."""
    name = rng.choice(sorted(src.regions))
    region = src.regions[name]
    sticky = {key: rng.choice(region[key]) for key in STICKY if key in region}
    title = _frame_text(rng.choice(src.headlines), region, sticky, rng)
    city = sticky["city"]
    dateline = rng.choice(DATELINES).format(
        CITY=city.upper(),
        city=city,
        country=sticky.get("country", ""),
        month=rng.choice(MONTHS),
        d=rng.randint(1, 28),
        outlet=sticky["outlet"],
    )
    lead = dateline + _frame_text(rng.choice(src.frames[rng.choice(LEADS)]), region, sticky, rng)
    topics = sorted(src.topics)

    def draw() -> str:
        if rng.random() < 0.04:  # an aside about something else
            return _topic_text(rng.choice(src.topics[rng.choice(topics)]), src.fillers, rng)
        if rng.random() < 0.1:  # a second place or spokesman further down the report
            return _frame_text(rng.choice(src.frames[rng.choice(src.sections)]), region, {}, rng)
        return _frame_text(rng.choice(src.frames[rng.choice(src.sections)]), region, sticky, rng)

    body = _fill_to(max(0, target - len(lead.split())), draw)
    return title, _paragraphs([lead, *body], rng), sticky["outlet"]


def other_article(src: Sources, rng: random.Random, target: int) -> tuple[str, str, str]:
    """``(title, text, outlet)`` of an article on another subject, about ``target`` words."""
    topics = sorted(src.topics)
    pool = list(src.topics[rng.choice(topics)])
    if rng.random() < 0.2:  # a round-up of two topics
        pool += src.topics[rng.choice(topics)]
    sentences = _fill_to(target, lambda: _topic_text(rng.choice(pool), src.fillers, rng))
    title = sentences[0].split(",")[0].rstrip(".")
    text = _paragraphs(sentences, rng)
    if rng.random() < 0.15:
        text = rng.choice(NAV) + "\n" + text
    return title, text, rng.choice(GENERIC_OUTLETS)


def generate(n: int, seed: int = 0, security_share: float = SECURITY_SHARE) -> list[dict[str, Any]]:
    """``n`` article records (see the module docstring), shuffled; deterministic for a seed."""
    rng = random.Random(seed)
    src = Sources()
    n_security = round(n * security_share)
    kinds = ["security"] * n_security + ["other"] * (n - n_security)
    rng.shuffle(kinds)
    start = date(2024, 1, 1)
    records: list[dict[str, Any]] = []
    for i, kind in enumerate(kinds):
        target = article_length(rng)
        make = security_article if kind == "security" else other_article
        title, text, outlet = make(src, rng, target)
        doc_id = f"gdelt-{i:06d}"
        slug = re.sub(r"[^a-z0-9]+", "-", outlet.lower()).strip("-")
        records.append(
            {
                "id": doc_id,
                "title": title,
                "text": text,
                "outlet": outlet,
                "url": f"https://{slug}.example/{doc_id}",
                "published": (start + timedelta(days=rng.randrange(3 * 365))).isoformat(),
                "kind": kind,
                "words": len(text.split()),
            }
        )
    return records
