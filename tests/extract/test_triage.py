"""Document triage: off-topic news is skipped unparsed, security reports go through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from nexus.extract import triage
from nexus.extract.pipeline import Extractor
from nexus.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def tokenizer() -> spacy.language.Language:
    return spacy.blank("en")


def test_shipped_model_matches_its_checksums() -> None:
    assert triage.verify_model() == []


def test_document_without_cue_words_is_skipped_before_the_classifier(
    tokenizer: spacy.language.Language,
) -> None:
    doc = tokenizer.make_doc("The bakery on Mill Lane sold four hundred loaves before noon on Saturday.")
    [decision] = triage.decide([doc])
    assert not decision.relevant
    assert decision.cues == 0 and decision.score is None
    assert "no security cue" in decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents ambushed a police patrol outside Gao on Friday, killing six officers, an official said.",
        "A car bomb exploded near a military checkpoint in Herat, wounding nine soldiers.",
        "The interior minister met his Turkish counterpart in Ankara to discuss border security.",
    ],
)
def test_security_reports_are_relevant(tokenizer: spacy.language.Language, text: str) -> None:
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert decision.relevant, decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria suspended the visas of all officials of the junta on Tuesday.",
        "The treasury froze the assets of two traders accused of moving money for the group.",
    ],
)
def test_measures_between_states_reach_the_classifier(tokenizer: spacy.language.Language, text: str) -> None:
    # a sanction told in one sentence has no violent word; it must not be skipped unread
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert decision.cues > 0, decision.reason
    assert decision.relevant, decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ticket sales for the musical bombed in its first month, and the producers cut the run short. "
        "The lead actor said the reviews had been brutal.",
        "Harbour Town fired three shots on target in the first half but still lost the derby 1-0. "
        "Their striker was injured in the warm-up and missed the second leg.",
    ],
)
def test_everyday_senses_of_trigger_words_are_not_relevant(
    tokenizer: spacy.language.Language, text: str
) -> None:
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert not decision.relevant, decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "Copper rallies as mines cut output\nSANTIAGO, May 6 (Metal Wire) - Copper prices climbed on "
        "Tuesday after two large mines cut their output forecasts, traders said. Stocks of the metal "
        "fell for a third week.",
        "Storm batters the coast, thousands without power\nBREST (Atlantic Daily) — A powerful storm lashed "
        "the coast on Thursday, killing two people, uprooting trees and leaving a million homes without "
        "electricity, officials said. Gusts of 180 km/h were recorded on the islands, where schools closed.",
    ],
)
def test_other_news_laid_out_as_a_page_is_not_relevant(tokenizer: spacy.language.Language, text: str) -> None:
    # a headline, a dateline and a death in an accident do not make a report about security
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert not decision.relevant, decision.reason


@pytest.mark.parametrize(
    "text",
    [
        # a minister's "said ... would" about fares, quotas or roads is politics, not a statement of security
        "The fisheries minister said the cod quota would be cut by a tenth next season, angering trawler "
        "owners. She told parliament the savings would pay for new harbour cranes.",
        "The minister of roads said the ring road would be widened to six lanes by 2029. Drivers' groups "
        "said the plan would do little for congestion.",
        "The governor said the new bridge would open in June, and the mayor said it would halve commuting "
        "times for 30,000 people.",
        # diplomacy about trade and tourism
        "The trade minister flew to Seoul for talks on car exports and semiconductor supplies. He also "
        "opened a trade fair and met students at a language school.",
        "The visiting premier was welcomed with a gun salute and a parade at the airport, before talks on "
        "tourism and cheaper flights.",
        # a fraud trial, and a company's war on waste
        "Prosecutors told the court that the accountant had forged invoices worth two million euros. "
        "The trial resumes in March.",
        "The new boss has declared war on waste and wants to kill off unprofitable product lines. Analysts "
        "said the battle for market share would be long.",
    ],
)
def test_politics_diplomacy_courts_and_business_idiom_are_not_relevant(
    tokenizer: spacy.language.Language, text: str
) -> None:
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert not decision.relevant, decision.reason


@pytest.mark.parametrize(
    "text",
    [
        # the same shapes about security stay relevant
        "The minister said the gunmen who attacked the bus station would be tracked down and punished. "
        "Police have arrested two suspects.",
        "The interior ministry said more troops would be sent to the border province after militants "
        "ambushed a convoy.",
        "The foreign minister flew to Kampala for talks on the rebel offensive in the east.",
        "The government said it would ban the militia and freeze its bank accounts after the massacre in "
        "the market town.",
    ],
)
def test_security_in_the_shapes_of_politics_is_relevant(
    tokenizer: spacy.language.Language, text: str
) -> None:
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert decision.relevant, decision.reason


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        (
            "Advertisement\nListen to this article\nThe minister of roads said the ring road would be "
            "widened to six lanes by 2029. Drivers' groups said the plan would do little for congestion.\n"
            "Sign up for our morning newsletter\nRelated stories",
            False,
        ),
        (
            "Skip to content\nBy our staff reporter\nGunmen on motorbikes attacked a village market near "
            "Dosso on Sunday, killing eleven traders, the local governor said.\n"
            "Read more:\nShare this article",
            True,
        ),
    ],
)
def test_page_furniture_does_not_decide(
    tokenizer: spacy.language.Language, text: str, relevant: bool
) -> None:
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert decision.relevant is relevant, decision.reason


def test_a_short_text_with_one_strong_cue_word_needs_a_lower_score(
    tokenizer: spacy.language.Language,
) -> None:
    # one sentence gives the classifier few features: with one word of violence it needs less
    short = tokenizer.make_doc(
        "A drone hit a pickup truck on the road out of Tarvin on Monday, residents said."
    )
    [probe] = triage.decide([short])
    p = probe.score
    assert p is not None
    [lenient] = triage.decide([short], threshold=p + 0.01, short_threshold=p - 0.01)
    assert lenient.relevant, lenient.reason
    [strict] = triage.decide([short], threshold=p + 0.01, short_threshold=p + 0.01)
    assert not strict.relevant
    # a short text without a strong cue word keeps the ordinary bar
    weak = tokenizer.make_doc("The ambassador presented his letters to the president on Monday.")
    [w] = triage.decide([weak])
    assert w.score is not None
    [kept] = triage.decide([weak], threshold=w.score + 0.01, short_threshold=0.0)
    assert not kept.relevant


def test_a_closed_border_crossing_reaches_the_classifier(tokenizer: spacy.language.Language) -> None:
    doc = tokenizer.make_doc("Officials shut the Ravna crossing on Tuesday after an exchange of fire.")
    [decision] = triage.decide([doc])
    assert decision.cues > 0, decision.reason


def test_a_security_report_laid_out_as_a_page_is_relevant(tokenizer: spacy.language.Language) -> None:
    text = (
        "Militants storm police post in the north\nPESHAWAR (Frontier Wire) — Militants armed with rifles "
        "and grenades stormed a police post on the outskirts of the city before dawn on Monday, killing four "
        "officers, a police official said. Reinforcements were sent to the area after a two-hour gunfight."
    )
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert decision.relevant, decision.reason


def test_classifier_reads_docs_from_another_vocabulary(tokenizer: spacy.language.Language) -> None:
    text = "Gunmen stormed a hotel in the capital and took guests hostage, police said."
    own = triage.score_texts([text])[0]
    other = triage.scores([tokenizer.make_doc(text)])[0]
    assert other == pytest.approx(own, abs=1e-6)


def test_skipped_document_has_no_facts_and_a_reason(extractor: Extractor) -> None:
    doc = Document(
        id="weather-1", text="Light showers will clear by the afternoon, leaving a mild and sunny evening."
    )
    extraction = extractor.extract(doc)
    assert extraction.skipped is not None and extraction.skipped.startswith("triage:")
    assert extraction.entities == [] and extraction.events == [] and extraction.dates == []
    contract = extraction.to_contract()
    assert contract["skipped"] == extraction.skipped
    json.dumps(contract)


def test_parsed_document_has_no_skip_field(extractor: Extractor) -> None:
    doc = Document(
        id="sec-1", text="Militants attacked an army base in Kidal on Sunday, killing four soldiers."
    )
    extraction = extractor.extract(doc)
    assert extraction.skipped is None
    assert "skipped" not in extraction.to_contract()
    assert extraction.events


def test_batch_keeps_order_and_skips_only_off_topic(extractor: Extractor) -> None:
    docs = [
        Document(id="a", text="The orchestra announced its new season with three premieres in the autumn."),
        Document(id="b", text="Gunmen killed five villagers near Zamfara on Tuesday, police said."),
        Document(id="c", text="Share prices edged higher in early trading as bond yields eased."),
    ]
    out = list(extractor.extract_many(docs))
    assert [x.document.id for x in out] == ["a", "b", "c"]
    assert [x.skipped is None for x in out] == [False, True, False]


def test_triage_off_parses_everything() -> None:
    extractor = Extractor(triage=False)
    doc = Document(
        id="w", text="Light showers will clear by the afternoon, leaving a mild and sunny evening."
    )
    assert extractor.extract(doc).skipped is None


def test_cli_reports_the_skip_and_no_triage_parses(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from nexus.cli import app

    report = tmp_path / "garden.txt"
    report.write_text(
        "The flower show opens on Friday with a record number of rose growers.", encoding="utf-8"
    )
    runner = CliRunner()
    on = runner.invoke(app, ["extract", str(report), "--format", "jsonl"])
    off = runner.invoke(app, ["extract", str(report), "--format", "jsonl", "--no-triage"])
    assert on.exit_code == 0 and off.exit_code == 0
    assert json.loads(on.stdout.splitlines()[-1])["skipped"].startswith("triage:")
    assert "skipped" not in json.loads(off.stdout.splitlines()[-1])


def test_classifier_loaded_alone_scores_as_the_whole_shipped_pipeline() -> None:
    # Start-up restores only the textcat component; it must give the very probabilities the
    # full saved pipeline (with its own English tokenizer) gives on the same tokenized texts.
    import numpy

    whole = spacy.load(triage.MODEL_DIR)
    texts = [
        "Militants stormed a police post near the river crossing at dawn, killing three guards.",
        "The harvest festival drew record crowds to the old market square this weekend.",
    ]
    docs = [whole.make_doc(t) for t in texts]
    expected = numpy.asarray(whole.get_pipe("textcat").model.predict(docs))[:, 0]
    assert triage.load_model().pipe_names == ["textcat"]
    assert triage.scores(docs) == pytest.approx(list(expected))
    assert triage.score_texts(texts) == pytest.approx(list(expected))


@pytest.mark.parametrize(
    "text",
    [
        "Assistant commissioner Rahim Khan told reporters that four people died in the explosion in Hangu.",
        "The district administrator told journalists that six people died in the explosion at a bus stand.",
    ],
)
def test_a_one_sentence_report_of_deaths_in_a_blast_is_parsed(
    tokenizer: spacy.language.Language, text: str
) -> None:
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert decision.relevant, decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "A device hidden in a handcart went off outside a bus depot in Garoua, wounding five travellers.",
        "Photo: Smoke rises over the market. (File)\n\n"
        "Militiamen burned 30 huts in a hamlet near Djugu overnight.",
        "Two nurses suffered gunshot wounds when a car was sprayed with bullets near the clinic in Mopti.",
    ],
)
def test_one_line_briefs_using_other_forms_of_cue_words_reach_the_classifier(
    tokenizer: spacy.language.Language, text: str
) -> None:
    (decision,) = triage.decide([tokenizer.make_doc(text)])
    assert decision.relevant, decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "Armed men set fire to huts in Djugu on Friday and hacked four herders to death.",
        "Bandits torched a granary in Gusau on Friday.",
        "A knifeman slashed three commuters at a ferry terminal in Piraeus on Friday.",
    ],
)
def test_one_line_briefs_naming_armed_doers_reach_the_classifier(
    tokenizer: spacy.language.Language, text: str
) -> None:
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert decision.cues > 0, decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded in a crowded market in Ksar Hellal on Thursday.",
        "A parcel bomb addressed to a judge exploded at a sorting office in Zahle, Lebanon.",
        "Heavy fighting has cut the only road into Kalemie for a week, traders said.",
        "A court in Sousse remanded the suspect in custody for another two weeks.",
    ],
)
def test_one_line_briefs_worded_with_words_of_ordinary_senses_are_parsed(
    tokenizer: spacy.language.Language, text: str
) -> None:
    # no word of these briefs is a cue on its own sense alone; the classifier, reached, says which
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert decision.cues > 0, decision.reason
    assert decision.relevant, decision.reason


def test_the_box_office_bomb_reaches_the_classifier_and_is_not_relevant(
    tokenizer: spacy.language.Language,
) -> None:
    text = "The studio's costly musical was a bomb at the box office, and its sequel was shelved."
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert decision.cues > 0 and not decision.relevant, decision.reason


def test_a_knifing_brief_is_relevant_without_other_context(tokenizer: spacy.language.Language) -> None:
    text = "A man was knifed to death and his friend badly hurt outside a bar in Cork on Sunday."
    [decision] = triage.decide([tokenizer.make_doc(text)])
    assert decision.relevant, decision.reason


def test_a_partner_word_lowers_the_bar_of_one_strong_cue(tokenizer: spacy.language.Language) -> None:
    # "struck" alone has ordinary senses; beside "drone" in one sentence it means a strike
    short = tokenizer.make_doc(
        "A drone struck a grain silo outside Vorlan on Thursday, days after a similar strike nearby."
    )
    [decision] = triage.decide([short], threshold=1.0, short_threshold=1.0)
    assert decision.score is not None
    assert decision.relevant is (decision.score >= triage.PARTNER_THRESHOLD), decision.reason
    lone = tokenizer.make_doc("A drone flew over a grain silo outside Vorlan on Thursday.")
    [unpartnered] = triage.decide([lone], threshold=1.0, short_threshold=1.0)
    assert not unpartnered.relevant
    # without the strong cue word the partner word decides nothing
    sport = tokenizer.make_doc("The striker struck twice as the home side won on Saturday.")
    [other] = triage.decide([sport])
    assert not other.relevant


def test_a_short_text_naming_two_countries_reaches_the_classifier(tokenizer: spacy.language.Language) -> None:
    # two states' dealings told in one line may carry no cue word at all
    meeting = tokenizer.make_doc("Senior officials of Ghana and Togo met in Lome on Friday.")
    assert triage.count_cues(meeting) == 0
    assert triage.countries_named(meeting) == {"GH", "TG"}
    [decision] = triage.decide([meeting], threshold=0.0)
    assert decision.relevant, decision.reason
    # one country named is not enough
    single = tokenizer.make_doc("Senior officials of Ghana met in Lome on Friday.")
    [skipped] = triage.decide([single], threshold=0.0)
    assert not skipped.relevant
