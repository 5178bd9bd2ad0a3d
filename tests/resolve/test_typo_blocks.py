"""The typo rule scores a block of known names (type, first letter, length), not every name."""

from __future__ import annotations

import random

from rapidfuzz import fuzz

from nexus.resolve import EntityIndex, MentionName
from nexus.resolve.entities import TYPO_SCORE
from nexus.resolve.names import digits, name_key

LETTERS = "abdeghiklmnorstuz"


def _reference(index: EntityIndex, mention: MentionName) -> str | None:
    """The typo match by scanning every known name (what the blocks must reproduce)."""
    key = name_key(mention.name)
    best: tuple[float, str] | None = None
    for (entity_type, other), ids in index._by_key.items():
        if entity_type != mention.type or abs(len(other) - len(key)) > 2 or other[:1] != key[:1]:
            continue
        if digits(other) != digits(key):
            continue
        score = fuzz.ratio(key, other)
        if score < TYPO_SCORE:
            continue
        for candidate in sorted(ids):
            if index._compatible(candidate, mention) and (best is None or (score, candidate) > best):
                best = (score, candidate)
    return best[1] if best is not None else None


def test_blocked_typo_match_equals_a_full_scan() -> None:
    rng = random.Random(5)
    index = EntityIndex()
    names = []
    for n in range(600):
        word = "".join(rng.choice(LETTERS) for _ in range(rng.randrange(6, 14)))
        name = f"{word.capitalize()} Unit {n % 3}" if n % 5 == 0 else word.capitalize()
        names.append(name)
        index.add(f"id{n}", rng.choice(("ORG", "PERSON")), rng.choice((None, "KE", "TZ")), [name])
    hits = 0
    for name in names[:300]:
        i = rng.randrange(1, len(name))
        variant = name[:i] + rng.choice(LETTERS) + name[i + 1 :]
        mention = MentionName(variant, rng.choice(("ORG", "PERSON")), rng.choice((None, "KE", "TZ")))
        found = index._typo(mention)
        assert found == _reference(index, mention)
        hits += found is not None
    assert hits > 15


def test_a_one_letter_slip_finds_the_known_group() -> None:
    index = EntityIndex()
    index.add("river", "ORG", "UG", ["Northern Riverbank Coalition"])
    index.add("other", "ORG", "UG", ["Southern Riverbank Coalition"])
    assert index.resolve(MentionName("Northern Riverbamk Coalition", "ORG", "UG")) == "river"


def test_no_typo_match_across_first_letters_types_or_numbers() -> None:
    index = EntityIndex()
    index.add("unit7", "ORG", None, ["Highland Column 7"])
    index.add("person", "PERSON", None, ["Marcellino Ortega"])
    assert index._typo(MentionName("Highland Column 8", "ORG")) is None
    assert index._typo(MentionName("Marcellino Ortegq", "ORG")) is None
    assert index._typo(MentionName("Harcellino Ortega", "PERSON")) is None
