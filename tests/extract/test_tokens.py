"""Per-Doc caches and shortcuts of the extraction stages give what the slow way gives."""

from __future__ import annotations

import random
from collections.abc import Collection
from typing import cast

import pytest
from spacy.symbols import AUX, PROPN
from spacy.tokens import Doc

from nexus.extract import dates
from nexus.extract.entities import EntityCluster, Mention, token_entity, token_entity_index
from nexus.extract.page import page_zones
from nexus.extract.pipeline import Extractor
from nexus.extract.registry import line_breaks
from nexus.extract.tokens import (
    deps,
    entity_spans,
    forget_lemma_columns,
    lemmas,
    like_nums,
    lower_flags,
    lowers,
    matching,
    pos_ids,
    quoted_flags,
    release,
    sentence_bounds,
    sentence_start,
    sentence_starts,
    sentences,
    space_flags,
    spaces,
    span_words,
    tagged,
    tags,
    texts,
    title_flags,
)

TEXT = (
    "MOPTI, Mali (Wire) -- Gunmen on motorbikes raided a cattle market near Sevare on Tuesday.\n"
    "The regional governor said eleven traders were killed and four were wounded.\n\n"
    "No group has claimed the raid. Troops reached the market two hours later, a resident told us."
)


@pytest.fixture(scope="module")
def parsed(extractor: Extractor) -> Doc:
    doc = extractor.nlp(TEXT)
    assert len(list(doc.sents)) > 2
    return doc


def test_sentence_start_and_bounds_match_token_sent(parsed: Doc) -> None:
    for token in parsed:
        sent = token.sent
        assert sentence_start(parsed, token.i) == sent.start
        assert sentence_bounds(parsed, token.i) == (sent.start, sent.end)
    assert sentence_starts(parsed) == [s.start for s in parsed.sents]


def test_sentences_are_the_doc_sentences_built_once(parsed: Doc) -> None:
    assert [(s.start, s.end, s.start_char, s.end_char) for s in sentences(parsed)] == [
        (s.start, s.end, s.start_char, s.end_char) for s in parsed.sents
    ]
    assert sentences(parsed) is sentences(parsed)


def test_token_columns_are_what_each_token_says(parsed: Doc) -> None:
    assert texts(parsed) == [t.text for t in parsed]
    assert lowers(parsed) == [t.lower_ for t in parsed]
    assert lemmas(parsed) == [t.lemma_.lower() for t in parsed]
    assert tags(parsed) == [t.tag_ for t in parsed]
    assert pos_ids(parsed) == [t.pos for t in parsed]
    assert like_nums(parsed) == [t.like_num for t in parsed]
    assert any(like_nums(parsed))  # "eleven", "four", "two"


def test_parse_and_layout_columns_are_what_each_token_says(parsed: Doc) -> None:
    assert deps(parsed) == [t.dep_ for t in parsed]
    assert spaces(parsed) == [bool(t.whitespace_) for t in parsed]
    assert title_flags(parsed) == [t.is_title for t in parsed]
    assert not all(spaces(parsed)) and any(title_flags(parsed))  # "--"+"\n", "Gunmen"
    assert lower_flags(parsed) == [t.is_lower for t in parsed]
    assert any(lower_flags(parsed)) and not all(lower_flags(parsed))  # "raided"; "MOPTI", "Gunmen"


def test_entity_spans_are_the_doc_entities(parsed: Doc) -> None:
    assert [(e.start, e.end, e.label_) for e in entity_spans(parsed)] == [
        (e.start, e.end, e.label_) for e in parsed.ents
    ]


def _reference_breaks(doc: Doc) -> list[int]:
    return [t.i + 1 for t in doc[:-1] if "\n" in t.text_with_ws]


@pytest.mark.parametrize(
    "text",
    [
        "First line\nSecond line",
        "Heading\n\nBody text starts here. It goes on.\n",
        "No break at all in this one.",
        "\nLeading break, then words\r\nand a Windows break.",
        "Tabs\tand  double  spaces\n \n end",
    ],
)
def test_line_breaks_start_a_sentence_after_each_break(extractor: Extractor, text: str) -> None:
    doc = line_breaks(extractor.nlp.make_doc(text))
    starts = {t.i for t in doc if t.is_sent_start and t.i > 0}
    assert set(_reference_breaks(doc)) <= starts


def test_each_page_zone_starts_a_sentence_at_its_first_token(extractor: Extractor) -> None:
    text = (
        "Gunmen torch two lorries on the coast road\nArmy says patrols stepped up\nBy Staff Reporter\n"
        "KISMAYO, Somalia - Attackers set fire to two lorries on Thursday, police said."
    )
    doc = line_breaks(extractor.nlp.make_doc(text))
    starts = {t.i for t in doc if t.is_sent_start and t.i > 0}
    zones = page_zones(doc)
    assert len(zones) >= 4  # headline, standfirst, byline, dateline, body
    assert next(t.i for t in doc if t.text == "Attackers") in starts  # the body's first word
    for zone in zones[1:]:
        first = next((t for t in doc if t.idx >= zone.start_char), None)
        if first is not None and first.i > 0 and not first.is_space:
            assert first.i in starts


def test_month_led_patterns_find_what_finditer_finds() -> None:
    rng = random.Random(7)
    words = [
        "May",
        "may",
        "June",
        "Sept.",
        "sept",
        "OCT",
        "3",
        "21st",
        "1998",
        "2031",
        ",",
        "of",
        "per cent",
        "x",
    ]
    texts = ["Fighting resumed on March 3, 2024 and again in May 2025; by June 9 it had stopped."]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(400)]
    patterns = [(k, p) for k, p in dates._PATTERNS if k in dates._MONTH_LED]
    assert len(patterns) == len(dates._MONTH_LED)
    for text in texts:
        starts = [m.start() for m in dates._MONTH_START.finditer(text)]
        for _, pattern in patterns:
            fast = [(m.span(), m.groupdict()) for m in dates._matches_at(pattern, text, starts)]
            assert fast == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_token_entity_index_follows_the_mentions_and_hands_out_copies(parsed: Doc) -> None:
    gunmen = next(t for t in parsed if t.text == "Gunmen")
    market = next(t for t in parsed if t.text == "market")
    cluster = EntityCluster(type="ORG")
    cluster.add(Mention(gunmen.idx, gunmen.idx + len(gunmen.text), gunmen.text, 0))
    first = token_entity_index(parsed, [cluster])
    assert first == {gunmen.i: cluster}
    first.clear()  # a caller's changes stay its own
    assert token_entity_index(parsed, [cluster]) == {gunmen.i: cluster}
    cluster.add(Mention(market.idx, market.idx + len(market.text), market.text, 0))
    assert token_entity_index(parsed, [cluster]) == {gunmen.i: cluster, market.i: cluster}


def test_token_entity_reads_the_index_of_the_mentions_as_they_stand(parsed: Doc) -> None:
    traders = next(t for t in parsed if t.text == "traders")
    cluster = EntityCluster(type="PERSON")
    assert token_entity(parsed, [cluster], traders.i) is None
    cluster.add(Mention(traders.idx, traders.idx + len(traders.text), traders.text, 0))
    assert token_entity(parsed, [cluster], traders.i) is cluster
    assert token_entity(parsed, [cluster], traders.i + 1) is None


def test_word_and_lemma_columns_match_the_tokens(parsed: Doc) -> None:
    assert lowers(parsed) == [t.lower_ for t in parsed]
    assert lemmas(parsed) == [t.lemma_.lower() for t in parsed]
    assert "kill" in lemmas(parsed)  # "were killed"


def test_space_flags_are_what_each_token_says(parsed: Doc) -> None:
    assert space_flags(parsed) == [t.is_space for t in parsed]
    assert any(space_flags(parsed))  # (the blank line between the paragraphs)


def test_matching_yields_what_a_filtered_loop_over_the_sentence_yields(parsed: Doc) -> None:
    lemma_words = frozenset({"kill", "wound", "reach"})
    words = frozenset({"gunmen", "market", "told"})
    also = {0, 3}
    for sent in parsed.sents:
        slow = [t.i for t in sent if t.lemma_.lower() in lemma_words or t.lower_ in words or t.i in also]
        assert [t.i for t in matching(sent, lemma_words, words, also=also)] == slow
    assert [t.lower_ for t in matching(parsed[:], (), ("market",))] == ["market", "market"]


@pytest.mark.parametrize(
    ("lemma_words", "words"),
    [
        (frozenset({"raid", "reach"}), ()),  # a set of lemmas
        ({"wound": ["attack"]}, {"told": 1}),  # lexicons kept as dicts (their keys count)
        (("nothing", "here"), ["absent", "words"]),  # tuples and lists, no word present
        ((), ("no", "two")),  # only word forms
        (frozenset({"market", "be"}), {"market", "were"}),  # words met twice, by lemma and by form at once
    ],
)
def test_matching_answers_from_the_word_sets_whatever_the_lexicon_type(
    parsed: Doc, lemma_words: object, words: object
) -> None:
    lemmas_in = cast(Collection[str], lemma_words)
    words_in = cast(Collection[str], words)
    for span in [*parsed.sents, parsed[:], parsed[2:9]]:
        slow = [t.i for t in span if t.lemma_.lower() in lemmas_in or t.lower_ in words_in]
        assert [t.i for t in matching(span, lemmas_in, words_in)] == slow
        found_lemmas, found_words = span_words(span)
        assert found_lemmas == {t.lemma_.lower() for t in span}
        assert found_words == {t.lower_ for t in span}


def test_matching_over_a_long_span_yields_what_a_filtered_loop_yields(extractor: Extractor) -> None:
    doc = extractor.nlp(" ".join([TEXT] * 3))
    assert len(doc) > 150
    lexicons: list[tuple[Collection[str], Collection[str]]] = [
        (frozenset({"kill", "market", "be"}), frozenset({"market", "were", "told"})),
        ({"wound": 1}, ["gunmen", "raid"]),
        ((), ("no",)),
    ]
    for lemma_words, words in lexicons:
        for span in (doc[:], doc[5:140]):
            slow = [t.i for t in span if t.lemma_.lower() in lemma_words or t.lower_ in words]
            assert slow
            assert [t.i for t in matching(span, lemma_words, words)] == slow


def test_tagged_yields_what_a_filtered_loop_over_the_span_yields(parsed: Doc) -> None:
    assert tags(parsed) == [t.tag_ for t in parsed]
    wanted, words = frozenset({"NN", "NNS"}), frozenset({"four"})
    for span in [*parsed.sents, parsed[3:12]]:
        slow = [t.i for t in span if t.tag_ in wanted or t.lower_ in words]
        assert [t.i for t in tagged(span, wanted, words)] == slow
    assert any(t.lower_ == "four" for t in tagged(parsed[:], (), words))


def test_release_drops_the_caches_and_a_fresh_read_rebuilds_them(extractor: Extractor) -> None:
    doc = extractor.nlp("Rebels shelled the port of Hodeidah. Two fishermen died.")
    first = sentence_starts(doc)
    lemmas(doc)
    assert doc.user_data
    release(doc)
    assert not doc.user_data
    assert sentence_starts(doc) == first


def test_lemma_columns_read_before_a_mend_see_the_mended_lemma(extractor: Extractor) -> None:
    from nexus.extract.entities import mend_past_forms

    doc = extractor.nlp("Insurgents overran a police post near Velka Lhota before dawn.")
    overran = next(t for t in doc if t.lower_ == "overran")
    overran.lemma_ = "overran"  # (as the lemmatizer leaves it)
    forget_lemma_columns(doc)
    sent = overran.sent
    assert lemmas(doc)[overran.i] == "overran"  # read before the mend, as the gazetteer stage does
    assert "overran" in span_words(sent)[0]
    assert mend_past_forms(doc) == 1
    assert lemmas(doc)[overran.i] == "overrun"
    assert "overrun" in span_words(sent)[0]
    assert [t.i for t in matching(sent, {"overrun"})] == [overran.i]


def test_a_mended_parse_is_read_again_from_the_columns(extractor: Extractor) -> None:
    from nexus.extract.entities import mend_named_auxiliaries

    doc = extractor.nlp("Gunmen raided a depot near Kasara on Sunday. ISK claimed the raid a day later.")
    name = next(t for t in doc if t.text == "ISK")
    name.dep_, name.pos_ = "aux", "AUX"  # (as the parser can leave a one-word name before a verb)
    forget_lemma_columns(doc)
    assert deps(doc)[name.i] == "aux"  # read before the mend, as the entity stage does
    assert pos_ids(doc)[name.i] == AUX
    assert mend_named_auxiliaries(doc, doc._.nexus_entities) == 1
    assert deps(doc)[name.i] == "nsubj"
    assert pos_ids(doc)[name.i] == PROPN


QUOTED = (
    'A herder said "they came at dawn and burned the huts" before the patrol arrived.\n'
    "The officer's men said nothing, and a 'source' spoke of \u201cmany dead\u201d there.\n"
    '"An open quote runs to the line break\n'
    "so this line is outside it."
)


def test_quoted_flags_count_double_marks_in_the_paragraph_before_each_token(extractor: Extractor) -> None:
    doc = extractor.nlp(QUOTED)
    inside = {t.text for t, flag in zip(doc, quoted_flags(doc), strict=True) if flag}
    assert {"they", "came", "dawn", "burned", "huts"} <= inside  # between the straight marks
    assert {"many", "dead"} <= inside  # between curly marks
    assert {"open", "quote", "runs"} <= inside  # an opened quote, up to the line break
    assert not {"herder", "patrol", "officer", "men", "source", "spoke", "outside"} & inside
    # (single marks are apostrophes as often as quotes; the line break closes what it opened)
    first = next(t for t in doc if t.text == "they")
    assert quoted_flags(doc)[first.i - 1] is False  # the opening mark itself stands outside


def test_in_quotes_reads_the_doc_column(extractor: Extractor) -> None:
    from nexus.extract.triggers import in_quotes

    doc = extractor.nlp(QUOTED)
    assert [in_quotes(t) for t in doc] == quoted_flags(doc)
    assert quoted_flags(extractor.nlp("")) == []
