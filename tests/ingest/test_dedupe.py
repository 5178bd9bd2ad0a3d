"""Near-duplicate detection links syndicated copies to the first-seen original."""

from __future__ import annotations

from nexus.ingest.dedupe import NearDuplicateIndex, shingles, similarity

ORIGINAL = (
    "QUETTA: At least 12 people were killed and 30 injured when a bomb planted on a motorcycle "
    "exploded near a crowded vegetable market in Quetta on Monday morning, police said. "
    "The blast damaged several shops and vehicles parked nearby. Senior superintendent of police "
    "Ahmed Khan told reporters that around five kilograms of explosives had been used in the device. "
    "No group immediately claimed responsibility for the attack, but the banned Tehreek-e-Taliban "
    "Pakistan has carried out similar bombings in the province in recent months. The provincial "
    "government announced compensation for the families of the victims and ordered an inquiry. "
    "Security was tightened across the city and checkpoints were set up on the main roads."
)

# A syndicated copy: new dateline and byline, one word changed, a closing sentence added.
COPY = (
    "By our correspondent. QUETTA: At least 12 people were killed and 30 injured when a bomb planted "
    "on a motorcycle exploded near a crowded vegetable market in Quetta on Monday morning, police said. "
    "The blast damaged several shops and vehicles parked nearby. Senior superintendent of police "
    "Ahmed Khan told journalists that around five kilograms of explosives had been used in the device. "
    "No group immediately claimed responsibility for the attack, but the banned Tehreek-e-Taliban "
    "Pakistan has carried out similar bombings in the province in recent months. The provincial "
    "government announced compensation for the families of the victims and ordered an inquiry. "
    "Security was tightened across the city and checkpoints were set up on the main roads."
)

UNRELATED = (
    "NEW DELHI: India and France signed an agreement on Tuesday to expand cooperation in maritime "
    "security and counter-terrorism, the foreign ministry said. The two sides agreed to share "
    "intelligence on shipping in the Indian Ocean and to hold joint naval exercises next year. "
    "Officials said the pact builds on a defence roadmap adopted in 2023."
)


def test_similarity_helper() -> None:
    assert similarity(ORIGINAL, ORIGINAL) == 1.0
    assert similarity(ORIGINAL, COPY) > 0.8
    assert similarity(ORIGINAL, UNRELATED) < 0.1
    assert NearDuplicateIndex().similarity(ORIGINAL, COPY) == similarity(ORIGINAL, COPY)


def test_shingles_of_short_text() -> None:
    assert shingles("Two words") == {"two words"}
    assert shingles("...") == set()
    assert len(shingles("one two three four five six")) == 2


def test_lightly_edited_copy_is_found_and_unrelated_is_not() -> None:
    index = NearDuplicateIndex()
    assert index.add("dawn-1", ORIGINAL) is None
    assert index.add("geo-7", COPY) == "dawn-1"
    assert index.add("hindu-3", UNRELATED) is None
    assert len(index) == 3
    assert index.original_of("geo-7") == "dawn-1"
    assert index.original_of("hindu-3") is None


def test_exact_duplicate_ignoring_case_and_spacing() -> None:
    index = NearDuplicateIndex()
    assert index.add("a", "Short wire: two killed in Kabul.") is None
    assert index.add("b", "short  wire — two KILLED in Kabul") == "a"


def test_chain_of_copies_points_at_first_original() -> None:
    index = NearDuplicateIndex()
    index.add("first", ORIGINAL)
    index.add("second", COPY)
    assert index.add("third", COPY + " Updated at noon.") == "first"


def test_re_adding_an_id_is_idempotent() -> None:
    index = NearDuplicateIndex()
    assert index.add("a", ORIGINAL) is None
    assert index.add("a", ORIGINAL) is None
    assert index.add("b", COPY) == "a"
    assert index.add("b", COPY) == "a"
    assert len(index) == 2


def test_deterministic_across_instances() -> None:
    def run() -> list[str | None]:
        index = NearDuplicateIndex()
        return [index.add(str(i), text) for i, text in enumerate([ORIGINAL, UNRELATED, COPY])]

    assert run() == run() == [None, None, "0"]


def test_many_documents_stay_distinct() -> None:
    index = NearDuplicateIndex()
    results = [
        index.add(
            f"d{i}",
            f"Report number {i}: in district {i * 7} officials counted {i * 13} "
            f"incidents during week {i % 52} of year {2000 + i}, said spokesman {i * 31}.",
        )
        for i in range(500)
    ]
    assert results == [None] * 500
