"""The learned relation stage: candidate pairs, their features, the shipped model and the hook."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from nexus.extract import relation_model
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_model import (
    direct,
    learned_relations,
    may_relate,
    pair_candidates,
    score_pairs,
)


def parsed(extractor: Any, text: str) -> tuple[Any, list[EntityCluster]]:
    doc = extractor.nlp(text)
    return doc, doc._.nexus_entities


def candidate(extractor: Any, text: str, a: str, b: str) -> relation_model.PairCandidate:
    doc, clusters = parsed(extractor, text)
    for c in pair_candidates(doc, clusters):
        if {c.first.name, c.second.name} == {a, b}:
            return c
    pairs = [(c.first.name, c.second.name) for c in pair_candidates(doc, clusters)]
    raise AssertionError(f"no candidate pair {a!r} / {b!r} in {pairs}")


FACTION = (
    "The Marovo Brigade, a breakaway faction of the Ulsan Liberation Front, ambushed a police "
    "convoy near Tembisa on Monday."
)


def test_a_pair_named_in_one_sentence_is_a_candidate_with_the_words_between(extractor: Any) -> None:
    c = candidate(extractor, FACTION, "Marovo Brigade", "Ulsan Liberation Front")
    assert c.first.name == "Marovo Brigade"
    assert "K=ORG_ORG" in c.features
    assert "B=faction" in c.features and "B=breakaway" in c.features
    assert any(f.startswith("P=") for f in c.features)  # the dependency path between the two


def test_names_themselves_are_never_features(extractor: Any) -> None:
    c = candidate(extractor, FACTION, "Marovo Brigade", "Ulsan Liberation Front")
    words = " ".join(c.features).lower()
    for name_word in ("marovo", "ulsan", "liberation", "tembisa"):
        assert name_word not in words


def test_the_rules_cue_words_become_lexicon_features(extractor: Any) -> None:
    c = candidate(extractor, FACTION, "Marovo Brigade", "Ulsan Liberation Front")
    assert "X=group_link_nouns" in c.features  # "faction" is in relations.yaml


def test_two_places_that_are_not_both_countries_are_no_candidate() -> None:
    town = EntityCluster(type="PLACE", subtype="city")
    province = EntityCluster(type="PLACE", subtype="admin")
    assert not may_relate(town, province)
    assert may_relate(
        EntityCluster(type="PLACE", subtype="country"), EntityCluster(type="PLACE", subtype="country")
    )
    assert may_relate(EntityCluster(type="PERSON"), province)  # a governor's province


def test_a_person_is_the_source_of_an_affiliation_whatever_the_order(extractor: Any) -> None:
    text = "The Ulsan Liberation Front named Tomas Verhoek as its new commander on Friday."
    c = candidate(extractor, text, "Ulsan Liberation Front", "Tomas Verhoek")
    source, target = direct(c, "affiliation")
    assert (source.name, target.name) == ("Tomas Verhoek", "Ulsan Liberation Front")


def test_the_model_scores_each_relation_type(extractor: Any) -> None:
    c = candidate(extractor, FACTION, "Marovo Brigade", "Ulsan Liberation Front")
    (scores,) = score_pairs([c])
    assert set(scores) == set(relation_model.RELATION_TYPES)
    assert all(0.0 <= p <= 1.0 for p in scores.values())
    assert scores["affiliation"] > scores["based_in"]


def test_the_hook_adds_nothing_the_rules_already_found(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(relation_model.ENV_ADD_AT, "0.0")  # every pair and type passes
    doc, clusters = parsed(extractor, FACTION)
    added = learned_relations(doc, clusters, [])
    assert added and all(r.score is not None for r in added)
    again = learned_relations(doc, clusters, added)
    assert again == []


def test_the_hook_is_off_when_asked(extractor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(relation_model.ENV_MODE, "off")
    monkeypatch.setenv(relation_model.ENV_ADD_AT, "0.0")
    doc, clusters = parsed(extractor, FACTION)
    assert learned_relations(doc, clusters, []) == []


def test_learned_relations_carry_their_probability_as_confidence(
    extract: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Rebels of the Kessel People's Army, which is allied with the Dunmore Front, raided Tembisa."
    monkeypatch.setenv(relation_model.ENV_MODE, "off")
    rules_only = {(r.source, r.target, r.type) for r in extract(text).relations}
    monkeypatch.setenv(relation_model.ENV_MODE, "add")
    monkeypatch.setenv(relation_model.ENV_ADD_AT, "0.0")
    learned = [r for r in extract(text).relations if (r.source, r.target, r.type) not in rules_only]
    assert learned
    assert all(0.0 <= r.confidence <= 1.0 and r.evidence.sentence for r in learned)


def test_the_shipped_model_matches_its_checksums() -> None:
    assert relation_model.verify_model() == []


def test_an_altered_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "relation_model"
    shutil.copytree(relation_model.MODEL_DIR, copy)
    weights = next(p for p in copy.rglob("model") if p.is_file())
    weights.write_bytes(weights.read_bytes() + b"\0")
    monkeypatch.setattr(relation_model, "MODEL_DIR", copy)
    relation_model.load_model.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="differs from its SHA256SUMS"):
            relation_model.load_model()
    finally:
        relation_model.load_model.cache_clear()


def test_the_hook_adds_nothing_the_rules_found_through_another_entity_of_one_name(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a region the tagger also reads as a person elsewhere in the report is two entities of one
    # name: a rule's relation to either end is the relation the model would add to the other
    monkeypatch.setenv(relation_model.ENV_ADD_AT, "0.0")
    doc, clusters = parsed(extractor, FACTION)
    added = learned_relations(doc, clusters, [])
    assert added
    twins = [
        replace(
            draft,
            target=EntityCluster(
                type="PERSON" if draft.target.type != "PERSON" else "ORG", forms=dict(draft.target.forms)
            ),
            score=None,
        )
        for draft in added
    ]
    assert all(
        t.target is not d.target and t.target.name == d.target.name for t, d in zip(twins, added, strict=True)
    )
    assert learned_relations(doc, clusters, twins) == []


def test_the_hook_relates_no_entity_to_another_of_its_own_name(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(relation_model.ENV_ADD_AT, "0.0")
    doc, clusters = parsed(extractor, FACTION)
    assert all(d.source.name != d.target.name for d in learned_relations(doc, clusters, []))


def test_two_entities_of_one_name_give_the_model_one_relation_per_pair_and_type(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the tagger reads the second "Velmora" as a person: two entities of one name beside the group,
    # each scored by the model; a relation's id knows only the names, so it adds one, not two
    monkeypatch.setenv(relation_model.ENV_ADD_AT, "0.0")
    text = (
        "The Korath People's Front, a rebel group from Velmora, has fought army units in northern "
        "Velmora since 2019."
    )
    doc, clusters = parsed(extractor, text)
    (place,) = [c for c in clusters if c.name == "Velmora"]
    assert len(place.mentions) == 2
    twin = EntityCluster(type="PERSON", forms=dict(place.forms), mentions=place.mentions[1:])
    place.mentions = place.mentions[:1]
    added = learned_relations(doc, [*clusters, twin], [])
    pairs = [(d.type, frozenset((d.source.name, d.target.name))) for d in added]
    assert any("Velmora" in names for _, names in pairs)
    assert len(pairs) == len(set(pairs))


def test_rule_ends_and_a_competing_reading() -> None:
    ends = relation_model.rule_ends(
        [("B was accused by A of sheltering C.", "cooperation", "Benu", "Corla Front")]
    )
    sentence = "B was accused by A of sheltering C."
    assert relation_model.reads_other_link(ends, sentence, "cooperation", frozenset({"ardan", "corla front"}))
    # another type, or another sentence, is not the rules' reading
    assert not relation_model.reads_other_link(
        ends, sentence, "hostility", frozenset({"ardan", "corla front"})
    )
    assert not relation_model.reads_other_link(
        ends, "A sheltered C.", "cooperation", frozenset({"ardan", "corla front"})
    )


def _token_features(
    first: EntityCluster, second: EntityCluster, a: Any, b: Any, index: dict[int, EntityCluster]
) -> tuple[str, ...]:
    """The features of a pair read token by token (Token attributes, ``a.sent``): what
    ``pair_features`` reads from the Doc's cached columns must come out the same."""
    doc, kind, sort = a.doc, relation_model.kind_of, relation_model.sort_of

    def word(t: Any) -> str:
        other = index.get(t.i)
        return (
            f"<{kind(other)}>" if other is not None else "#" if t.like_num else (t.lemma_ or t.text).lower()
        )

    kinds = f"{kind(first)}_{kind(second)}"
    feats = [f"K={kinds}", f"KS={sort(first)}_{sort(second)}"]
    between = [t for t in doc[a.end : b.start] if not t.is_space]
    words = [word(t) for t in between]
    feats.append(f"D={relation_model._gap_bucket(len(between))}")
    feats += [f"B={w}" for w in words]
    feats += [f"BF={words[0]}", f"BL={words[-1]}"] if words else []
    feats += ["BS=" + "_".join(words)] if len(words) <= relation_model.SHORT_GAP else []
    feats.append(f"BE={min(sum(1 for t in between if t.i in index and t.i - 1 not in index), 3)}")
    sent, window = a.sent, relation_model.WINDOW
    left = [t for t in doc[max(sent.start, a.start - window) : a.start] if not t.is_space]
    right = [t for t in doc[b.end : min(sent.end, b.end + window)] if not t.is_space]
    feats += [f"L{len(left) - n}={word(t)}" for n, t in enumerate(left)]
    feats += [f"R{n + 1}={word(t)}" for n, t in enumerate(right)]
    path = relation_model._path(a.root, b.root)
    if path is not None:
        up, top, down = path
        feats.append("P=" + "_".join([t.dep_ for t in up] + ["^"] + [t.dep_ for t in reversed(down)]))
        feats += [f"PW={word(t)}" for t in (*up[1:], *down[1:]) if t.i not in index]
        feats += [f"PT={'self' if top.i in index else word(top)}", f"PL={min(len(up) + len(down), 6)}"]
    classes = relation_model.lexicon_classes()
    on = (*between, *(path[0] if path else ()), *(path[2] if path else ()))
    feats += sorted({f"X={k}" for t in on for k in classes.get((t.lemma_ or "").lower(), ())})
    conj = [
        f"K{f[0]}={kinds}|{f.split('=', 1)[1]}" for f in feats if f[0] in "BPX" and not f.startswith("BE")
    ]
    return tuple(feats + conj)


def test_pair_features_from_the_columns_are_those_read_token_by_token(extractor: Any) -> None:
    from nexus.extract.entities import token_entity_index

    text = (
        "KORVALA, Nerath (Wire) -- The Dusk Legion, a splinter of the Nerath People's Army, and  "
        "17 gunmen loyal to Colonel Ambrose Tefari attacked Korvala's depot on Friday.\n\n"
        "Officials of the Nerath Interior Ministry said the Dusk Legion had fought the army since "
        "2019 and was backed by the Varsin Council, which denies it."
    )
    doc, clusters = parsed(extractor, text)
    index = token_entity_index(doc, list(clusters))
    assert any(t.is_space for t in doc)  # (a doubled space and a blank line: whitespace tokens skipped)
    seen = 0
    # every pair of distinct entity runs of a sentence, in text order
    for sent in doc.sents:
        runs = []
        i = sent.start
        while i < sent.end:
            owner = index.get(i)
            if owner is None:
                i += 1
                continue
            end = i + 1
            while end < sent.end and index.get(end) is owner:
                end += 1
            runs.append((doc[i:end], owner))
            i = end
        for n, (a, ca) in enumerate(runs):
            for b, cb in runs[n + 1 :]:
                if ca is not cb:
                    expected = _token_features(ca, cb, a, b, index)
                    assert relation_model.pair_features(ca, cb, a, b, index) == expected
                    seen += 1
    assert seen >= 5


def test_the_path_read_from_the_head_column_is_the_path_of_the_tokens(extractor: Any) -> None:
    from nexus.extract.parse_index import parse_index

    doc, _ = parsed(
        extractor,
        "Fighters of the Kessel Front, who had crossed from Varna overnight, shelled two farms "
        "outside Dorvik while officials in Lanz urged calm.",
    )
    heads = parse_index(doc).heads
    for a in doc:
        for b in doc:
            path = relation_model._path(a, b)
            found = relation_model._index_path(heads, a.i, b.i)
            expected = None if path is None else ([t.i for t in path[0]], path[1].i, [t.i for t in path[2]])
            assert found == expected, (a.text, b.text)
