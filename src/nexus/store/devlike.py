"""Generated extractions shaped like the development set's, for store benchmarks.

Real reports are not ``samples.synthetic_extraction``'s three entities and one
event: the development set averages about 15 entities, 6 events and a few
relations per report, names a handful of frequent actors in most reports,
covers the same incident from many outlets over several days (tolls change),
recalls famous past attacks in passing (coarse dates, many reports each), and
has wire copies. ``devlike_extraction(i)`` builds report ``i`` of such a
stream: deterministic in ``i`` and ``seed``, dated forward in time (about
``DOCS_PER_DAY`` reports a day), so a store fed 0..N-1 sees what a news feed
would give it. No spaCy: the extraction is written directly.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from nexus.model import EntityType, EventType, Extraction, RelationType
from nexus.store.samples import ExtractionBuilder, place

#: Reports a day in the generated stream (a busy monitoring feed).
DOCS_PER_DAY = 14
#: Incidents happening each day, each reported by several outlets over a few days.
INCIDENTS_PER_DAY = 4
START = date(2021, 1, 1)

_SYLLABLES = (
    "ka", "ra", "mir", "zan", "tal", "har", "bad", "pur", "shi", "dar", "lam", "qa", "nur", "sul", "ba",
    "di", "fa", "gul", "ja", "kho", "lo", "ma", "na", "pa", "ri", "sa", "to", "wa", "ya", "zu",
)  # fmt: skip
_OUTLET_WORDS = ("Herald", "Monitor", "Courier", "Dispatch", "Tribune", "Post", "Wire", "Observer")
_COUNTRIES = ("PK", "AF", "IN", "ML", "NG", "SY", "IQ", "SO", "BF", "YE")
_GROUP_KINDS = ("Front", "Brigade", "Movement", "Army", "Council", "Battalion")
_EVENT_TYPES: tuple[EventType, ...] = ("attack", "claim", "military_action", "statement", "meeting", "rally")
_RELATIONS: tuple[RelationType, ...] = ("affiliation", "cooperation", "hostility", "based_in")


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _name(kind: str, n: int) -> tuple[str, EntityType, str]:
    """The ``n``-th name of a pool: (name, type, country), the same every call."""
    rng = random.Random(f"{kind}-{n}")
    country = _COUNTRIES[n % len(_COUNTRIES)]
    if kind == "person":
        return f"{_word(rng, 2)} {_word(rng, 3)}", "PERSON", country
    if kind == "place":
        return f"{_word(rng, 3)}", "PLACE", country
    return f"{_word(rng, 2)} {_word(rng, 2)} {rng.choice(_GROUP_KINDS)}", "ORG", country


def _typo(name: str, rng: random.Random) -> str:
    """A one-letter variant of a long name (transliteration noise)."""
    if len(name) < 8:
        return name
    i = rng.randrange(2, len(name) - 1)
    if not name[i].isalpha():
        return name
    return name[:i] + rng.choice("aeiouhy") + name[i + 1 :]


def _incident(day: date, k: int) -> dict[str, object]:
    """Incident ``k`` of ``day``: type, place, actor and true toll (shared by every report of it)."""
    rng = random.Random(f"incident-{day.isoformat()}-{k}")
    return {
        "type": rng.choice(("attack", "attack", "military_action", "attack")),
        "place": rng.randrange(400),
        "actor": rng.randrange(60),
        "killed": rng.choice((0, 1, 2, 3, 5, 8, 12, 20, 35, 60)),
        "injured": rng.choice((None, 2, 5, 10, 25)),
    }


#: Famous past attacks that reports recall in passing (year or month precision).
_FAMOUS = (("2008-11", "month", 166), ("2016", "year", 40), ("2019-02", "month", 40), ("2014", "year", 150))


def _place(n: int) -> tuple[str, object]:
    name, _, country = _name("place", n)
    return name, place(name, country=country, lat=20 + (n % 97) * 0.2, lon=40 + (n % 89) * 0.3)


def devlike_extraction(index: int, *, seed: int = 0) -> Extraction:
    """Report ``index`` of a generated news stream shaped like the development set.

    About 15 entities (frequent actors, a long tail of persons, groups and
    places, some misspelled), 6 events (incidents of the last days reported
    with each outlet's toll, a past attack recalled, statements and
    meetings), 4 relations; every fifteenth report is a wire copy of the
    previous one under another outlet.
    """
    rng = random.Random(f"devlike-own-{seed}-{index}")
    copy_of = index - 1 if index % 15 == 14 else None
    base = random.Random(f"devlike-{seed}-{index if copy_of is None else copy_of}")
    published = START + timedelta(days=index // DOCS_PER_DAY)
    outlet_n = int(rng.paretovariate(1.2)) % 80
    outlet = f"{_word(random.Random(outlet_n), 2)} {_OUTLET_WORDS[outlet_n % len(_OUTLET_WORDS)]}"
    sentences: list[str] = []
    entities: list[tuple[str, EntityType, str, object]] = []  # name, type, country, place
    places: list[tuple[str, object]] = []

    def add_entity(kind: str, n: int, misspell: bool = False) -> int:
        name, etype, country = _name(kind, n)
        at = None
        if kind == "place":
            name, at = _place(n)
            places.append((name, at))
        if misspell:
            name = _typo(name, base)
        for i, known in enumerate(entities):
            if known[0] == name:
                return i
        entities.append((name, etype, country, at))
        return len(entities) - 1

    frequent = [add_entity("group", base.randrange(12)) for _ in range(3)]
    frequent.append(add_entity("person", base.randrange(8)))
    for _ in range(3):
        add_entity("group", 12 + int(base.paretovariate(0.9)) % 2000, misspell=base.random() < 0.1)
    for _ in range(2):
        add_entity("person", 8 + int(base.paretovariate(0.7)) % 30000, misspell=base.random() < 0.1)
    stream = index if copy_of is None else copy_of
    for _ in range(2):  # the long tail: people first named in recent reports
        add_entity("person", 30_000 + base.randrange(10 + stream * 2), misspell=base.random() < 0.1)
    for _ in range(2):
        add_entity("place", int(base.paretovariate(0.8)) % 400)
    events: list[dict[str, object]] = []
    day = START + timedelta(days=(index if copy_of is None else copy_of) // DOCS_PER_DAY)
    for _ in range(2):
        when = day - timedelta(days=base.randrange(3))
        k = base.randrange(INCIDENTS_PER_DAY)
        incident = _incident(when, k)
        at = entities[add_entity("place", int(incident["place"]))][3]  # type: ignore[call-overload]
        actor = add_entity("group", int(incident["actor"]))  # type: ignore[call-overload]
        toll = int(incident["killed"])  # type: ignore[call-overload]
        toll = max(0, toll + base.choice((0, 0, 0, 1, -1, 2)))
        events.append(
            {
                "type": incident["type"],
                "date": when.isoformat(),
                "precision": "day",
                "at": at,
                "actors": [actor],
                "killed": toll,
                "injured": incident["injured"],
                "qualifier": base.choice(("exact", "exact", "at_least", "approx")),
            }
        )
    if base.random() < 0.3:
        iso, precision, toll = base.choice(_FAMOUS)
        events.append({"type": "attack", "date": iso, "precision": precision, "killed": toll, "actors": []})
    while len(events) < 6 + base.randrange(2):
        etype = base.choice(_EVENT_TYPES[2:])
        when = day - timedelta(days=base.randrange(10))
        at = base.choice(places)[1] if places else None
        events.append(
            {
                "type": etype,
                "date": when.isoformat() if base.random() < 0.8 else None,
                "precision": "day",
                "at": at if base.random() < 0.7 else None,
                "actors": [base.randrange(len(entities))],
            }
        )
    builder = ExtractionBuilder(
        f"dev-{seed}-{index}", "", outlet=outlet, published=published, title=f"Report {index}"
    )
    for i, event in enumerate(events):
        actors = ", ".join(entities[a][0] for a in event["actors"])  # type: ignore[attr-defined]
        sentences.append(
            f"In event {i} of this report, {actors or 'unknown gunmen'} carried out a {event['type']} "
            f"described by witnesses on {event['date'] or 'an unspecified day'}; "
            f"{event.get('killed', 'no')} people were killed according to local officials."
        )
    relations = []
    for r in range(4):
        a, b = base.randrange(len(entities)), base.randrange(len(entities))
        if a == b:
            continue
        kind = _RELATIONS[r % len(_RELATIONS)]
        relations.append((a, kind, b))
        sentences.append(
            f"Analysts said {entities[a][0]} has a {kind} link with {entities[b][0]} (note {r})."
        )
    filler = [f"{_word(base, 3)} {_word(base, 2)} {_word(base, 4)}" for _ in range(120)]
    body = " ".join(sentences) + " " + ". ".join(filler) + "."
    byline = f" Filed by {outlet} desk, item {index}." if copy_of is not None else ""
    builder.document = builder.document.model_copy(update={"text": body + byline})
    local = [
        builder.entity(name, etype, country=country if country != "XX" else None, at=at)  # type: ignore[arg-type]
        for name, etype, country, at in entities
    ]
    for i, event in enumerate(events):
        builder.event(
            event["type"],  # type: ignore[arg-type]
            sentences[i],
            date=event["date"],  # type: ignore[arg-type]
            precision=event["precision"],  # type: ignore[arg-type]
            at=event.get("at"),  # type: ignore[arg-type]
            actors=[local[a] for a in event["actors"]],  # type: ignore[attr-defined]
            killed=event.get("killed"),  # type: ignore[arg-type]
            injured=event.get("injured"),  # type: ignore[arg-type]
            qualifier=event.get("qualifier", "exact"),  # type: ignore[arg-type]
            hedged=rng.random() < 0.15,
        )
    for j, (a, kind, b) in enumerate(relations):
        builder.relation(local[a], kind, local[b], sentences[len(events) + j], asserter="analysts")
    return builder.build()
