"""The person mentions the affiliation rules read sentence by sentence."""

from __future__ import annotations

from spacy.language import Language

from nexus.extract import relations as R
from nexus.extract.entities import EntityCluster, Mention
from nexus.extract.relation_context import RelationContext
from nexus.extract.tokens import sentences


def _person(doc_text: str, name: str) -> EntityCluster:
    cluster = EntityCluster(type="PERSON", forms={name.lower(): name})
    at = -1
    while (at := doc_text.find(name, at + 1)) >= 0:
        cluster.mentions.append(Mention(at, at + len(name), name, 0))
    return cluster


def test_person_mentions_are_each_sentences_own_in_person_order(nlp: Language) -> None:
    text = (
        "Mayor Tomas Vell met Captain Ada Rinn on Monday. "
        "The river flooded the market. "
        "Rinn said Vell would return."
    )
    doc = nlp(text)
    vell, rinn = _person(text, "Vell"), _person(text, "Rinn")
    place = EntityCluster(type="PLACE", forms={"market": "market"})
    ctx = RelationContext(doc, [vell, rinn, place])
    found = [[(c, s.text) for c, s in R._person_mentions(ctx, sent)] for sent in sentences(doc)]
    assert found == [[(vell, "Vell"), (rinn, "Rinn")], [], [(vell, "Vell"), (rinn, "Rinn")]]
    again = [[(c, s.text) for c, s in R._person_mentions(ctx, sent)] for sent in sentences(doc)]
    assert again == found  # (read once per context, the same answers)


def test_person_mentions_are_read_afresh_for_a_new_context(nlp: Language) -> None:
    text = "Captain Ada Rinn spoke. Officer Lem Sova listened."
    doc = nlp(text)
    rinn, sova = _person(text, "Rinn"), _person(text, "Sova")
    first = RelationContext(doc, [rinn])
    assert [c for sent in sentences(doc) for c, _ in R._person_mentions(first, sent)] == [rinn]
    second = RelationContext(doc, [rinn, sova])
    assert [c for sent in sentences(doc) for c, _ in R._person_mentions(second, sent)] == [rinn, sova]
