"""What the learned relation stage reads about a pair beyond its words (``nexus.extract.pair_context``)
and the hook's revision of the rules' relations (``relation_model.revision``)."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract import relation_model
from nexus.extract.entities import EntityCluster
from nexus.extract.pair_context import RuleLinks, mention_role
from nexus.extract.parse_index import parse_index
from nexus.extract.relation_context import RelationDraft
from nexus.extract.relation_model import pair_candidates, revision
from nexus.extract.tokens import lemmas


def parsed(extractor: Any, text: str) -> tuple[Any, list[EntityCluster]]:
    doc = extractor.nlp(text)
    return doc, doc._.nexus_entities


def features(extractor: Any, text: str, a: str, b: str, rules: RuleLinks | None = None) -> tuple[str, ...]:
    doc, clusters = parsed(extractor, text)
    for c in pair_candidates(doc, clusters, rules):
        if {c.first.name, c.second.name} == {a, b}:
            return c.features
    raise AssertionError(f"no pair {a!r} / {b!r}")


def cluster(clusters: list[EntityCluster], name: str) -> EntityCluster:
    (found,) = [c for c in clusters if c.name == name]
    return found


SHELLING = "The Ardent Corps shelled the Harrow Militia outside Veltry at dawn on Sunday."


def test_the_subject_and_object_of_one_attack_verb_share_their_governor(extractor: Any) -> None:
    feats = features(extractor, SHELLING, "Ardent Corps", "Harrow Militia")
    assert "OO=SUBJ_OBJ" in feats
    assert "SG=SUBJ_OBJ" in feats
    assert any(f.startswith("SGE=SUBJ_OBJ|") for f in feats)  # "shell" is an event trigger


def test_a_place_under_a_preposition_takes_the_preposition_as_its_role(extractor: Any) -> None:
    feats = features(extractor, SHELLING, "Harrow Militia", "Veltry")
    assert "O2=PREP:outside" in feats


def test_the_object_of_by_in_a_passive_is_the_agent(extractor: Any) -> None:
    text = "A patrol of the Serran Guard was ambushed by the Coldwater Rebels near a ford."
    doc, _ = parsed(extractor, text)
    parse = parse_index(doc)
    rebels = next(t for t in doc if t.text == "Rebels")
    role, governor = mention_role(rebels.i, parse.heads, parse.deps, lemmas(doc))
    assert role == "AGENT"
    assert doc[governor].lemma_ == "ambush"


def test_a_second_conjunct_takes_the_role_of_the_first(extractor: Any) -> None:
    doc, _ = parsed(extractor, "The Tovar Lancers and the Brisk Rangers stormed an outpost at dusk.")
    parse = parse_index(doc)
    rangers = next(t for t in doc if t.text == "Rangers")
    assert parse.deps[rangers.i] == "conj"
    role, governor = mention_role(rangers.i, parse.heads, parse.deps, lemmas(doc))
    assert role == "SUBJ"
    assert doc[governor].lemma_ == "storm"


def test_members_of_one_list_are_a_coordination(extractor: Any) -> None:
    text = "Delegates of Amber Union, Corran Workers Party and Selt Assembly met in a hall."
    feats = features(extractor, text, "Amber Union", "Selt Assembly")
    assert "COORD" in feats
    apart = features(extractor, SHELLING, "Ardent Corps", "Harrow Militia")
    assert "COORD" not in apart


def test_a_title_before_the_first_mention_is_a_cue_beside_the_pair(extractor: Any) -> None:
    text = "Interior Minister Halvard Oyelaran blamed the Quell Front for the ambush."
    feats = features(extractor, text, "Halvard Oyelaran", "Quell Front")
    assert "XL=role_nouns" in feats


def test_a_mention_in_quotation_marks_and_a_hedge_cue_are_read(extractor: Any) -> None:
    text = 'He said "the Ardent Corps is arming the Harrow Militia" and the Veltry Council reportedly agreed.'
    feats = features(extractor, text, "Ardent Corps", "Harrow Militia")
    assert "Q" in feats and "HG" in feats
    plain = features(extractor, SHELLING, "Ardent Corps", "Harrow Militia")
    assert "Q" not in plain and "HG" not in plain


def test_the_sentence_place_in_the_report_is_bucketed(extractor: Any) -> None:
    text = (
        "The Ardent Corps shelled the Harrow Militia on Sunday. Officials said little. "
        "The Ardent Corps had fought the Harrow Militia before."
    )
    doc, clusters = parsed(extractor, text)
    buckets = {
        next(f for f in c.features if f.startswith("SI="))
        for c in pair_candidates(doc, clusters)
        if {c.first.name, c.second.name} == {"Ardent Corps", "Harrow Militia"}
    }
    assert buckets == {"SI=0", "SI=2"}


def test_the_rules_reading_of_the_pair_is_a_feature(extractor: Any) -> None:
    doc, _ = parsed(extractor, SHELLING)
    sentence = next(iter(doc.sents)).text.strip()
    here = RuleLinks.of([(sentence, "hostility", "Ardent Corps", "Harrow Militia")])
    elsewhere = RuleLinks.of([("Another sentence.", "hostility", "Harrow Militia", "Ardent Corps")])
    third = RuleLinks.of([(sentence, "based_in", "Harrow Militia", "Veltry")])
    assert "RS=hostility" in features(extractor, SHELLING, "Ardent Corps", "Harrow Militia", here)
    read_elsewhere = features(extractor, SHELLING, "Ardent Corps", "Harrow Militia", elsewhere)
    assert "RD=hostility" in read_elsewhere and "RS=hostility" not in read_elsewhere
    assert "RO=based_in" in features(extractor, SHELLING, "Ardent Corps", "Harrow Militia", third)
    assert not any(
        f[:3] in ("RS=", "RD=", "RO=")
        for f in features(extractor, SHELLING, "Ardent Corps", "Harrow Militia")
    )


def _rule(doc: Any, clusters: list[EntityCluster], a: str, rtype: str, b: str) -> RelationDraft:
    return RelationDraft(cluster(clusters, a), rtype, cluster(clusters, b), None, next(iter(doc.sents)), None)


def test_a_rule_relation_scored_below_the_drop_threshold_is_dropped(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc, clusters = parsed(extractor, SHELLING)
    found = [_rule(doc, clusters, "Ardent Corps", "cooperation", "Harrow Militia")]
    monkeypatch.setenv(relation_model.ENV_ADD_AT, "1.0")
    monkeypatch.setenv(relation_model.ENV_DROP_AT, "1.0")  # every probability is below it
    _, dropped = revision(doc, clusters, found)
    assert dropped == {(frozenset(("ardent corps", "harrow militia")), "cooperation")}
    assert relation_model.revised_relations(doc, clusters, found) == []
    monkeypatch.setenv(relation_model.ENV_DROP_AT, "0.0")
    assert relation_model.revised_relations(doc, clusters, found) == found


def test_a_rule_relation_of_a_pair_the_model_never_scored_is_kept(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The Ardent Corps shelled a depot on Sunday. The Harrow Militia withdrew."
    doc, clusters = parsed(extractor, text)
    found = [_rule(doc, clusters, "Ardent Corps", "hostility", "Harrow Militia")]  # named apart
    monkeypatch.setenv(relation_model.ENV_DROP_AT, "1.0")
    assert revision(doc, clusters, found)[1] == set()


def test_the_model_stays_off_when_asked(extractor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    doc, clusters = parsed(extractor, SHELLING)
    found = [_rule(doc, clusters, "Ardent Corps", "cooperation", "Harrow Militia")]
    monkeypatch.setenv(relation_model.ENV_MODE, "off")
    monkeypatch.setenv(relation_model.ENV_DROP_AT, "1.0")
    assert relation_model.revised_relations(doc, clusters, found) == found


def test_the_shipped_thresholds_name_every_relation_type() -> None:
    assert set(relation_model.ADD_AT) == set(relation_model.RELATION_TYPES)
    assert set(relation_model.DROP_BELOW) == set(relation_model.RELATION_TYPES)
    assert all(relation_model.DROP_BELOW[t] < relation_model.ADD_AT[t] for t in relation_model.RELATION_TYPES)
