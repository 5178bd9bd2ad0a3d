"""Page zones: the furniture around a report's body, and how the body outranks it."""

from __future__ import annotations

from datetime import date
from typing import Any

from nexus.extract.page import metadata_date, parse_page, zone_at


def kinds(text: str) -> list[tuple[str, str]]:
    """(kind, first words) of each zone."""
    return [(z.kind, text[z.start_char : z.end_char].strip()[:12]) for z in parse_page(text).zones]


def test_headline_standfirst_byline_and_a_dateline_below_them() -> None:
    text = (
        "Eleven dead as gunmen raid market town in Zamfara\n"
        "Residents say the attackers came on motorbikes; army sends reinforcements\n"
        "By Amina Yusuf\n"
        "GUSAU (Savannah Times) - Gunmen on motorbikes raided a market in Zamfara on Monday, killing eleven "
        "traders, police said.\n"
        "The state government ordered the market closed."
    )
    layout = parse_page(text)
    assert [k for k, _ in kinds(text)] == ["headline", "standfirst", "byline", "dateline", "body"]
    assert layout.dateline is not None and layout.dateline.places == "GUSAU"
    assert layout.dateline.outlet == "Savannah Times"
    assert text[layout.body_start :].startswith("Gunmen on motorbikes")
    assert layout.zone_at(text.index("state government")) == "body"
    assert layout.zone_at(text.index("Residents")) == "standfirst"


def test_a_caption_above_the_dateline_and_a_labelled_caption_below_the_body() -> None:
    text = (
        "Firefighters douse a burning lorry in Gao on May 9, a day after the convoy ambush.\n"
        "GAO, May 11 (Niger Bend Wire) - Twenty-two soldiers died in the convoy ambush, the army said.\n"
        "The convoy was carrying fuel.\n"
        "PICTURE: Soldiers guard the road out of Gao on Thursday."
    )
    assert [k for k, _ in kinds(text)] == ["caption", "dateline", "body", "caption"]


def test_without_a_dateline_the_body_starts_at_the_first_sentence() -> None:
    text = (
        "Police post torched in Kasese\n\n"
        "Staff Writer\n\n"
        "Rebels set fire to a police post in Kasese overnight, officials said.\n\n"
        "No one was hurt."
    )
    assert [k for k, _ in kinds(text)] == ["headline", "byline", "body"]
    assert parse_page(text).dateline is None


def test_a_single_unpunctuated_line_is_body_not_headline() -> None:
    text = "Gunmen killed four herders near Djibo on Sunday, residents said"
    assert [k for k, _ in kinds(text)] == ["body"]


def test_hard_wrapped_prose_is_no_headline() -> None:
    text = (
        "Gunmen on motorbikes raided a cattle market near\n"
        "Kaya on Sunday and killed nine traders, the regional\n"
        "governor said.\n"
        "Troops were sent to the area."
    )
    assert [k for k, _ in kinds(text)] == ["body"]


def test_update_notes_are_their_own_zone_and_speaker_colons_are_no_dateline() -> None:
    text = (
        "Blast at fuel depot kills six\n"
        "UPDATE 2 (8 pm): Adds the governor's remarks\n"
        "Governor Okafor: we will rebuild the depot within a month.\n"
        "A tanker exploded at a fuel depot in Onitsha on Friday, killing six workers."
    )
    layout = parse_page(text)
    assert layout.dateline is None
    assert [k for k, _ in kinds(text)][:2] == ["headline", "update"]
    assert layout.zone_at(text.index("A tanker")) == "body"


def test_a_headline_shaped_like_a_colon_dateline_stays_a_headline() -> None:
    text = "Kenya: nine killed in bus ambush\nGunmen ambushed a bus near Mandera on Sunday, killing nine."
    layout = parse_page(text)
    assert layout.dateline is None
    assert [k for k, _ in kinds(text)] == ["headline", "body"]


def test_body_paragraphs_are_never_taken_for_captions() -> None:
    text = (
        "Gunmen attacked a church in Kaya on Sunday, killing five worshippers.\n"
        "The army sent reinforcements.\n"
        "Residents fled to the regional capital."
    )
    assert [k for k, _ in kinds(text)] == ["body"]


def test_teaser_links_subheads_and_credited_captions_inside_the_body() -> None:
    text = (
        "TILLABERI (Sahel Daily) - Gunmen killed six soldiers at a checkpoint on Saturday.\n"
        "Also read: Twenty villagers killed in raid on Banibangou\n"
        "The army said reinforcements had been sent.\n"
        "Reaction in Niamey\n"
        "The interior minister condemned the attack.\n"
        "Soldiers patrol the road near the checkpoint. Photo: Sahel Daily\n"
        "Residents said the gunmen came on motorbikes."
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("Twenty villagers")) == "teaser"
    assert layout.zone_at(text.index("Reaction in")) == "headline"
    assert layout.zone_at(text.index("Soldiers patrol")) == "caption"
    for words in ("Gunmen killed", "The army said", "The interior", "Residents said"):
        assert layout.zone_at(text.index(words)) == "body"


def test_headline_and_caption_figures_stand_outside_the_body(nlp: Any) -> None:
    text = (
        "Ten dead in Kaya church attack\n"
        "KAYA (Sahel Daily) - At least ten people were killed.\n"
        "PHOTO: Mourners in Kaya, where officials first counted seven dead."
    )
    doc = nlp.make_doc(text)
    assert zone_at(doc, text.index("Ten")) == "headline"
    assert zone_at(doc, text.index("seven")) == "caption"
    assert zone_at(doc, text.index("ten people")) == "body"


def test_a_headline_alone_creates_no_event(extract: Any) -> None:
    text = (
        "Niger hosts Sahel defence chiefs for border talks\n\n"
        "NIAMEY, March 3 (Sahel Daily) - Gunmen killed six soldiers at a checkpoint near Tillaberi on "
        "Saturday, the army said."
    )
    extraction = extract(text, published="2025-03-03")
    types = [e.type for e in extraction.events]
    assert "meeting" not in types and "visit" not in types
    assert "attack" in types or "military_action" in types


def test_the_body_figure_beats_the_headline_and_an_older_caption(extract: Any) -> None:
    text = (
        "Soldiers search the market in Kaya on June 3, after a bombing that killed more than 20 people.\n\n"
        "KAYA, June 5 (Sahel Daily) - The bombing at the Kaya cattle market on Sunday killed at least 38 "
        "people, the regional governor said on Wednesday."
    )
    attacks = [e for e in extract(text, published="2025-06-05").events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].killed is not None and (attacks[0].killed.value, attacks[0].killed.qualifier) == (
        38,
        "at_least",
    )


def test_the_qualified_body_figure_beats_the_bare_headline_figure(extract: Any) -> None:
    text = (
        "Eight killed as gunmen storm Bosaso guesthouse\n\n"
        "At least eight people were killed when gunmen stormed a guesthouse in Bosaso on Monday night, "
        "police said."
    )
    attacks = [e for e in extract(text, published="2025-02-11").events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].killed is not None and attacks[0].killed.qualifier == "at_least"


def test_a_dated_dateline_dates_an_undated_report(extract: Any) -> None:
    text = "Fri 14 March 2025: Bandits killed five miners in Anka on Wednesday evening, officials said."
    extraction = extract(text, published=None)
    assert extraction.document.published is not None
    assert extraction.document.published.isoformat() == "2025-03-14"
    (attack,) = [e for e in extraction.events if e.type == "attack"]
    assert attack.date is not None and attack.date.iso == "2025-03-12"


def test_a_dated_byline_dates_an_undated_page(extract: Any) -> None:
    text = (
        "Miners killed in Anka raid\n"
        "Published: 21 March 2025\n"
        "Bandits killed five miners in Anka on Wednesday evening, officials said."
    )
    extraction = extract(text, published=None)
    assert extraction.document.published is not None
    assert extraction.document.published.isoformat() == "2025-03-21"
    (attack,) = [e for e in extraction.events if e.type == "attack"]
    assert attack.date is not None and attack.date.iso == "2025-03-19"


def test_a_timestamp_line_is_page_metadata() -> None:
    text = "Bandits raid Anka mine\n21 March 2025, 09:15 GMT\nBandits killed five miners on Wednesday."
    assert [k for k, _ in kinds(text)] == ["headline", "byline", "body"]


def test_a_date_line_led_by_its_weekday_dates_the_page(extract: Any) -> None:
    text = (
        "Pilgrims' bus attacked near Reasi\n"
        "Sunday 9 June 2024\n"
        "Gunmen opened fire on a bus carrying pilgrims near Reasi on Sunday evening, police said."
    )
    extraction = extract(text, published=None)
    assert extraction.document.published is not None
    assert extraction.document.published.isoformat() == "2024-06-09"
    assert [
        k for k, _ in kinds("Hostages freed in Sulu\nTue, 3 June 2025 | 08:10 PHT\nTroops freed two.")
    ] == [
        "headline",
        "byline",
        "body",
    ]


def test_the_dateline_city_is_neither_place_nor_target(extract: Any) -> None:
    text = "BAGHDAD, Iraq - Two soldiers were killed in a roadside bombing in Tarmiyah on Friday."
    extraction = extract(text, published="2025-05-03")
    for event in extraction.events:
        assert all("BAGHDAD" not in t for t in event.targets)
        assert event.place is None or event.place.name != "Baghdad"
        assert not event.evidence.sentence.startswith("BAGHDAD")


def test_the_page_lexicon_is_lists_of_words() -> None:
    from nexus import ontology

    for key, words in ontology.table("page.yaml").items():
        assert isinstance(words, list) and words, key
        assert all(isinstance(w, str) and w for w in words), key  # no YAML booleans ("on", "no")


def test_a_publication_line_below_the_body_dates_an_undated_page(extract: Any) -> None:
    text = (
        "Gunmen raid Dutsin-Ma market\n"
        "DUTSIN-MA - Gunmen killed seven traders at the cattle market on Tuesday, police said.\n"
        "\n"
        "Police said the attackers fled towards the forest.\n"
        "\n"
        "Posted: 09 October 2025\n"
    )
    extraction = extract(text, published=None)
    assert extraction.document.published is not None
    assert extraction.document.published.isoformat() == "2025-10-09"
    (attack,) = [e for e in extraction.events if e.type == "attack"]
    assert attack.date is not None and attack.date.iso == "2025-10-07"
    assert ("byline", "Posted: 09 O") in kinds(text)


def test_an_updated_stamp_dates_a_page_that_has_no_other_date(extract: Any) -> None:
    text = (
        "Updated: Sep 3, 2025, 08:20 IST\n"
        "Two militants were killed in an encounter in Tral on Tuesday, police said."
    )
    extraction = extract(text, published=None)
    assert extraction.document.published is not None
    assert extraction.document.published.isoformat() == "2025-09-03"


def test_numeric_metadata_dates_are_read_only_when_unambiguous() -> None:
    assert metadata_date("Published 05.11.2025 at 07:40") is not None
    assert str(metadata_date("Published 05.11.2025 at 07:40")) == "2025-11-05"
    assert str(metadata_date("Posted 2025-11-05")) == "2025-11-05"
    assert str(metadata_date("Published 23/11/2025")) == "2025-11-23"
    assert str(metadata_date("Published 11/23/2025")) == "2025-11-23"
    assert metadata_date("Published 05/11/2025") is None  # 5 November or May 11
    assert metadata_date("Published at dawn") is None


def test_a_place_and_timestamp_line_is_the_dateline(extract: Any) -> None:
    """Portals print "City, Updated: <date time zone>" between the headline and the body."""
    text = (
        "Three militants killed in Doda forest gunfight\n"
        "Jammu | Updated: Jul 16, 2025 10:05 IST\n"
        "Three militants were killed in a gunfight with troops in the Doda forest on Tuesday night, "
        "an army spokesman said."
    )
    layout = parse_page(text)
    assert layout.dateline is not None and layout.dateline.places == "Jammu"
    assert text[layout.body_start :].lstrip().startswith("Three militants were")
    extraction = extract(text, published=None)
    assert extraction.document.published is not None
    assert extraction.document.published.isoformat() == "2025-07-16"
    events = [e for e in extraction.events if e.killed is not None]
    assert events and all(e.date is not None and e.date.iso == "2025-07-15" for e in events)
    assert all(e.place is None or e.place.name != "Jammu" for e in events)


def test_lines_above_a_dated_dateline_are_furniture_even_when_one_ends_like_prose() -> None:
    """A live headline may end on a preposition ("search operation on"); the dateline below settles it."""
    text = (
        "Rajouri: two soldiers hurt as search operation on\n"
        "Army cordons off forest villages after night-long firing\n"
        "Rajouri, Aug 2 (Hill Wire) - Two soldiers were wounded when militants fired on a search party, "
        "officials said.\n"
        "The search was continuing."
    )
    found = [k for k, _ in kinds(text)]
    assert found[-2:] == ["dateline", "body"]
    assert "body" not in found[:-1]
    assert parse_page(text).body_start == text.index("Two soldiers were")


def test_place_alone_with_the_date_on_the_next_line_is_the_dateline() -> None:
    text = (
        "Bandits kill five on farm road\n"
        "SOKOTO, Nigeria\n"
        "February 11, 2025\n"
        "Bandits killed five farmers on a road outside the town on Monday, police said.\n"
    )
    layout = parse_page(text)
    assert layout.dateline is not None and layout.dateline.places == "SOKOTO"
    assert layout.dateline.filed() == date(2025, 2, 11)
    assert text[layout.body_start :].strip().startswith("Bandits killed five")


def test_known_town_in_title_case_with_a_timestamp_below() -> None:
    text = "Market blast\nPeshawar\n4 March 2025, 10:32 PKT\nA bomb went off in a market on Tuesday.\n"
    layout = parse_page(text)
    assert layout.dateline is not None and layout.dateline.places == "Peshawar"
    assert layout.zone_at(text.index("A bomb")) == "body"


def test_a_headline_above_an_ordinary_line_is_no_two_line_dateline() -> None:
    text = "Floods in the north\nRains continued on Monday.\nRoads were cut."
    assert parse_page(text).dateline is None


def test_share_tag_and_copyright_lines_are_furniture() -> None:
    text = (
        "Militants storm police station\n"
        "Share on WhatsApp | Share on Telegram | Subscribe\n"
        "KOHAT: Militants stormed a police station on Sunday night, officials said.\n"
        "Two constables were wounded.\n"
        "Tags: Kohat, police, militancy\n"
        "Share this story\n"
        "© 2025 Frontier Daily Herald. All rights reserved.\n"
        "(c) Frontier Wire 2025\n"
    )
    layout = parse_page(text)
    assert layout.dateline is not None and layout.dateline.places == "KOHAT"
    for furniture in ("Share on", "Tags:", "Share this", "©", "(c) Frontier"):
        assert layout.zone_at(text.index(furniture)) == "byline", furniture
    assert layout.zone_at(text.index("Two constables")) == "body"


def test_prose_opening_with_share_is_body() -> None:
    text = "KOHAT: Shops reopened on Monday.\nShares in the local bank fell after the attack.\n"
    assert parse_page(text).zone_at(text.index("Shares")) == "body"


def test_broadcaster_image_caption_with_a_comma_inside_the_body_is_a_caption() -> None:
    text = (
        "KHOST: Rockets hit a market on Monday, killing four people, officials said.\n"
        "Image source, Frontier Pictures\n"
        "Image caption, Two men were killed in a similar attack on the market last year\n"
        "Advertisement\n"
        "Police cordoned off the area.\n"
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("Two men were killed")) == "caption"
    assert layout.zone_at(text.index("Frontier Pictures")) == "caption"
    assert layout.zone_at(text.index("Advertisement")) == "byline"
    assert layout.zone_at(text.index("Police cordoned")) == "body"


def test_prose_opening_with_a_single_label_word_and_a_comma_stays_body() -> None:
    text = (
        "KHOST: Rockets hit a market on Monday.\nVideo, shared by residents, showed the damage to stalls.\n"
    )
    assert parse_page(text).zone_at(text.index("Video, shared")) == "body"


def test_an_embedded_post_and_its_signature_are_quoted_material() -> None:
    text = (
        "Grenade attack on bar in Tetouan wounds five\n\n"
        "TETOUAN - A man threw a grenade into a bar in Tetouan late on Friday, wounding five people, "
        "police said on Saturday.\n\n"
        "The regional police wrote on social media:\n\n"
        "Explosion in the old town. Three people hurt. Avoid the area #Tetouan\n"
        "— Regional Police (@RegionPolice) March 7, 2025\n\n"
        "The suspect was arrested near the bus station an hour later."
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("Explosion in the old town")) == "embed"
    assert layout.zone_at(text.index("— Regional Police")) == "embed"
    assert layout.zone_at(text.index("The regional police wrote")) == "body"
    assert layout.zone_at(text.index("The suspect was arrested")) == "body"


def test_an_embedded_post_s_early_count_does_not_set_the_toll(extract: Any) -> None:
    text = (
        "Grenade attack on bar in Tetouan wounds five\n\n"
        "TETOUAN - A grenade blast at a bar in Tetouan late on Friday wounded five people, "
        "police said on Saturday.\n\n"
        "Explosion in the old town. Three people hurt. Avoid the area #Tetouan\n"
        "— Regional Police (@RegionPolice) March 7, 2025\n\n"
        "Doctors said two of the wounded were in a serious condition."
    )
    attacks = [e for e in extract(text, published="2025-03-08").events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].injured is not None and attacks[0].injured.value == 5


def test_a_signature_alone_takes_only_a_marked_paragraph_above_it() -> None:
    text = (
        "Police station attacked in Kasungu\n\n"
        "Gunmen attacked a police station in Kasungu on Monday, wounding an officer, police said.\n\n"
        "— Malawi Police (@MwPolice) June 2, 2025\n\n"
        "Officers later recovered a rifle."
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("Gunmen attacked")) == "body"
    assert layout.zone_at(text.index("— Malawi Police")) == "embed"


def test_corrections_and_update_notices_are_notices_about_the_page(extract: Any) -> None:
    text = (
        "Four killed in ambush on bus in Mopti region\n\n"
        "This article has been updated to add the governor's comments.\n\n"
        "MOPTI (Niger Bend Wire) - Gunmen ambushed a bus near Bandiagara on Wednesday, killing four "
        "passengers, the regional governor said on Thursday.\n\n"
        "Correction: An earlier version of this story said seven passengers were killed. Officials "
        "say four were killed.\n"
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("This article has been updated")) == "notice"
    assert layout.zone_at(text.index("Correction:")) == "notice"
    assert layout.dateline is not None and layout.dateline.places == "MOPTI"
    attacks = [e for e in extract(text, published="2025-05-15").events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].killed is not None and attacks[0].killed.value == 4


def test_menu_lines_and_key_points_stand_above_a_dateline_found_below_them() -> None:
    text = (
        "Home | World | Africa | Sahel | Video\n"
        "Sign in   Subscribe\n"
        "Gunmen kill five at gold mine in Kenieba\n"
        "Key points\n"
        "• Attack hit an artisanal mine at dawn.\n"
        "• Army says the attackers fled towards the border.\n"
        "• Site closed until further notice.\n"
        "By Awa Traore\n"
        "Published 12 May 2025\n"
        "KENIEBA, Mali (Niger Bend Wire) - Gunmen killed five miners at an artisanal gold mine near "
        "Kenieba on Sunday, local officials said."
    )
    layout = parse_page(text)
    assert layout.zone_at(0) == "byline"
    assert layout.zone_at(text.index("Sign in")) == "byline"
    assert layout.zone_at(text.index("Attack hit")) == "standfirst"
    assert layout.zone_at(text.index("Site closed")) == "standfirst"
    assert layout.dateline is not None and layout.dateline.places == "KENIEBA"
    assert text[layout.body_start :].startswith("Gunmen killed five")


def test_bullets_with_no_body_below_them_are_the_body() -> None:
    text = (
        "Security briefing\n"
        "- Gunmen killed two herders near Kaura on Monday.\n"
        "- Soldiers arrested four suspects in Zonkwa on Tuesday."
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("Gunmen killed")) == "body"


def test_a_place_alone_on_its_line_over_the_first_sentence_is_the_dateline(extract: Any) -> None:
    text = (
        "Two Levies men martyred in attack on Turbat check post\n"
        "Staff Reporter\n"
        "TURBAT\n"
        "Two Levies personnel were martyred when unidentified gunmen attacked a check post near "
        "Nasirabad on Tuesday, officials said."
    )
    layout = parse_page(text)
    assert layout.dateline is not None and layout.dateline.places == "TURBAT"
    assert text[layout.body_start :].startswith("Two Levies personnel")
    attacks = [e for e in extract(text, published="2025-09-17").events if e.type == "attack"]
    assert attacks and all(a.place is None or a.place.name != "Turbat" for a in attacks)


def test_a_caps_headline_over_the_body_is_no_lone_dateline() -> None:
    text = "TRUCK BOMB KILLS NINE\nA truck bomb killed nine people at a checkpoint in Afgooye on Monday."
    assert parse_page(text).dateline is None


BULLETIN = """Security roundup: blasts and arrests across Iraq

BAGHDAD - The main security incidents of the past day:

Diyala: A roadside bomb wounded three soldiers on a patrol in the Khanaqin area on Monday, a source said.

Babil: Police arrested two men suspected of planting bombs in a raid in the Musayyib district on Monday.

Basra: A bomb attached to a car exploded near a market in the Zubair district on Monday, wounding a trader.
"""


def test_a_bulletin_s_items_are_spans_of_their_own() -> None:
    layout = parse_page(BULLETIN)
    assert len(layout.items) == 3
    assert layout.item_at(BULLETIN.index("A roadside bomb")) == 0
    assert layout.item_at(BULLETIN.index("A bomb attached")) == 2
    assert layout.item_at(BULLETIN.index("The main security")) is None


def test_a_bulletin_s_items_are_separate_happenings(extract: Any) -> None:
    attacks = [e for e in extract(BULLETIN, published="2025-02-04").events if e.type == "attack"]
    assert len(attacks) == 2
    assert {a.injured.value for a in attacks if a.injured is not None} == {3, 1}


def test_speaker_colons_make_no_bulletin() -> None:
    text = (
        "Ambush near Gwoza\n\n"
        "Police: gunmen ambushed a convoy near Gwoza on Monday, killing four soldiers and a driver.\n\n"
        "Residents: the attackers came from the hills and left before the army arrived in the town."
    )
    assert parse_page(text).items == ()


def test_agency_file_captions_bracketed_credits_and_shared_posts() -> None:
    text = (
        "Gunmen kill seven at wedding in Zamboanga Sibugay\n\n"
        "IPIL, Philippines (Mindoro Post) - Gunmen opened fire on a wedding party in the town of "
        "Kabasalan on Saturday night, killing seven guests, police said on Sunday.\n\n"
        "FILE - Soldiers guard a checkpoint in the province, May 2, 2023. (AP Photo/Juan Cruz, File)\n\n"
        "Relatives mourn at the funeral on Sunday [Maria Santos/Mindoro Post]\n\n"
        "Police said they were hunting four suspects.\n\n"
        "A post shared by Kabasalan Police (@kabasalan.pnp)\n\n"
        "(With inputs from agencies)\n"
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("FILE - Soldiers")) == "caption"
    assert layout.zone_at(text.index("Relatives mourn")) == "caption"
    assert layout.zone_at(text.index("A post shared")) == "embed"
    assert layout.zone_at(text.index("(With inputs")) == "byline"
    assert layout.zone_at(text.index("Police said they")) == "body"


def test_a_bracketed_aside_in_prose_is_no_credit() -> None:
    text = (
        "Blast in Kandahar\n\n"
        "KANDAHAR - A bomb exploded near a mosque in Kandahar on Friday, killing three worshippers "
        "[an earlier report said two].\n\n"
        "Police said an investigation was under way."
    )
    assert parse_page(text).zone_at(text.index("A bomb exploded")) == "body"


LABELLED_BULLETIN = """Skip to main content
We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.
Accept all cookies
Menu

Lake province digest: patrol ambushed, traders held

Rift Valley Weekly
Monday, 3 March 2025

KISUMU – The main security incidents of the past week in the lake region:

• BUSIA – Two police reservists were killed when gunmen ambushed their patrol near the border crossing
on Friday, a county commander said.

• HOMA BAY – Police arrested two traders in the county's main town on Saturday on suspicion of
selling explosives to a gang.

Advertisement
"""


def test_a_cookie_banner_and_menu_lines_above_the_headline_are_furniture() -> None:
    layout = parse_page(LABELLED_BULLETIN)
    assert layout.zone_at(LABELLED_BULLETIN.index("We use cookies")) == "byline"
    assert layout.zone_at(LABELLED_BULLETIN.index("Menu")) == "byline"
    assert layout.dateline is not None and layout.dateline.places == "KISUMU"
    assert len(layout.items) == 2


def test_a_bulletin_item_is_placed_by_its_label_not_by_the_dateline(extract: Any) -> None:
    events = extract(LABELLED_BULLETIN, published="2025-03-03").events
    arrests = [e for e in events if e.type == "military_action"]
    attacks = [e for e in events if e.type == "attack"]
    assert len(arrests) == 1 and len(attacks) == 1
    assert arrests[0].place is not None and arrests[0].place.name == "Homa Bay"
    assert attacks[0].place is None or attacks[0].place.name != "Kisumu"


def test_a_town_alone_in_title_case_over_the_first_sentence_is_the_dateline() -> None:
    text = (
        "Suicide bomber kills five in northern Cameroon\n\n"
        "Maroua\n"
        "A suicide bomber killed five people at a mosque in Kolofata on Friday, a local official said.\n"
    )
    layout = parse_page(text)
    assert layout.dateline is not None and layout.dateline.places == "Maroua"
    kicker = "Pakistan\nFive killed in Kurram clash\nFive people were killed in a clash in Kurram.\n"
    assert parse_page(kicker).dateline is None


def test_a_menu_written_one_entry_a_line_does_not_hide_the_dateline() -> None:
    menu = "\n".join(["Home", "News", "World", "Africa", "Sport", "Business", "Opinion", "Video"] * 2)
    text = (
        f"{menu}\n"
        "Five soldiers killed in ambush near Diffa\n"
        "By Staff Reporter\n"
        "Published 12 May 2025\n"
        "DIFFA, Niger (Sahel Wire) - Five soldiers were killed when gunmen ambushed their patrol near "
        "Diffa on Sunday, the army said.\n"
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("Opinion")) == "byline"
    assert layout.zone_at(text.index("Five soldiers killed")) == "headline"
    assert layout.dateline is not None and layout.dateline.places == "DIFFA"


def test_a_teaser_line_ending_on_a_preposition_wraps_nothing_below_it() -> None:
    from nexus.extract.page import unwrap_body

    text = (
        "Two wardens shot in game reserve raid\n"
        "LODWAR, April 9 - Poachers shot and wounded two wardens at a reserve near Lodwar on Tuesday.\n"
        "SEE ALSO: The reserve's long fight, ten years on\n"
        "In March 2019, gunmen killed three rangers at the same gate."
    )
    unwrapped = unwrap_body(text)
    assert "years on\nIn March" in unwrapped
    assert parse_page(unwrapped).zone_at(unwrapped.index("gunmen killed")) == "body"


def test_hard_wrapped_body_prose_ending_on_a_preposition_is_still_unwrapped() -> None:
    from nexus.extract.page import unwrap_body

    text = (
        "Two wardens shot in game reserve raid\n"
        "LODWAR, April 9 - Poachers shot and wounded two wardens at a reserve near Lodwar on\n"
        "Tuesday, the county said."
    )
    assert "Lodwar on Tuesday" in unwrap_body(text)
