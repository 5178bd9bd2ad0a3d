"""A state's label for the groups it fights, division names joined by small linking words, village
names with a glide written in one spelling only, and a region named by its quarter ("southern Velm").

Invented towns of an invented country (QQ); the labels and groups are those ``identity.yaml``
``group_labels`` lists.
"""

from __future__ import annotations

from datetime import date

from nexus.resolve.events import (
    THRESHOLD,
    EventKey,
    PlaceKey,
    actors_compatible,
    labelled_alike,
    names_alike,
    score_pair,
)
from nexus.resolve.names import glide_spelling
from nexus.store.linker import divisions_named, quarter_named

#: A market town with coordinates.
VELMO = PlaceKey("Velmo", "city", "QQ", "Upper Dravenia", 9.0, 14.0)


def _key(actor: str, **extra: object) -> EventKey:
    return EventKey(
        "attack",
        date(2026, 3, 9),
        place=VELMO,
        actors=frozenset({actor.lower()}),
        actor_names=frozenset({actor}),
        **extra,  # type: ignore[arg-type]
    )


def test_a_state_label_and_a_group_it_is_given_to_are_not_different_actors() -> None:
    assert labelled_alike(_key("Khawarij"), _key("Lashkar-e-Islam"))
    assert labelled_alike(_key("Baloch Republican Army"), _key("Fitna al-Hindustan"))
    assert actors_compatible(_key("Fitna al Hindustan"), _key("Baloch Republican Army"))


def test_a_label_is_not_given_to_the_groups_of_another_label() -> None:
    assert not labelled_alike(_key("Fitna al-Hindustan"), _key("Lashkar-e-Islam"))
    assert not actors_compatible(_key("Khawarij"), _key("Baloch Republican Army"))


def test_a_claim_by_the_group_joins_the_states_report_under_its_label() -> None:
    told_by_state = _key("Fitna al-Khawarij", figures=frozenset({("killed", 5)}))
    claimed = _key("Lashkar-e-Islam")
    decision = score_pair(claimed, told_by_state)
    assert decision is not None and decision.score >= THRESHOLD
    assert score_pair(_key("Baloch Republican Army"), told_by_state) is None


def test_a_division_name_with_a_linking_word_is_read_whole() -> None:
    sentence = "Gunmen burned the market of Kelmo, in Vila do Mar district, on Friday."
    assert divisions_named(sentence, "Kelmo") == ("Vila do Mar",)
    sentence = "Rebels shelled Ostrava, a village of Porto das Velas district, at dawn."
    assert divisions_named(sentence, "Ostrava") == ("Porto das Velas",)


def test_a_linking_word_before_a_small_word_joins_nothing() -> None:
    # "do" between a name and a lowercase word is no part of a name
    sentence = "Residents of Kelmo do not know who attacked the Velm district post."
    assert divisions_named(sentence, "Kelmo") == ("Velm",)


def test_a_glide_written_in_one_spelling_only_is_one_name() -> None:
    assert names_alike("Tasawuri", "Tasauri")
    assert names_alike("Ndowe", "Ndoe")
    assert glide_spelling("kelmayari", "kelmaari")


def test_two_different_glides_or_a_short_name_are_not_one_name() -> None:
    assert not glide_spelling("velmawi", "velmayi")  # a glide on both sides, not the same one
    assert not glide_spelling("bawo", "bao")  # three letters left: too short to tell
    assert not names_alike("Tasawuri", "Tasabri")


def test_a_quarter_of_a_name_by_its_direction_is_named() -> None:
    assert quarter_named("Raiders burned two hamlets in southern Velmora on Sunday.", "Velmora")
    assert quarter_named("Fighting spread across north-western Velmora this week.", "Velmora")
    assert not quarter_named("Raiders burned two hamlets near Velmora on Sunday.", "Velmora")
    assert not quarter_named("The south of Velmora was calm.", "Velmora")  # no "-ern" form
    assert not quarter_named("in northern Velmora's old town", "Velmora")  # the town's own quarter
