"""A group's media arm is an outlet; a name before a landform noun is a place; a town the
gazetteer knows whole is no person."""

from __future__ import annotations

from typing import Any


def kinds(extraction: Any) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.type, e.subtype) for e in extraction.entities}


def test_a_media_arm_with_a_hyphened_article_is_the_groups_outlet(extract: Any) -> None:
    text = (
        "The insurgents claimed the raid on Friday through its ar-Rimaya media arm, saying ten guards died."
    )
    assert kinds(extract(text)).get("ar-Rimaya") == ("ORG", "media")


def test_a_capitalised_media_channel_is_no_person(extract: Any) -> None:
    text = "The militia said on its Sawt Qarawi media channel that it had seized two trucks near the border."
    assert kinds(extract(text)).get("Sawt Qarawi") == ("ORG", "media")


def test_a_media_arm_named_after_the_noun_is_the_outlet(extract: Any) -> None:
    text = "The group said in a statement carried by its media arm, Nida Tawil, that it had shelled the base."
    assert kinds(extract(text)).get("Nida Tawil") == ("ORG", "media")


def test_an_army_media_wing_names_no_outlet(extract: Any) -> None:
    found = kinds(extract("Four soldiers were killed on Tuesday, the army's media wing said."))
    assert not any(subtype == "media" for _, subtype in found.values())


def test_a_name_before_river_is_a_site(extract: Any) -> None:
    text = "The raiders withdrew on foot along the Korrowa river before reinforcements arrived."
    assert kinds(extract(text)).get("Korrowa") == ("PLACE", "site")


def test_a_name_before_plural_forests_is_a_place(extract: Any) -> None:
    text = "Security forces killed nine rebels in the Mbetemi forests of the eastern province on Sunday."
    assert kinds(extract(text)).get("Mbetemi", ("", None))[0] == "PLACE"


def test_a_known_two_word_town_read_as_a_person_is_a_place(extract: Any) -> None:
    text = "Gunmen in Pakistan stormed a police compound in Kot Addu, Toba Tek Singh, killing six officers."
    assert kinds(extract(text)).get("Toba Tek Singh", ("", None))[0] == "PLACE"


def test_a_titled_two_word_name_stays_a_person(extract: Any) -> None:
    text = "Governor Karim Haddad said on Monday that six officers had been killed."
    assert kinds(extract(text)).get("Karim Haddad", ("", None))[0] == "PERSON"


def test_a_name_ending_in_a_broadcasting_word_is_a_broadcaster(extract: Any) -> None:
    text = "Masked gunmen stormed the studios of Onda Norte Televisión in Cuenca during a live show."
    assert kinds(extract(text)).get("Onda Norte Televisión", ("", None))[0] == "ORG"


def test_a_bloc_is_an_armed_group(extract: Any) -> None:
    text = "The soldiers were seized by the Ramiro Vargas Bloc, a faction of the dissidents, on Friday."
    assert kinds(extract(text)).get("Ramiro Vargas Bloc") == ("ORG", "armed_group")


def test_a_name_before_an_education_centre_is_a_place(extract: Any) -> None:
    text = "A suicide bomber struck the Sabir education centre in the west of the city, killing nine."
    assert kinds(extract(text)).get("Sabir", ("", None))[0] == "PLACE"


def test_an_unlisted_time_zone_after_a_clock_is_no_entity(extract: Any) -> None:
    text = "Updated 3 May 2026, 09:15 ICT\nA roadside bomb killed two rangers in Satun province on Friday."
    assert "ICT" not in kinds(extract(text))
    text = "Published 4 June 2025, 08:20 ECT\nGunmen killed five people at a bar in Quevedo on Sunday."
    assert "ECT" not in kinds(extract(text))


def test_a_state_body_named_again_without_its_country_is_the_same_body(extract: Any) -> None:
    text = (
        "In Dublin, the Ireland Treasury on Monday froze the assets of two financiers of the network. "
        "The Treasury said both men had moved funds through shell companies."
    )
    bodies = [e for e in extract(text).entities if e.type == "ORG"]
    assert [(e.name, e.aliases) for e in bodies] == [("Ireland Treasury", ["Treasury"])]


def test_the_quoted_name_a_commander_goes_by_is_a_person(extract: Any) -> None:
    text = (
        'Troops killed four rebels, among them a mid-level commander known as "Ramón Tejada", the army said.'
    )
    assert kinds(extract(text)).get("Ramón Tejada", ("", None))[0] == "PERSON"
    text = "A column led by a commander known as “Camarada Lucho” is believed to have carried out the raid."
    assert kinds(extract(text)).get("Camarada Lucho", ("", None))[0] == "PERSON"


def test_the_quoted_nickname_of_a_place_is_no_entity(extract: Any) -> None:
    text = 'Shells hit the district known as "Little Odessa" on the edge of the camp on Monday.'
    assert "Little Odessa" not in kinds(extract(text))


def _titled(nlp: Any, text: str, places: list[str]) -> list[str]:
    """The names titled_names finds when the tagger read ``places`` as GPEs and nothing else."""

    from nexus.extract.titled_names import titled_names

    doc = nlp(text)
    ents = []
    for place in places:
        start = text.index(place)
        span = doc.char_span(start, start + len(place), label="GPE")
        assert span is not None
        ents.append(span)
    doc.ents = ents
    return [s.text for s in titled_names(doc, list(doc.ents))]


def test_a_name_after_a_title_of_a_place_is_a_person(nlp: Any) -> None:
    text = (
        "Three traders were shot dead on Monday, Deputy Commissioner of Kotido Nassor Mwita told reporters."
    )
    assert _titled(nlp, text, ["Kotido"]) == ["Nassor Mwita"]


def test_a_name_after_a_places_single_title_word_is_a_person(nlp: Any) -> None:
    text = "Moroto County Commissioner Lokwang Ekiru Apua said the raiders had come from across the river."
    assert _titled(nlp, text, ["Moroto County"]) == ["Lokwang Ekiru Apua"]


def test_a_single_title_word_after_no_place_gives_no_name(nlp: Any) -> None:
    text = "On Monday Commissioner Lokwang Ekiru Apua said the raiders had come from across the river."
    assert _titled(nlp, text, []) == []


def test_a_known_region_before_a_site_name_makes_one_site(extract: Any) -> None:
    text = "A bomb exploded near Donbas State University on Monday, wounding four students."
    assert kinds(extract(text)).get("Donbas State University", ("", None))[0] == "PLACE"
    assert "State University" not in kinds(extract(text))


def _outlet_and_short(nlp: Any, text: str, outlet: str, short: str) -> Any:
    """The short cluster after _places_named_by_outlets, with the outlet and the short form
    clustered as organisations where the text writes them (the NER's reading of rivers)."""
    from nexus.extract import entities

    doc = nlp(text)
    clusters = []
    for name, subtype in ((outlet, "media"), (short, None)):
        cluster = entities.EntityCluster(type="ORG", subtype=subtype)
        start = text.index(name) if name == outlet else text.rindex(name)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        cluster.add(entities._mention(span))
        clusters.append(cluster)
    entities._places_named_by_outlets(doc, clusters)
    return clusters[1]


def test_the_river_an_outlet_is_named_after_is_a_place(nlp: Any) -> None:
    text = "TETE, May 3 (Zambezi Courier) - Officials said the cells moved along the Zambezi at night."
    assert _outlet_and_short(nlp, text, "Zambezi Courier", "Zambezi").type == "PLACE"


def test_the_outlets_first_word_that_speaks_is_no_place(nlp: Any) -> None:
    text = "TETE, May 3 (Zambezi Courier) - Six traders were killed, Zambezi said on Friday."
    assert _outlet_and_short(nlp, text, "Zambezi Courier", "Zambezi").type == "ORG"


def test_a_given_name_and_an_initial_read_as_a_place_is_a_person(nlp: Any) -> None:
    from spacy.tokens import Span

    from nexus.extract import entities

    text = "Prosecutors named the suspects only as Omid K., 17, and Selin D., 15, after raids in Herford."
    doc = nlp(text)
    start = text.index("Omid K.")
    span = doc.char_span(start, start + len("Omid K."))
    assert span is not None
    assert entities._type_of(Span(doc, span.start, span.end, label="GPE"), None) == "PERSON"
    herford = doc.char_span(text.index("Herford"), text.index("Herford") + len("Herford"), label="GPE")
    assert herford is not None
    assert entities._type_of(herford, None) == "PLACE"
