"""Tolls (session 37): figure assignment when a report tells its incident twice (a summary lead, then
the scene) or tells other happenings beside it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import spacy
from spacy.tokens import Doc

from nexus.extract.casualties import CasualtyMention
from nexus.extract.events import EventDraft
from nexus.extract.tolls import _cue_happening


def tolls(extraction: Any) -> list[tuple[str, str | None, int | None, int | None]]:
    """(type, place, killed, injured) of every violent event."""
    return sorted(
        (
            e.type,
            e.place.name if e.place else None,
            e.killed.value if e.killed else None,
            e.injured.value if e.injured else None,
        )
        for e in extraction.events
        if e.type in ("attack", "military_action")
    )


# --------------------------------------------------------------------------- a day of the telling only

_SUMMARY_LEAD = (
    "Kenya arrests two preachers as gunmen hit police station in north\n\n"
    "NAIROBI, March 4 (Staff) - Kenyan police on Wednesday arrested two preachers accused of recruiting "
    "for al-Shabaab, only hours after its fighters had attacked a police station in the north-east.\n\n"
    "In Mandera, near the Somali border, a bomber drove a truck into the gate of the station on Tuesday "
    "night before gunmen tried to storm the building. "
)


def test_a_bare_toll_dated_only_by_its_telling_is_the_scene_told_just_before(extract: Any) -> None:
    text = _SUMMARY_LEAD + "Six policemen were killed, an officer said on Wednesday. Nine were wounded."
    found = tolls(extract(text, published="2026-03-04"))
    assert ("attack", "Mandera", 6, 9) in found
    assert all(killed is None for _, place, killed, _ in found if place != "Mandera")


def test_a_bare_toll_told_to_reporters_on_a_day_is_the_scene_told_just_before(extract: Any) -> None:
    text = (
        "Army hunts rebels after raid on mine\n\n"
        "KINSHASA, May 2 (Staff) - Congo's army said on Friday it was pursuing rebels who raided a gold "
        "mine in the east.\n\n"
        "In Mongbwalu, rebels on motorbikes rode into the mine camp before dawn on Thursday and tried to "
        "seize its depot. Eight miners were killed, a local official told reporters on Friday."
    )
    found = tolls(extract(text, published="2026-05-02"))
    assert ("attack", "Mongbwalu", 8, None) in found
    assert all(killed is None for _, place, killed, _ in found if place != "Mongbwalu")


def test_a_bare_toll_of_a_day_of_its_own_is_not_the_scene_told_just_before(extract: Any) -> None:
    # the day dates the deaths, not the officer's telling: not the storming's toll by this rule
    text = _SUMMARY_LEAD + "Six policemen were killed on Monday, an officer said. Nine people were wounded."
    storming = [e for e in extract(text, published="2026-03-04").events if e.trigger == "storm"]
    assert storming
    assert all(e.killed is None for e in storming)


# --------------------------------------------------------------------------- a conjunct sharing a doer

_CHURCH = "Gunmen attacked a church in Beni on Sunday, killing four worshippers.\n"


def test_a_killing_verb_conjoined_to_a_doers_act_owns_its_figure(extract: Any) -> None:
    # 'it had destroyed three camps ... and killed 15': the army's own killing, not the background
    # operations of the relative clause nor the assault the camps were destroyed in
    text = _CHURCH + (
        "The army, which has conducted operations against the rebels since 2019, said on Monday that it had "
        "destroyed three camps near Oicha in an assault and killed 15 fighters."
    )
    events = extract(text, published="2026-03-04").events
    with_15 = [e for e in events if e.killed is not None and e.killed.value == 15]
    assert [(e.type, e.trigger) for e in with_15] == [("military_action", "killed")]


def test_a_simple_past_conjunct_shares_its_doer_too(extract: Any) -> None:
    text = _CHURCH + (
        "The police, whose patrols have guarded the road since 2020, said on Monday that officers stormed a "
        "hideout near Oicha and killed six gunmen."
    )
    events = extract(text, published="2026-03-04").events
    assert [e.type for e in events if e.killed is not None and e.killed.value == 6] == ["military_action"]


def test_a_killing_verb_conjoined_to_a_passive_has_no_doer_to_share(extract: Any) -> None:
    text = _CHURCH + (
        "The army, which has conducted operations against the rebels since 2019, said on Monday that three "
        "herders were abducted near Oicha and killed."
    )
    events = extract(text, published="2026-03-04").events
    assert [(e.type, e.trigger) for e in events if e.killed is not None and e.killed.value == 3] == [
        ("attack", "abducted")
    ]


# --------------------------------------------------------------------------- 'the ambush, in which N died'


def _relative_doc(noun: str, det: str) -> Doc:
    """'Gunmen burned a store . A convoy was ambushed . They blamed JNIM for <det> <noun> , in which 11
    soldiers died .' parsed by hand: the toll's clause hangs on the happening noun."""
    words = ["Gunmen", "burned", "a", "store", ".", "A", "convoy", "was", "ambushed", ".", "They", "blamed"]
    words += ["JNIM", "for", det, noun, ",", "in", "which", "11", "soldiers", "died", "."]
    heads = [1, 1, 3, 1, 1, 6, 8, 8, 8, 8, 11, 11, 11, 11, 15, 13, 15, 21, 17, 20, 21, 15, 11]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "det", "nsubjpass", "auxpass", "ROOT", "punct", "nsubj"]
    deps += [
        "ROOT",
        "dobj",
        "prep",
        "det",
        "pobj",
        "punct",
        "prep",
        "pobj",
        "nummod",
        "nsubj",
        "relcl",
        "punct",
    ]
    tags = [
        "NNS",
        "VBD",
        "DT",
        "NN",
        ".",
        "DT",
        "NN",
        "VBD",
        "VBN",
        ".",
        "PRP",
        "VBD",
        "NNP",
        "IN",
        "DT",
        "NN",
    ]
    tags += [",", "IN", "WDT", "CD", "NNS", "VBD", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT", "PRON", "VERB"]
    pos += ["PROPN", "ADP", "DET", "NOUN", "PUNCT", "ADP", "PRON", "NUM", "NOUN", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[8], lemmas[11], lemmas[21] = "burn", "ambush", "blame", "die"
    starts = [i in (0, 5, 10) for i in range(len(words))]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=pos,
        lemmas=lemmas,
        sent_starts=starts,
    )


def _draft(doc: Doc, trigger: int, *mentions: int) -> EventDraft:
    return cast(
        EventDraft,
        SimpleNamespace(
            type="attack", trigger=doc[trigger], mentions=[doc[trigger], *(doc[i] for i in mentions)]
        ),
    )


def test_a_toll_in_a_relative_clause_of_the_ambush_is_the_ambush_told_before() -> None:
    doc = _relative_doc("ambush", "the")
    # (the store's burning wrongly holds the noun 'ambush' too, as a coreference slip would file it)
    burned, ambushed = _draft(doc, 1, 15), _draft(doc, 8)
    toll = cast(CasualtyMention, SimpleNamespace(cue=21))
    assert _cue_happening(doc, toll, [burned, ambushed]) is ambushed


def test_a_toll_in_a_relative_clause_of_a_happening_noun_of_its_own_is_that_happening() -> None:
    doc = _relative_doc("ambush", "the")
    burned, ambushed, ambush = _draft(doc, 1), _draft(doc, 8), _draft(doc, 15)
    toll = cast(CasualtyMention, SimpleNamespace(cue=21))
    assert _cue_happening(doc, toll, [burned, ambushed, ambush]) is ambush


def test_a_relative_clause_of_a_happening_not_pointed_back_to_names_none() -> None:
    doc = _relative_doc("ambush", "an")  # 'an ambush, in which ...': a new happening, not the one told
    burned, ambushed = _draft(doc, 1), _draft(doc, 8)
    toll = cast(CasualtyMention, SimpleNamespace(cue=21))
    assert _cue_happening(doc, toll, [burned, ambushed]) is None


def test_a_report_dated_before_its_toll_is_no_bare_toll_of_the_happening_told_before(extract: Any) -> None:
    # 'On Sunday the army said its commandos had ..., killing 14': the day may be the deeds' own, and
    # the figure the commandos' killing, not the raid told before
    text = (
        "Insurgents overran a police post at Mbala on Friday. On Sunday the Zambian army said its "
        "commandos had pushed the insurgents back across the river, killing 14 of them."
    )
    events = extract(text, published="2026-06-24").events
    assert [e.killed for e in events if e.type == "attack"] == [None]
