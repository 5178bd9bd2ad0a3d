"""The outlet's own newsgathering: "our correspondent travelled to Kapemba today".

A visit or a meeting whose subject is the outlet's staff (a ``own_staff_nouns`` noun of
``page.yaml`` owned by "our") is how the page got its news, not a happening it reports; so is
an interview given to the outlet ("the mayor spoke to the Courier in his office", a
``interview_verbs`` verb with "to"/"with" the page's outlet, a title of ``outlet_title_words``
or "us"), and a text the outlet says it reprints ("We reprint the council's communique below":
a ``reprint_verbs`` verb with the subject "we"): the reprinted text tells its own news below.
A visit or meeting told by the page in the first person ("going door to door in the ward, we
tallied the dead"), outside quotes, is its method too; and an appeal the page makes to its
reader ("Mail your photographs to the news desk.", an imperative of ``appeal_verbs`` opening a sentence)
tells nothing that happened.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from nexus import ontology
from nexus.extract.parse_index import parse_index
from nexus.extract.tokens import quoted_flags


def _staff() -> frozenset[str]:
    return ontology.words("page.yaml", "own_staff_nouns")


def _page_words(key: str) -> frozenset[str]:
    return ontology.words("page.yaml", key)


def our_staff_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is "our <staff noun>" ("our correspondent", "our team").

    "Our correspondent travelled to Tarvel": True; "the governor travelled to Tarvel", "a
    correspondent of Radio Dorsa was shot" (no "our"): False.
    """
    staff = _staff()
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        heads = [subject, *(c for c in subject.children if c.dep_ in ("compound", "appos"))]
        for head in heads:
            if head.lower_ in staff and any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children):
                return True
            # "our correspondent Maria Olsen": the name heads the phrase
            if any(
                c.dep_ == "compound" and c.lower_ in staff and any(g.lower_ == "our" for g in c.children)
                for c in head.children
            ):
                return True
        if any(c.lower_ == "our" for c in subject.children) and any(
            c.lower_ in staff for c in subject.children if c.dep_ == "compound"
        ):
            return True
    return False


def _names_the_outlet(noun: Token) -> bool:
    """Whether ``noun`` (the object of "to"/"with") is the page itself: "us", the page's outlet or
    its last word ("the Courier" on a page of the Tarvel Courier), a proper name ending in a
    word of ``outlet_title_words`` ("The Dorsa Review"), or a noun of ``own_staff_nouns`` owned
    by "our"."""
    if noun.lower_ == "us":
        return True
    page = noun.doc._.nexus_outlet if Doc.has_extension("nexus_outlet") else None
    outlet = (page or "").lower().split()
    if noun.pos_ == "PROPN":
        if outlet and noun.lower_ == outlet[-1]:
            return True
        if noun.lower_ in _page_words("outlet_title_words"):
            return True
    return noun.lower_ in _staff() and any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children)


def interview_with_the_outlet(verb: Token) -> bool:
    """Whether ``verb`` (read as a meeting) is an interview given to the page: a verb of
    ``interview_verbs`` whose "to"/"with" object names the outlet (:func:`_names_the_outlet`).

    "The governor spoke to the Courier on Friday" on a page of the Tarvel Courier, "spoke to us
    by phone": True; "the governor spoke with the elders in Omberly": False.
    """
    if verb.lemma_.lower() not in _page_words("interview_verbs"):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("to", "with")
        and any(g.dep_ == "pobj" and _names_the_outlet(g) for g in prep.children)
        for prep in verb.children
    )


def reprinted_by_the_outlet(token: Token) -> bool:
    """Whether ``token`` names what the page says it reprints: it lies in the object of a
    ``reprint_verbs`` verb whose subject is "we" ("We reprint the council's communique below",
    "we publish below the communique issued on Monday").

    "We reproduce the statement below": True for "statement"; "the army published a statement"
    (no "we"), "we condemned the attack": False.
    """
    node = token
    while node.head.i != node.i:
        head = node.head
        if (
            node.dep_ == "dobj"
            and head.lemma_.lower() in _page_words("reprint_verbs")
            and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in head.children)
        ):
            return True
        if node.dep_ in ("relcl", "advcl", "ccomp", "conj") and node.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own inside the object tells its own news
        node = head
    return False


def _first_person_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is "we", its own or, for a participle or conjunct with none, its
    head's ("going door to door, we tallied ...")."""
    owner = verb
    for _ in range(4):  # "Reading registers, and going door to door, we ...": up two links
        subjects = [c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(c.lower_ == "we" for c in subjects)
        if owner.dep_ not in ("advcl", "conj", "xcomp") or owner.head.i == owner.i:
            return False
        owner = owner.head
    return False


def our_own_visit(verb: Token) -> bool:
    """Whether a visit or meeting ``verb`` is the page's own, told in the first person outside
    quotes: "going door to door in the ward, we tallied the dead", "we met the elders".

    "'We visited the camp,' the governor said" (quoted): False; "the governor visited": False.
    """
    return not quoted_flags(verb.doc)[verb.i] and _first_person_subject(verb)


def page_appeal(token: Token) -> bool:
    """Whether ``token`` lies in an appeal the page makes to its reader: a sentence ended by a
    full stop, outside quotes, whose root is a bare imperative of ``appeal_verbs`` opening it, with
    no subject ("Mail your photographs to the news desk.", "Ring the hotline with
    anything you saw.").

    "Mail your photographs to the desk.": True; "Police sent troops to the town.": False (a subject, a past
    form); "Call for calm after blast" (no full stop, a headline): False.
    """
    sent = token.sent
    root = sent.root
    parse = parse_index(token.doc)  # (the flag columns: no Token built per word)
    punct, blank = parse.puncts, parse.blanks
    first = next((i for i in range(sent.start, sent.end) if not (punct[i] or blank[i])), None)
    if first is None or root.i != first or root.tag_ != "VB":
        return False
    if root.lemma_.lower() not in _page_words("appeal_verbs") or quoted_flags(token.doc)[root.i]:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children):
        return False
    last = next(i for i in range(sent.end - 1, sent.start - 1, -1) if not blank[i])
    return parse.texts[last] == "."
