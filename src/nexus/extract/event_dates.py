"""When an event happened: the date that belongs to its clause, offsets, the news day.

A sentence often holds several dates ("retaliating for the April 1 strike");
an event takes the one its own verb governs, never one another event's verb
owns, never the dateline's filing date, and "three days after" is counted
from the date of the clause it hangs on.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.clause_openers import sole_calendar_date, unpunctuated_opening_date
from nexus.extract.dateline import dateline, dateline_end, dateline_start
from nexus.extract.dates import CALENDAR_WORDS, WEEKDAYS, count_word, eve_of
from nexus.extract.doctext import doc_text
from nexus.extract.entities import EntityCluster
from nexus.extract.page import SECONDARY_ZONES, page_layout, zone_at
from nexus.extract.parse_index import parse_index
from nexus.extract.triggers import (
    clause_is_actual,
    court_order_verb,
    event_ontology,
    harm_verbs,
    reporting_verbs,
    told_in_passing,
    trigger_tables,
    unlicensed_verb,
)
from nexus.model import DateMention, DateValue


def governing_verb(token: Token) -> Token:
    """The nearest verb above a token (or the root)."""
    parse = parse_index(token.doc)  # (the heads walked on its columns, one Token built)
    current = token.i
    for _ in range(8):
        head = parse.heads[current]
        if head == current:
            break
        current = head
        if parse.pos[current] in (VERB, AUX):
            break
    return token.doc[current]


def when_after_date(trigger: Token, dates: list[DateMention]) -> DateMention | None:
    """ "the deadliest since May last year, when gunmen killed ten": the date a "when" clause of
    the trigger opens right after (a comma at most between), or None. The clause tells that
    date's happening, wherever the parser hangs it."""
    if trigger.dep_ not in ("relcl", "advcl"):
        return None
    when = next((c for c in trigger.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None:
        return None
    text = doc_text(trigger.doc)
    return next(
        (
            d
            for d in dates
            if 0 <= when.idx - d.span.end <= 3 and text[d.span.end : when.idx].strip() in ("", ",")
        ),
        None,
    )


def _finer_in_clause(clause: Token, dates: list[DateMention], opened: DateMention) -> DateMention:
    """The date a "when" clause tells: ``opened`` (the date it opens after), or a finer date of that
    year inside the clause itself ("the worst year was 2021, when in March gunmen attacked": March
    2021)."""
    if opened.value.precision != "year":
        return opened
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    inside = [
        d
        for d in dates
        if start <= d.span.start
        and d.span.end <= end
        and d.value.precision in ("month", "day")
        and d.value.iso[:4] == opened.value.iso[:4]
    ]
    return inside[0] if inside else opened


def date_for(sent: Span, trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """The date that belongs to the trigger's clause; else the nearest one no other verb owns."""
    named = _claimed_noun(trigger)
    # "In August 2024, a man killed three at a festival, an attack claimed by X; he was sentenced in
    # September": a noun summing up the clause before it (and the claim told of that noun) is the
    # happening that clause told, on its day
    restated = _summed_up(named if named is not None else trigger)
    told = _clause_date(sent, restated, dates) if restated is not None else None
    if told is not None:
        return told
    own = _clause_date(sent, trigger, dates)
    order = court_order_verb(trigger) if own is None and trigger.pos_ == "VERB" else None
    if order is not None:
        own = _clause_date(sent, order, dates)  # "On Monday a court ordered the four detained": Monday
    if own is None and named is not None:
        # "... killing 18 soldiers of the regiment, an attack claimed by X": the claim told of a
        # happening restated as a noun is dated as that happening, the noun's own day or, for a noun
        # apposed after the main verb, the day of the sentence's main verb
        own = _clause_date(sent, named, dates)
        if own is None and named.dep_ == "appos" and named.i > sent.root.i:
            own = _clause_date(sent, sent.root, dates)
    if own is None:
        own = label_date(sent, dates)
    if own is None:
        own = opening_date(sent, trigger, dates) or unpunctuated_opening_date(sent, trigger, dates)
    if own is None:
        own = _date_it_led_to(sent, trigger, dates)
    return own


def _date_it_led_to(sent: Span, trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """ "outlawed the militia in May 2019, after its men burned a market": a happening told,
    undated, in the "after" clause of a verb dated only by its month or year falls in that month
    or year (the measure followed it closely). A verb dated to the day gives
    nothing: what came before may be days earlier; nor does a noun in the clause ("after the
    council went ahead with talks": what the clause is about, not what it did)."""
    verb = trigger
    if (
        verb.pos_ != "VERB"
        or verb.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children)
    ):
        return None
    main = verb.head
    if main.pos_ != "VERB" or main.i == verb.i:
        return None
    value = _clause_date(sent, main, dates)
    return value if value is not None and value.precision in ("month", "year") else None


_OPENING_WORDS = re.compile(r"^\W*(?:(?:in|on|by|during)\s+(?:the\s+)?)?", re.I)


def opening_date(sent: Span, trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """ "In March 2023, troops shelled outposts near X, and a hospital spokesman there said two
    boys had been killed", "On 4 May, a guard was killed when his truck hit a mine": a calendar
    date (its year written, or a day of a month) that opens the sentence, set off by a comma,
    is the time of every happening the sentence tells after it with no date of its own; None
    when the sentence writes any other date, or the date opens no sentence. A weekday ("On
    Monday,") is no calendar date: which Monday depends on the sentences around it."""
    opening = sole_calendar_date(sent, dates)
    if opening is None:
        return None
    text = doc_text(sent.doc)
    head = text[sent.start_char : opening.span.start]
    if _OPENING_WORDS.sub("", head).strip() or not text[opening.span.end :].lstrip().startswith(","):
        return None
    if trigger.idx < opening.span.end:
        return None
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if any(c.dep_ == "advmod" and c.lower_ in _LATER_WORDS for c in (*trigger.children, *verb.children)):
        return None  # "..., and police later arrested its leader": another, later time
    return opening.value


#: Adverbs by which a clause tells a time after the one its sentence opens with.
_LATER_WORDS = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually", "since", "then"})


_LABEL_MARKS = "-–—•*·: \t\n"


def label_date(sent: Span, dates: list[DateMention]) -> DateValue | None:
    """The date labelling a list item the sentence opens ("- June 15, 2014: gunmen killed 48 in
    X"; "2023: a wave of raids left dozens dead"): the parser ends the label at its colon, so the
    item's text is a sentence of its own under a "sentence" that is only a date, a colon and a
    bullet. None when the line before the sentence is anything else."""
    if sent.start == 0:
        return None
    text = doc_text(sent.doc)
    before = sent.doc[sent.start - 1].sent
    label = text[before.start_char : sent.start_char]
    if not label.rstrip().endswith(":") or "\n" in label.rstrip():
        return None
    line_start = text.rfind("\n", 0, before.start_char) + 1
    if text[line_start : before.start_char].strip(_LABEL_MARKS):
        return None  # the label opens its line
    found = [d for d in dates if before.start_char <= d.span.start < sent.start_char]
    if len(found) != 1:
        return None
    rest = label[: found[0].span.start - before.start_char] + label[found[0].span.end - before.start_char :]
    return found[0].value if not rest.strip(_LABEL_MARKS) else None


def _summed_up(noun: Token) -> Token | None:
    """ "..., killing three, an attack claimed by X": the verb of the clause a happening noun sums
    up, the noun set off by a comma right after that clause, with an indefinite article and a
    participle of its own ("claimed by", "blamed on"); None for any other noun."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in trigger_tables()[1]:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    if not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children):
        return None
    comma = noun.left_edge.i - 1
    if comma < noun.sent.start + 1 or noun.doc[comma].text != ",":
        return None
    verb = governing_verb(noun.doc[comma - 1])
    return verb if verb.pos_ == "VERB" and verb.i < noun.i else None


def _opens_with_when(verb: Token) -> bool:
    """Whether ``verb`` heads a "when" clause."""
    return any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)


def _claimed_noun(trigger: Token) -> Token | None:
    """The happening noun a claim participle qualifies ("an attack claimed by X"), or None."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or trigger.head.pos_ != "NOUN":
        return None
    if "claim" not in trigger_tables()[0].get(trigger.lemma_.lower(), []):
        return None
    if not any(c.dep_ == "agent" for c in trigger.children):
        return None
    return trigger.head if trigger.head.lemma_.lower() in trigger_tables()[1] else None


def _clause_date(sent: Span, trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """:func:`date_for` of the trigger's own clause."""
    filed = dateline_end(sent.doc)
    # a headline above the dateline dates what it tells ("Bomb kills six at a cafe on Friday");
    # the dateline's own date is the filing day, no event's
    above = sent.end_char <= dateline_start(sent.doc)
    in_sent = [
        d
        for d in dates
        if sent.start_char <= d.span.start < sent.end_char and (d.span.start >= filed or above)
    ]
    # "in 2018, when a blast at a match killed eight": a noun subject tells its verb's clause
    subject = trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass")
    # "fighting near X on Tuesday left five dead": so does a gerund subject
    subject = subject or (trigger.tag_ == "VBG" and trigger.dep_ in ("nsubj", "csubj"))
    # "since September 2022, when the army launched an offensive": so does the object of a when-clause
    done = trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and _opens_with_when(trigger.head)
    clause = trigger.head if (subject or done) and trigger.head.pos_ == "VERB" else trigger
    # "since May, when an air raid struck the village and killed eight": a conjunct with no subject of its
    # own tells the when-clause it is coordinated in
    if (
        trigger.dep_ == "conj"
        and trigger.head.pos_ == "VERB"
        and _opens_with_when(trigger.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    ):
        clause = trigger.head
    when_clause = clause.dep_ in ("relcl", "advcl") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children
    )
    held = clause.head
    for d in in_sent:
        # "since March 2020, when Boko Haram killed 100 soldiers": the clause tells that date's happening
        told = clause is trigger or when_clause
        if told and d.span.start <= held.idx < d.span.end and clause.dep_ in ("relcl", "advcl"):
            return _finer_in_clause(clause, in_sent, d).value
        # "... since October last year, when gunmen killed ten": the clause opens right after the
        # date (the parser may hang it on the main verb)
        if when_clause and when_after_date(clause, [d]) is not None:
            return _finer_in_clause(clause, in_sent, d).value
        # "since the early hours of Saturday, when militants attacked": the time phrase's date
        near_held = held.left_edge.idx <= d.span.start < held.idx + 40 and d.span.end <= trigger.idx
        if when_clause and held.pos_ in ("NOUN", "PROPN") and near_held:
            return d.value
    anchor = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if subject and trigger.pos_ == "VERB" and trigger.head.pos_ == "VERB":
        anchor = trigger.head  # (a gerund subject: the verb it is the subject of)
    # "22 were killed in April 2021 when Maoists ambushed a force": the killing is the ambush
    harmed = trigger.dep_ == "advcl" and trigger.head.lemma_.lower() in harm_verbs() | {"die", "hurt"}
    casualty_head = trigger.head if harmed else None
    # ("both attacks", "those raids": the happenings told before, as "the attack" is)
    definite = any(
        (c.dep_ == "det" and c.lower_ in _POINTING_BACK) or c.dep_ == "poss" for c in trigger.children
    )
    # "claimed the attack on Saturday": the claim's day; "claimed an ambush in Gwadar in 2023": the bombing's
    talked_about = trigger.pos_ not in ("VERB", "AUX") and definite and _talks_about(anchor)
    subtree = (trigger.left_edge.i, trigger.right_edge.i)
    own, free, eligible, inner, shared, of_object = [], [], [], [], [], []
    for d in in_sent:
        date_span = sent.doc.char_span(d.span.start, d.span.end, alignment_mode="expand")
        if date_span is None:
            continue
        head = date_span.root.head
        eve = eve_of(doc_text(sent.doc), d.span.start)  # "on the eve of the March 9 polls": the verb's day
        if (
            not eve
            and head.lemma_.lower() not in _TIMES_OF_DAY  # "in Sunday night ambush": a time, no name
            and date_span.root.dep_ in ("compound", "nummod", "amod", "nmod")
            and head.pos_ in ("NOUN", "PROPN")
            and head.i >= date_span.end
            and head.lemma_.lower() not in trigger_tables()[1]
            and not _name_of_a_happening(head)
        ):
            continue  # "the 1971 Border Waters Accord": a name's year, not the event's date
        before = doc_text(sent.doc)[max(sent.start_char, d.span.start - 7) : d.span.start].lower().split()
        deadline = d.span.text.lower().startswith(("by ", "until", "till")) or (
            before[-1:] in (["by"], ["until"], ["till"], ["before"])
        )
        by_day = d.span.text.lower().startswith("by ") or before[-1:] == ["by"]
        if deadline and by_day and (_still_going(trigger) or _reached_by_then(trigger)):
            deadline = False  # "By Sunday morning, troops were still trying to end the siege": then
        if not deadline and before[-1:] != ["since"] and _dated_in_the_present(d, date_span.root):
            # "the OLA, which the government calls X, a terrorist group in May 2021": a past month
            # or day cannot date a present-tense verb; it is the last past happening's before it
            if _last_past_happening(trigger, date_span.root) or _happening_it_frames(trigger, date_span.root):
                own.append(d)
            continue
        named_by_other = (
            date_span.root.dep_ in ("compound", "nmod", "npadvmod", "nummod", "poss")
            and head.i != trigger.i
            and head.pos_ in ("NOUN", "PROPN")
            and head.lemma_.lower() in trigger_tables()[1]
        ) and not eve  # "retaliating for the April 1 strike": April 1 is the strike's day
        # "soldiers killed in Sunday night ambush": the noun the toll verb is told in is its own happening
        named_by_other = named_by_other and not (
            head.dep_ == "pobj" and head.head.lower_ in ("in", "during") and head.head.head.i == trigger.i
        )
        # "The deadliest attack was the January 2021 bombing": the noun the copula equates with the
        # trigger names the same happening, its date the trigger's
        named_by_other = named_by_other and not _equated(trigger, head)
        if named_by_other and not deadline and _claims_object(trigger, head):
            of_object.append(d)  # "claimed the May 3 massacre": the claim has at most its object's day
        this_week = vague_week(d.value) and not _past_week(d)
        if date_span.root.dep_ == "poss" and head.i == trigger.i and this_week:
            continue  # "this week's bombing": the week, not the day, is told; another mention may tell it
        if deadline or _compared_since(d, sent) or named_by_other:
            continue  # "by March 2026", "the deadliest since 2011": a deadline or a comparison
        recalled = definite and trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ in ("nsubj", "nsubjpass")
        recalled = recalled and not _counted_part(trigger)  # "The first attack, on Monday, targeted ..."
        recalled = recalled and not _told_when(trigger, date_span.root)
        recalled = recalled and not _equated(trigger, head)  # "Its worst attack was the May 2019 raid"
        inside = subtree[0] <= date_span.root.i <= subtree[1] and not _through_a_saying(
            date_span.root, trigger
        )
        if (talked_about or recalled) and not inside:
            # "The explosions came a year into fighting that began ... on October 7": an anaphor's day is
            # its antecedent's, not one named elsewhere in its sentence
            continue  # "claimed the attack on Saturday": Saturday is the claim's day
        if _reporting_date(
            date_span.root, trigger, dated_below=_dated_below(sent, trigger, d, in_sent)
        ) and not _fronted_period(d, date_span.root, trigger):
            continue  # "..., officials said on Wednesday": the day of the report, not of the event
        if _about_a_source(date_span.root, trigger):
            continue  # "according to villagers who went back on Tuesday": the source's day
        eligible.append(d)
        verb = _past_a_state_participle(governing_verb(date_span.root))
        # "a bombing that killed six in May"; "a round of talks, held in X on May 4"
        told_below = verb.dep_ in ("relcl", "acl") and (
            verb.head.i == trigger.i or _part_of(trigger, verb.head)
        )
        # "over bombings at three churches that killed 13 in May": the toll told of the site is the
        # happening's, whether the parser hangs the site on the noun or on the main verb
        told_below = told_below or _site_toll_clause(trigger, verb)
        same_happening = casualty_head is not None and verb.i == casualty_head.i
        # "A further round of strikes that evening hit the port, killing three": the toll told by a
        # participle is its head verb's happening, on that verb's day
        same_happening = same_happening or (
            trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and verb.i == trigger.head.i
        )
        # "In July, a bomb planted in X killed four": the participle on the subject tells the
        # happening whose toll the verb gives, on the verb's day
        same_happening = same_happening or _on_the_subject_of(trigger, verb)
        alongside = (
            verb.dep_ == "advcl"
            and (verb.head.i == anchor.i or _said_under(verb, anchor))
            and verb.tag_ in ("VBG", "VBN")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
        )  # "Speaking in Lagos on May 3, the governor condemned ...": the same moment
        # "The governor, speaking in Lagos on May 3, condemned ...": a participle on the subject
        alongside = alongside or (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.dep_ == "nsubj"
            and verb.head.head.i == anchor.i
        )
        # "A court on Monday ordered the nine held in custody": the participle told as the object's
        # state is done by the verb's own act, at its moment
        alongside = alongside or _done_by_order(trigger, verb)
        coordinated = (
            verb.dep_ == "conj"
            and verb.head.i == anchor.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        )  # "stabbed two and wounded five at a market on Saturday": one subject, one moment
        # "declared the sect a terrorist group on Thursday and proscribed it": one subject, one moment
        coordinated = coordinated or (
            anchor.dep_ == "conj"
            and anchor.head.i == verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children)
        )
        coordinated = coordinated or _arrived_then(verb, anchor)
        # "raided the studio on May 3, beating staff before troops stormed the building": a clause
        # of time hung on the dated one, with no day of its own, is told at that moment
        # (the trigger is that clause's verb: not "mourners gathered on Thursday as victims of this
        # week's attack were buried", where the noun names a happening of its own time)
        coordinated = coordinated or (anchor.i == trigger.i and _timed_by_clause_above(verb, anchor))
        # "stopped a truck outside X, robbed the traders on board and killed 11": a chain of verbs
        # of one subject, each hung on the one before it, told at one moment
        coordinated = coordinated or _chained_conjuncts(verb, anchor)
        # "Three soldiers were killed and two others wounded on Sunday": the harm of one happening
        # told by two verbs, each with its own victims
        # (not "in an overnight raid": a day that stands in for the happening's own is left to it)
        coordinated = coordinated or (_harm_pair(verb, anchor) and not _vague_day(d))
        if (
            verb.i == anchor.i
            or date_span.root.head.i == trigger.i
            or told_below
            or same_happening
            or alongside
        ):
            own.append(d)
            if trigger.pos_ in ("NOUN", "PROPN") and (
                subtree[0] <= date_span.root.i <= subtree[1] or _site_toll_clause(trigger, verb)
            ):
                inner.append(d)  # "arrested on Monday over a bombing that killed six in May": May
        elif coordinated:
            shared.append(d)
        elif _second_day_after(trigger, verb, d, in_sent):
            inner.append(d)  # "on Monday ordered a man held over a knife attack ... on Saturday evening"
        elif _died_later_clause(verb, anchor):
            continue  # "Two were killed instantly, and a third died in hospital on Friday": his death's day
        elif (
            not (
                verb.pos_ == "VERB"
                and verb.lemma_.lower() in trigger_tables()[0]
                # ("talks ended on Friday": a verb that wants an object it lacks tells no other
                # happening; not in a relative clause, which dates only what it describes)
                and not (unlicensed_verb(verb) and verb.dep_ not in ("relcl", "acl"))
            )
            and (verb.pos_ != "VERB" or clause_is_actual(verb))
            and not _describes_a_name(verb, trigger)
        ):
            free.append(
                d
            )  # not "pledged to crush the rebellion by June 2027": a planned clause dates nothing
    if not inner and trigger.pos_ in ("NOUN", "PROPN") and _cause_of(trigger, anchor):
        # "charged a man on Thursday over the shooting at a club in X on June 25, 2022": the dated
        # year told after the happening's noun is the happening's, not the charge's
        # ("charged a man on Monday over a stabbing in X last month": a second time told after the
        # noun, when the verb has its own before it, is the noun's)
        before_noun = {d.value.iso for d in own if d.span.end <= trigger.idx}
        inner = [
            d
            for d in own
            if d.span.start > trigger.idx
            and (_YEAR.search(d.span.text) or (before_noun and d.value.iso not in before_noun))
        ]
    # "buried the victims of Saturday's raid on Tuesday": the day the noun's own possessive or
    # modifier names is its day, whatever other day follows it (the parser may hang the verb's day
    # on it); not over a year or month ("the Christmas Eve killings of 2023": which Christmas Eve)
    named = [d for d in inner or own if _day_of_the_noun(sent, d, trigger)]
    if any(d.value.precision != "day" for d in inner or own):
        named = []
    in_sent = named or inner or own or shared or free
    usable = []
    for d in in_sent:
        after = doc_text(sent.doc)[d.span.end : d.span.end + 12].lower()
        anchored = d.value.relative and any(
            d.span.text.lower().endswith(w) for w in ("prior", "before", "after", "earlier", "later")
        )
        if anchored and after.lstrip().startswith(("to ", "the ")):
            continue  # "two months prior to the attack": anchored on another event
        usable.append(d)
    anchored_value = _anchored_offset_date(sent, trigger, dates) or _counted_to_a_date(sent, trigger, dates)
    if anchored_value is not None:
        return anchored_value
    framed = _framed_date(sent, trigger, dates)
    if framed is not None:
        # "Two days after gunmen killed seven on Monday, troops killed 12": Monday and two days
        outside = [d for d in usable if d.span.start >= framed[1]]
        return min(outside, key=lambda d: abs(d.span.start - trigger.idx)).value if outside else framed[0]
    if not usable:
        return of_object[0].value if of_object else None
    if any(not _vague_day(d) for d in usable):
        # "in an overnight raid ... late on Sunday": the named day, not the one standing in for it
        usable = [d for d in usable if not _vague_day(d)]
    best = min(usable, key=lambda d: abs(d.span.start - trigger.idx)).value
    # "In 2022, the militia raided a mine in June": the month within the year the clause also names
    finer = [d.value for d in usable if best.precision != "day" and d.value.iso.startswith(best.iso + "-")]
    return finer[0] if finer else best


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

#: Determiners by which a happening noun points back to one told before ("the attack", "both raids").
_POINTING_BACK = frozenset({"the", "this", "that", "these", "those", "both"})


#: Auxiliaries of a present tense ("has been accused", "is"): a verb they carry tells the present.
_PRESENT_AUX = frozenset({"has", "have", "is", "are", "am", "do", "does"})


def _dated_in_the_present(mention: DateMention, date_root: Token) -> bool:
    """Whether a month or day with its year written out ("in May 2021", "on June 4, 2019") hangs,
    by the parse, on a verb of the present tense (a simple present "calls", a copula "is", a
    present perfect "has been accused"): no such verb is dated by a past time, so the parser has
    hung the date too high ("which the government calls X, a terrorist group in May 2021")."""
    if mention.value.precision not in ("month", "day") or not _YEAR.search(mention.span.text):
        return False
    if mention.span.text.lower().startswith(("since", "from", "by ", "until", "till")):
        return False  # "has fought since May 2021": a span reaching to now
    if date_root.dep_ not in ("pobj", "npadvmod"):
        return False  # "has grown since the May 2021 massacre": a noun's own date, hung where it belongs
    held = date_root.head.head if date_root.dep_ == "pobj" else date_root.head
    if held.pos_ == "NOUN" and held.lemma_.lower() in trigger_tables()[1] and held.i > date_root.i:
        return False  # "still speak of one mistake: on March 14, 2021, a drone strike killed": the strike's
    verb = governing_verb(date_root)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(t.text in (":", ";") for t in date_root.doc[verb.i + 1 : date_root.i]):
        return False  # "never forgot a misjudgement: on May 2, 2020, a gunship fired ...": its own clause
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return auxes[0].lower_ in _PRESENT_AUX and verb.tag_ in ("VBN", "VBG", "VBZ", "VBP")
    return verb.tag_ in ("VBZ", "VBP")


def _last_past_happening(trigger: Token, date_root: Token) -> bool:
    """Whether ``trigger`` (a past verb or a noun) is the last happening told before the date
    :func:`_dated_in_the_present` found hung too high, no other past verb between them."""
    past = trigger.tag_ in ("VBD", "VBN") or trigger.pos_ in ("NOUN", "PROPN")
    if not past or trigger.i >= date_root.i:
        return False
    between = trigger.doc[trigger.i + 1 : date_root.i]
    return not any(t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") for t in between)


def _happening_it_frames(trigger: Token, date_root: Token) -> bool:
    """ "The novel opens in May 2011 in X, where rebels took three posts": whether ``trigger``
    (a past verb or a noun) is the first happening told after a date :func:`_dated_in_the_present`
    found on a present verb of narration, in a clause below that verb, no other past verb
    between them: the narrative's frame dates what it opens on."""
    past = trigger.tag_ in ("VBD", "VBN") or trigger.pos_ in ("NOUN", "PROPN")
    if not past or trigger.i <= date_root.i:
        return False
    verb = governing_verb(date_root)
    if verb.i == trigger.i or not any(a.i == verb.i for a in trigger.ancestors):
        return False
    between = trigger.doc[date_root.i + 1 : trigger.i]
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBN") for t in between)


def _second_day_after(trigger: Token, verb: Token, mention: DateMention, dates: list[DateMention]) -> bool:
    """ "A judge on Monday ordered a man held over a knife attack at the station on Saturday
    evening": a verb dated by a day of its own before the happening noun ``trigger`` (in its
    clause) cannot take a second day; the day the parse hangs on it after the noun is the noun's."""
    if trigger.pos_ != "NOUN" or mention.value.precision != "day" or mention.span.start < trigger.idx:
        return False
    if not verb.left_edge.i <= trigger.i <= verb.right_edge.i or trigger.i <= verb.i:
        return False
    doc = trigger.doc

    def on_verb(d: DateMention) -> bool:
        span = doc.char_span(d.span.start, d.span.end, alignment_mode="expand")
        return span is not None and governing_verb(span.root).i == verb.i

    return any(
        d.span.end <= trigger.idx
        and d.value.precision == "day"
        and d.value.iso != mention.value.iso
        and on_verb(d)
        for d in dates
    )


def _through_a_saying(date_root: Token, trigger: Token) -> bool:
    """ "condemned both attacks in a statement on Wednesday": a date the parse hangs below the
    trigger through a noun of saying (a statement, a claim) is the saying's day, not the trigger's."""
    for above in date_root.ancestors:
        if above.i == trigger.i:
            return False
        kinds = trigger_tables()[1].get(above.lemma_.lower(), [])
        if above.pos_ == "NOUN" and ("statement" in kinds or "claim" in kinds):
            return True
    return False


def _part_of(trigger: Token, noun: Token) -> bool:
    """Whether ``noun`` counts out the happening the trigger names ("the first round of peace
    talks", "a wave of strikes"): the trigger is its "of" object, so a clause on it tells the trigger."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.i == noun.i


def _on_the_subject_of(trigger: Token, verb: Token) -> bool:
    """Whether the trigger is a participle ("planted", "set off") on a noun of the subject of
    ``verb``, a verb of harm ("a bomb planted in X killed four", "a trap of explosives set off in
    Y killed two"): one happening, told by its doing and by its toll."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or verb.lemma_.lower() not in harm_verbs():
        return False
    token = trigger.head
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token.head.i == verb.i
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _equated(trigger: Token, noun: Token) -> bool:
    """Whether the copula the trigger is the subject of equates it with ``noun`` ("Its deadliest
    attack was the January 2021 bombing")."""
    be = trigger.head
    return (
        trigger.dep_ == "nsubj" and noun.dep_ == "attr" and noun.head.i == be.i and be.lemma_.lower() == "be"
    )


#: Nouns of a time of day that a day may qualify ("Sunday night", "Friday morning").
_TIMES_OF_DAY = frozenset({"night", "morning", "evening", "afternoon", "dawn", "dusk", "midnight", "noon"})

#: Ordinals that count a happening among several a summary told ("the second attack").
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "other"})


def _site_toll_clause(trigger: Token, verb: Token) -> bool:
    """'bombings at three churches that killed 13': ``verb`` is a harm verb in a relative clause on
    the site of the happening noun ``trigger``, the site's preposition hung on the trigger or
    right after it on the main verb."""
    if (
        trigger.pos_ not in ("NOUN", "PROPN")
        or verb.dep_ != "relcl"
        or verb.lemma_.lower() not in harm_verbs()
    ):
        return False
    site = verb.head
    if site.dep_ != "pobj" or site.head.dep_ != "prep":
        return False
    prep = site.head
    return prep.head.i == trigger.i or (
        prep.i == trigger.right_edge.i + 1 and prep.head.i == trigger.head.head.i
    )


def _vague_day(mention: DateMention) -> bool:
    """A day that only stands in for a happening's own ("overnight": ``vague_day_words`` of
    ``coreference.yaml``)."""
    words = ontology.table("coreference.yaml").get("vague_day_words", [])
    return mention.span.text.strip().lower() in words


def _chained_conjuncts(first: Token, verb: Token) -> bool:
    """Whether ``verb`` is a conjunct two or three links down a chain of conjoined verbs from
    ``first``, none below ``first`` with a subject of its own ("blocked ..., pulled ... and killed
    17": "killed" hangs on "pulled", which hangs on "blocked")."""
    current = verb
    for depth in range(3):
        if current.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return False
        current = current.head
        if current.i == first.i:
            return depth > 0
    return False


def _harm_pair(verb: Token, anchor: Token) -> bool:
    """Two coordinated verbs of killing or wounding ("were killed and two others wounded"), one
    the conjunct of the other; a later death ("and a third died on Friday") is no such pair."""
    if verb.dep_ == "conj" and verb.head.i == anchor.i:
        first, second = anchor, verb
    elif anchor.dep_ == "conj" and anchor.head.i == verb.i:
        first, second = verb, anchor
    else:
        return False
    harm = harm_verbs() - _DYING
    return first.lemma_.lower() in harm and second.lemma_.lower() in harm


#: Verbs whose object's state a participle completes ("ordered them jailed", "had them detained").
_ORDERING = frozenset({"order", "have", "get", "want"})


def _done_by_order(trigger: Token, verb: Token) -> bool:
    """ "ordered the nine held in custody", "had the suspects detained": a past participle that
    completes ``verb``'s object (as its complement or as a clause on the object) tells the state
    the verb's act put the object in, at the verb's moment (no tense of its own, no saying)."""
    # ("ordered 87 of them jailed": the tagger may read the participle as a past tense)
    participle = trigger.tag_ == "VBN" or (trigger.tag_ == "VBD" and verb.lemma_.lower() in _ORDERING)
    if not participle or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False  # not "said ... bandits had killed eight": a clause of its own tense
    if verb.lemma_.lower() in reporting_verbs():
        return False
    if trigger.dep_ in ("ccomp", "xcomp", "oprd"):
        return trigger.head.i == verb.i
    return trigger.dep_ == "acl" and trigger.head.dep_ == "dobj" and trigger.head.head.i == verb.i


def _counted_part(trigger: Token) -> bool:
    """ "The first attack, on Monday, targeted X": a part the report counts out of several told
    together, introduced here with its own day, not an anaphor of a happening told before."""
    return any(c.lower_ in _ORDINALS and c.dep_ in ("amod", "advmod", "det") for c in trigger.children)


def _cause_of(trigger: Token, verb: Token) -> bool:
    """Whether a noun is told as the cause of the verb's act ("arrested ... over the bombing",
    "jailed for the attack")."""
    prep = trigger.head
    return trigger.dep_ == "pobj" and prep.lower_ in ("over", "for") and governing_verb(prep).i == verb.i


def _said_under(opening: Token, anchor: Token) -> bool:
    """ "Leaving the summit on Friday, the premier warned ... and promised ...": a participle opening the
    sentence dates every statement told under its main verb (however the parse hangs them)."""
    main = opening.head
    return (
        opening.i < main.i
        and main.dep_ == "ROOT"
        and anchor.i != main.i
        and main.left_edge.i <= anchor.i <= main.right_edge.i
        and "statement" in trigger_tables()[0].get(anchor.lemma_.lower(), [])
    )


def _arrived_then(verb: Token, anchor: Token) -> bool:
    """ "The premier, who landed in Gulu on May 4, toured the camp and chaired a meeting": the
    arrival told in a relative clause on the doer dates what the doer did on that trip."""
    if verb.lemma_.lower() not in ontology.table("calendar.yaml").get("arrival_verbs", []):
        return False
    clause = verb.head if verb.dep_ == "conj" else verb  # "who called off a trip and arrived on ..."
    if clause.dep_ != "relcl":
        return False
    doer = clause.head
    for node in (anchor, anchor.head if anchor.dep_ == "conj" else anchor):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.i == doer.i
    return False


#: Words by which a clause tells a time within the moment of the clause it hangs on (a "where"
#: clause tells what was done on arriving at the place that clause went to).
_SAME_MOMENT_MARKS = frozenset({"before", "as", "while", "until", "till", "when", "where"})


def _timed_by_clause_above(verb: Token, anchor: Token) -> bool:
    """Whether ``anchor`` heads a clause of time ("before troops stormed the building", "as police
    arrived", "travelled to X on Tuesday, where he condemned ...") hung on ``verb``, directly or
    through participles of it ("..., beating staff before ..."): the happening it tells is dated
    by ``verb``'s day."""
    if anchor.dep_ not in ("advcl", "relcl") or anchor.pos_ != "VERB" or verb.pos_ != "VERB":
        return False
    marks = [c for c in anchor.children if c.dep_ in ("mark", "advmod") and c.i < anchor.i]
    if not any(c.lower_ in _SAME_MOMENT_MARKS for c in marks):
        return False
    if anchor.dep_ == "relcl":
        # "flew to X on Friday morning, where she condemned ...": the parse hangs the clause on the
        # time noun of the dated verb's own phrase (not on a place: "funerals on Friday for victims
        # of an attack at X, where 34 were killed" tells the attack at X)
        held = anchor.head
        return (
            any(c.lower_ in ("where", "when") for c in marks)
            and (held.lemma_.lower() in _TIMES_OF_DAY or held.lower_ in CALENDAR_WORDS)
            and held.dep_ == "pobj"
            and held.head.dep_ == "prep"
            and held.head.head.i == verb.i
        )
    above = anchor.head
    for _ in range(3):
        if above.i == verb.i:
            return True
        if above.dep_ != "advcl" or above.tag_ != "VBG":
            return False  # (only through a participle of the dated verb)
        above = above.head
    return False


@cache
def _occurrence_verbs() -> frozenset[str]:
    """Lemmas of ``occurrence_verbs`` (``calendar.yaml``): "took place", "happened", "began"."""
    return frozenset(ontology.table("calendar.yaml").get("occurrence_verbs", []))


def occurrence_verb(trigger: Token) -> Token | None:
    """ "The ambush happened near X", "The raid took place in Y": the verb that says when and where
    the happening named as its subject occurred (None when the trigger is no such subject)."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.lemma_.lower() not in _occurrence_verbs():
        return None
    place = any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return None if verb.lemma_.lower() == "take" and not place else verb


@cache
def _impact_verbs() -> frozenset[str]:
    """Lemmas of ``impact_verbs`` (``calendar.yaml``): "the strike hit the market on Monday"."""
    return frozenset(ontology.table("calendar.yaml").get("impact_verbs", []))


def _told_when(trigger: Token, date_root: Token) -> bool:
    """ "The ambush took place on the night of June 29", "The strike hit the market on Monday":
    the date of a verb that says when the happening named as its subject occurred (or reached
    its target) is that happening's."""
    verb = trigger.head
    # "In July 2023, the army's largest raid in two decades killed 12": the toll's day is the raid's
    doing = _impact_verbs() | (harm_verbs() - _DYING)
    if trigger.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in doing:
        return governing_verb(date_root).i == verb.i
    if trigger.dep_ != "nsubj" or verb.lemma_.lower() not in _occurrence_verbs():
        return False
    if verb.lemma_.lower() == "take" and not any(
        c.dep_ == "dobj" and c.lower_ in _TAKEN for c in verb.children
    ):
        return False
    return governing_verb(date_root).i == verb.i


#: What a happening "takes" when it occurs: "the raid took place", "the ban took effect".
_TAKEN = frozenset({"place", "effect"})


def _claims_object(trigger: Token, noun: Token) -> bool:
    """Whether ``trigger`` is a claim verb whose object is ``noun`` ("claimed the May 3 massacre")."""
    if trigger.pos_ not in ("VERB", "AUX") or noun.dep_ != "dobj" or noun.head.i != trigger.i:
        return False
    return "claim" in trigger_tables()[0].get(trigger.lemma_.lower(), [])


#: Lemmas of participles that tell a standing tie, not a happening ("properties linked to the
#: network", "a group based in X"): a date the parser hangs on one is the clause's.
_STATE_PARTICIPLES = frozenset({"link", "base", "tie", "affiliate", "connect", "ally", "align", "associate"})


def _past_a_state_participle(verb: Token) -> Token:
    """ "Police searched 14 properties linked to the network in X early on Tuesday": a date hung
    on a participle of a standing tie (:data:`_STATE_PARTICIPLES`) describing a noun dates the
    verb that noun belongs to; any other verb is returned as it is."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _STATE_PARTICIPLES:
        return verb
    return governing_verb(verb.head)


def _describes_a_name(verb: Token, trigger: Token) -> bool:
    """ "TRF, which emerged in Kashmir in 2019, retracted its claim for the killings": a relative
    clause on a name tells about the name, and its date is not the event's."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "PROPN":
        return False
    inside = verb.left_edge.i <= trigger.i <= verb.right_edge.i  # the clause tells the event itself
    return not inside and not (trigger.left_edge.i <= verb.i <= trigger.right_edge.i)


#: Words that make "since X" a comparison ("the deadliest attack since 2011"), not a start.
_COMPARATIVES = frozenset({"first", "worst", "deadliest", "bloodiest", "biggest", "largest", "most", "last"})


def _name_of_a_happening(noun: Token) -> bool:
    """Whether ``noun`` ends a name that modifies a happening noun: "the 2014 X School massacre"
    (the year opens the name, and dates the massacre the name places)."""
    node = noun
    while node.dep_ == "compound" and node.head.pos_ in ("NOUN", "PROPN") and node.head.i > node.i:
        node = node.head
        if node.lemma_.lower() in trigger_tables()[1]:
            return True
    return False


def _compared_since(mention: DateMention, sent: Span) -> bool:
    """ "the worst bombing in the town since 2009": a yardstick; "banned since 2006" is a start."""
    if not mention.span.text.lower().startswith("since"):
        return False
    before = [t for t in sent if t.idx < mention.span.start]
    return any(t.tag_ == "JJS" or t.lower_ in _COMPARATIVES for t in before)


#: Verbs that tell what a happening did to people: their clause and the happening's are one.


def _talks_about(verb: Token) -> bool:
    """A verb that reports, confirms, claims or judges an event named as its object ("claimed the
    attack", "confirmed the abduction on Wednesday": the day of the words, not of the happening)."""
    lemma = verb.lemma_.lower()
    verbs = trigger_tables()[0]
    return verb.pos_ in ("VERB", "AUX") and (
        lemma in reporting_verbs() | report_day_verbs()
        or any(t in ("claim", "statement") for t in verbs.get(lemma, []))
    )


@cache
def _toll_verbs() -> frozenset[str]:
    """Verbs that update a toll ("rose to 115 on Saturday"): their date is the update's."""
    return frozenset(event_ontology()["statement_cues"]["rise_verbs"]) | {"reach", "stand"}


def _fronted_period(mention: DateMention, date_root: Token, trigger: Token) -> bool:
    """ "In May, the front said its cell had set off the blast at X": a month or a year opening
    the sentence before a saying of a happening it tells below, with no day of its own, is the
    period the happening was told in (a report is dated by its day, not its month)."""
    if mention.value.precision not in ("month", "year"):
        return False
    verb = governing_verb(date_root)
    return (
        date_root.i < verb.i < trigger.i
        and date_root.sent.start == trigger.sent.start
        and not any(t.ent_type_ == "DATE" for t in trigger.subtree)
        and all(t.i < verb.i for t in date_root.subtree)
        and date_root.sent[0].i >= date_root.i - 3
    )


def _reporting_date(date_root: Token, trigger: Token, *, dated_below: bool = False) -> bool:
    """A date that hangs on a reporting verb other than the trigger ("police said on Wednesday")
    or on a toll update ("the toll rose to 115 on Saturday"). The trigger told right under the
    reporting verb takes its day ("the army said on Monday it killed ten") unless a date of its
    own stands below it (``dated_below``: "officials on Thursday said 23 were killed when gunmen
    stopped two buses on Monday")."""
    verb = governing_verb(date_root)
    if verb.lemma_.lower() in _toll_verbs() and _before_the_update(date_root, verb):
        return False  # "killed when fighters overran a base late on Monday rose to nine on Wednesday"
    told = {t.i for t in verb.children}
    # "... said on Wednesday its soldiers had tracked the attackers and killed three": a verb
    # conjoined to the reported clause is told right under the reporting verb too
    told |= {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.children if t.dep_ == "conj"}
    # "... said on Monday its troops had pushed the rebels out of X, killing 26": a participle set
    # off by a comma after a reported verb is told with it (not "bombing instead of negotiating")
    told |= {
        c.i
        for v in told_tokens(verb)
        if v.pos_ in ("VERB", "AUX")
        for c in v.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > v.i and c.doc[c.left_edge.i - 1].text == ","
    }
    return (
        verb.i != trigger.i
        and (
            verb.lemma_.lower() in reporting_verbs() | report_day_verbs()
            or verb.lemma_.lower() in _toll_verbs()
        )
        and not any(t.i == trigger.i for t in verb.subtree if t.i < verb.i and t.dep_ == "nsubj")
        and (dated_below or trigger.i not in told)
        and not (trigger.left_edge.i <= date_root.i <= trigger.right_edge.i)
        and not before_a_trailing_source(date_root, verb, trigger)
    )


def told_tokens(verb: Token) -> list[Token]:
    """The clauses a reporting verb tells right under it: its ``ccomp`` and the verbs conjoined to
    that one."""
    heads = [c for c in verb.children if c.dep_ == "ccomp"]
    return [*heads, *(t for c in heads for t in c.children if t.dep_ == "conj")]


def before_a_trailing_source(date_root: Token, verb: Token, trigger: Token) -> bool:
    """ "A bomb went off at the depot on Tuesday evening, police said"; "On Monday night, gunmen
    shot a teacher ..., local media reported": a source set off after what it reports (a comma,
    then its speaker and verb) tells no day of its own before its speaker; a date written before
    it, with the happening, is the happening's, wherever the parser hangs it."""
    speakers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not speakers or verb.i < trigger.i:
        return False
    speaker = speakers[-1].left_edge
    doc = verb.doc
    set_off = speaker.i > 0 and doc[speaker.i - 1].text == ","
    return set_off and trigger.i < speaker.i and date_root.i < speaker.i


def _before_the_update(date_root: Token, verb: Token) -> bool:
    """ "The toll from the raid late on Monday rose to nine on Wednesday": a day hung on a toll
    verb before it, while the verb's own day follows it, is the day of the happening its subject
    tells (a toll rises once)."""
    if date_root.i > verb.i:
        return False
    later = [t for t in verb.subtree if t.i > verb.i and t.dep_ == "pobj" and t.head.head.i == verb.i]
    return any(t.lower_ in CALENDAR_WORDS for t in later)


@cache
def report_day_verbs() -> frozenset[str]:
    """``report_day_verbs`` of events.yaml's ``statement_cues`` ("confirm", "report")."""
    words: list[str] = event_ontology()["statement_cues"].get("report_day_verbs", [])
    return frozenset(w.lower() for w in words)


def _dated_below(sent: Span, trigger: Token, mention: DateMention, dates: list[DateMention]) -> bool:
    """Whether another date of the sentence than ``mention`` lies within the trigger's own phrase
    (a day of its own: not "overnight", which stands in for the reported day)."""
    start, end = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    return any(d is not mention and start <= d.span.start < end and not _vague_day(d) for d in dates)


#: Verbs of dying (lemmas): a victim who "died" in a clause of his own died later than the happening.
_DYING = frozenset({"die", "succumb", "perish"})


def _died_later_clause(verb: Token, anchor: Token) -> bool:
    """ "Two were killed instantly, and a third died of his wounds on Friday": a coordinated clause
    with its own subject telling a later death; its day is not the happening's."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == anchor.i
        and verb.lemma_.lower() in _DYING
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _about_a_source(date_root: Token, trigger: Token) -> bool:
    """A date in a clause describing the source of the report ("according to residents who
    returned on Saturday"), away from the trigger: when the source acted, not the event."""
    verb = governing_verb(date_root)
    if verb.dep_ not in ("relcl", "acl") or verb.left_edge.i <= trigger.i <= verb.right_edge.i:
        return False
    holder = verb.head
    prep = holder.head if holder.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "to" and prep.head.lower_ in ("according", "due")


_OFFSET = re.compile(
    r"(?:(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+(?P<unit>day|week|month|year)s?"
    r"|(?P<units>day|week|month|year)s)\s+"  # "weeks after": an uncounted few
    r"(?P<dir>after|before)\s+"
    r"[^,;.]{0,60}$",
    re.I,
)


#: Words before an uncounted "days after" that make it a span, not an offset ("the first days after").
_NOT_A_FEW = [[w] for w in ("the", "first", "last", "early", "initial", "final", "following", "those")]
_NOT_A_FEW += [[w.capitalize()] for [w] in _NOT_A_FEW]


def _names_after_or_before(text: str) -> bool:
    """Whether ``text`` holds "after" or "before" in any case: the offset patterns need one, and
    this test is far cheaper than their search (no other character matches these letters under
    ``re.I``, so it never turns a match away)."""
    lowered = text.lower()
    return "after" in lowered or "before" in lowered


def offset_anchor(sent: Span, trigger: Token) -> tuple[str, int] | None:
    """ "The strike came two days after jets killed ...": ("day", -2) from the happening it hangs on
    ("three months after the siege": ("month", -3); units are day, month and year)."""
    text = doc_text(sent.doc)
    before = text[sent.start_char : trigger.idx]
    match = _OFFSET.search(before) if _names_after_or_before(before) else None
    if match is None:
        return offset_clause(trigger)
    if _opening_frame_anaphor(sent, trigger, match.start()):
        return None  # "A day after the ambush, jets bombed ...": the ambush is a happening told before
    if match.group("units") and before[: match.start()].split()[-1:] in _NOT_A_FEW:
        return None  # "in the first days after the massacre": a span of time, no offset
    unit = (match.group("unit") or match.group("units")).lower()
    # ("The attack comes weeks after gunmen stormed a school": a few, read as "several")
    count = count_word(match.group("n") or "several") * (7 if unit == "week" else 1)
    return ("day" if unit == "week" else unit, -count if match.group("dir").lower() == "after" else count)


#: Units an offset counts in, by lemma, as (unit, days in it).
_OFFSET_UNITS = {"day": ("day", 1), "week": ("day", 7), "month": ("month", 1), "year": ("year", 1)}


def offset_clause(trigger: Token) -> tuple[str, int] | None:
    """ "The attack came two days after SNA troops, backed by clan militias, captured the town":
    a verb whose clause "N days after" (or "before") introduces, read off the parse however long
    the clause's subject (its commas stop the pattern of :func:`offset_anchor`); as there. A
    happening told inside that clause ("..., in fighting in which 17 militants were killed") is
    counted the same."""
    clause = next((v for v in (trigger, *trigger.ancestors) if _offset_mark(v) is not None), None)
    mark = _offset_mark(clause) if clause is not None else None
    if mark is None or clause is None:
        return None
    if clause is not trigger and trigger.head is clause and trigger.dep_ in ("advcl", "conj", "xcomp"):
        return None  # "three days after a man stabbed people, killing three": the stabbing's own toll

    # ("two days" hangs on the "after", or on the clause's verb before it)
    holders = [*mark.children, *(c for c in mark.head.children if c.i < mark.i)]
    unit = next((c for c in holders if c.dep_ == "npadvmod" and c.lemma_.lower() in _OFFSET_UNITS), None)
    count = next((c for c in unit.children if c.dep_ == "nummod"), None) if unit is not None else None
    if unit is None or count is None or (count.lower_ not in _COUNT_WORDS and not count.text.isdigit()):
        return None
    name, size = _OFFSET_UNITS[unit.lemma_.lower()]
    days = count_word(count.text) * size
    return name, -days if mark.lower_ == "after" else days


def _offset_mark(verb: Token) -> Token | None:
    """The "after" or "before" that opens ``verb``'s clause, if it does."""
    if verb.pos_ != "VERB":
        return None
    return next(
        (c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before") and c.i < verb.i),
        None,
    )


_COUNT_WORDS = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
)


def _opening_frame_anaphor(sent: Span, trigger: Token, offset_start: int) -> bool:
    """A definite event noun in a frame opening the sentence ("A day after the ambush, ..."): the
    happening the main clause is counted from, told before, not one counted from the main clause."""
    if offset_start > 0 or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in trigger.children):
        return False
    text = doc_text(sent.doc)
    comma = text.find(",", trigger.idx, sent.end_char)
    return comma >= 0 and "," not in text[sent.start_char : trigger.idx]


def _anchored_offset_date(sent: Span, trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """ "visited on Monday, three days after a man stabbed people": the stabbing is Monday minus three.

    The offset is counted from the date of the clause the "after"/"before"
    phrase hangs on (a date elsewhere in the sentence, or the publication day).
    """
    text = doc_text(sent.doc)
    before_trigger = text[sent.start_char : trigger.idx]
    if not _names_after_or_before(before_trigger):
        return None
    participle = trigger.dep_ == "advcl" and trigger.tag_ == "VBG"
    if participle and trigger.head.pos_ == "VERB" and trigger.head.i < trigger.i:
        # "Three days after bandits raided X, killing nine, ...": the toll is the raid's, on its day
        told = _anchored_offset_date(sent, trigger.head, dates)
        if told is not None:
            return told
    match = re.search(
        r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month)s?\s+(after|before)\s+"
        r"[^,;.]{0,60}$",
        before_trigger,
        re.I,
    )
    if match is None:
        return _few_days_from_a_month(sent, before_trigger, dates)
    n = count_word(match.group(1))
    days = n * {"day": 1, "week": 7, "month": 30}[match.group(2).lower()]
    sign = -1 if match.group(3).lower() == "after" else 1
    offset_start = sent.start_char + match.start()
    bases = [
        d for d in dates if sent.start_char <= d.span.start < offset_start and d.value.precision == "day"
    ]
    bases = [d for d in bases if not _dates_the_saying(sent, d, offset_start)]
    if not bases:
        bases = _main_clause_day(sent, offset_start, dates)
    if not bases:
        return None
    base = bases[-1].value.as_date()
    target = base + timedelta(days=sign * days)
    precision = "month" if match.group(2).lower() == "month" else "day"
    iso = target.isoformat() if precision == "day" else target.isoformat()[:7]
    return DateValue(iso=iso, precision=precision, text=match.group(0), relative=True)


#: "days after gunmen stormed ...": an uncounted few days or weeks after (or before) a happening.
_FEW_DAYS = re.compile(r"(?<![\w-])(?:days|weeks)\s+(?:after|before)\s+[^,;.]{0,60}$", re.I)


def _few_days_from_a_month(sent: Span, before_trigger: str, dates: list[DateMention]) -> DateValue | None:
    """ "The government declared the gangs terrorist groups in January 2024, days after gunmen
    stormed a studio": a happening an uncounted few days from a clause dated only by its month is
    in that month (None when the phrase or such a month is missing)."""
    match = _FEW_DAYS.search(before_trigger)
    if match is None or before_trigger[: match.start()].split()[-1:] in _NOT_A_FEW:
        return None
    offset_start = sent.start_char + match.start()
    if any(offset_start <= d.span.start < sent.end_char for d in dates):
        return None  # "..., weeks after the founder was arrested in July": its own month
    bases = [d for d in dates if sent.start_char <= d.span.start < offset_start]
    if not bases or bases[-1].value.precision != "month":
        return None
    text = doc_text(sent.doc)
    if text[max(sent.start_char, bases[-1].span.start - 7) : bases[-1].span.start].lower().split()[-1:] == [
        "since"
    ]:
        return None  # "at war since September, weeks after ...": a span's start, no clause's month
    return bases[-1].value.model_copy(update={"text": " ".join(match.group(0).split()[:2]), "relative": True})


def _dates_the_saying(sent: Span, mention: DateMention, offset_start: int) -> bool:
    """ "The minister said on Monday the men had travelled there two days before the attack": the
    day dates the saying, while the offset hangs on the reported clause; it is no base for it."""
    doc = sent.doc
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    unit = doc.char_span(offset_start, min(offset_start + 1, sent.end_char), alignment_mode="expand")
    if span is None or unit is None:
        return False
    said = governing_verb(span.root)
    held = governing_verb(unit.root)
    if said.lemma_.lower() in reporting_verbs():
        return held.i != said.i and held.i in {t.i for t in said.subtree}
    # "The minister, speaking in X on Monday, said the men had left two days before the attack":
    # a participle set off on the speaker dates the speaking, not the clause the offset hangs on
    return (
        said.tag_ == "VBG"
        and said.dep_ in ("advcl", "acl")
        and held.i != said.i
        and held.i not in {t.i for t in said.subtree}
    )


def _main_clause_day(sent: Span, offset_start: int, dates: list[DateMention]) -> list[DateMention]:
    """ "Two weeks after gunmen killed 14 in X, troops killed 11 bandits on Tuesday": for a frame
    opening the sentence with no day of its own, the day of the main clause after it ([] if none)."""
    text = doc_text(sent.doc)
    opening = max(sent.start_char, dateline_end(sent.doc))
    if opening > offset_start or text[opening:offset_start].strip(" \"'“‘"):
        return []  # not an opening frame
    comma = text.find(",", offset_start, sent.end_char)
    if comma < 0 or any(offset_start <= d.span.start < comma for d in dates):
        return []  # the frame dates its own happening: "Two days after gunmen killed seven on Monday, ..."
    after = [d for d in dates if comma < d.span.start < sent.end_char and d.value.precision == "day"]
    return after[:1]


_COUNTED_TO = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month)s?\s+(after|before)\b",
    re.I,
)


def _counted_to_a_date(sent: Span, trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """ "Militants fired on the border posts a day after the raid of October 7": the date after the
    offset phrase the trigger governs, moved by the offset (October 8)."""
    text = doc_text(sent.doc)
    start = trigger.idx + len(trigger.text)
    after = text[start : min(sent.end_char, start + 80)]
    match = _COUNTED_TO.search(after) if _names_after_or_before(after) else None
    if match is None or "," in after[: match.start()]:
        return None
    unit_token = sent.doc.char_span(start + match.start(2), start + match.end(2), alignment_mode="expand")
    holder = unit_token.root.head if unit_token is not None else None
    if holder is not None and holder.lower_ in ("after", "before"):
        holder = holder.head  # "two days after": the unit may hang on the preposition
    if holder is None or holder.i != trigger.i:
        return None  # the offset phrase is another verb's
    phrase_end = start + match.end()
    tail = text[phrase_end : min(sent.end_char, phrase_end + 60)]
    cut = min((tail.find(c) for c in ",;" if c in tail), default=len(tail))
    base = next((d for d in dates if phrase_end <= d.span.start < phrase_end + cut), None)
    if base is None or base.value.precision not in ("day", "month"):
        return None
    n = count_word(match.group(1))
    unit = match.group(2).lower()
    sign = 1 if match.group(3).lower() == "after" else -1
    if base.value.precision == "month" or unit == "month":
        if unit != "month":
            return base.value if base.value.precision == "month" else None
        year, month = int(base.value.iso[:4]), int(base.value.iso[5:7]) + sign * n
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return DateValue(iso=f"{year:04d}-{month:02d}", precision="month", text=match.group(0), relative=True)
    day = base.value.as_date() + timedelta(days=sign * n * (7 if unit == "week" else 1))
    return DateValue(iso=day.isoformat(), precision="day", text=match.group(0), relative=True)


def _day_of_the_noun(sent: Span, mention: DateMention, trigger: Token) -> bool:
    """Whether a date is told as the trigger noun's own modifier, before it ("Saturday's raid",
    "the weekend attack", "last weekend's car bombing"): the day names that happening."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    span = sent.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None or span.root.i >= trigger.i or span.root.dep_ not in ("poss", "compound", "nmod", "amod"):
        return False
    head = span.root.head
    return head.i == trigger.i or (head.dep_ == "compound" and head.head.i == trigger.i)


def _past_week(mention: DateMention) -> bool:
    """ "last week's bombing", "the previous week's raid": a week before the report's own, which
    dates its happening apart from the days of the sentence's other clauses."""
    words = mention.span.text.lower().split()
    return bool(words) and words[0] in ("last", "previous", "past")


def vague_week(value: DateValue) -> bool:
    """A day that stands for a whole week ("this week", "last week", "earlier this week")."""
    text = (value.text or "").lower()
    # (a weekend is two days, told as a happening's own: "the weekend raid")
    weekly = re.search(r"\bweeks?\b", text) is not None
    return weekly and not any(c.isdigit() for c in text) and not any(day in text for day in WEEKDAYS)


_FRAME = re.compile(
    r"\W*(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|night|week)s?\s+"
    r"(?P<dir>after|before)\b[^,;]{0,160},",
    re.I,
)


def _framed_date(sent: Span, trigger: Token, dates: list[DateMention]) -> tuple[DateValue, int] | None:
    """The date of a main clause after an opening frame that dates its own happening ("Two days after
    gunmen killed seven farmers on Monday, troops ..."): that day moved by the count, with the
    character offset where the frame ends. None for a trigger inside the frame."""
    text = doc_text(sent.doc)
    match = _FRAME.match(text, sent.start_char, sent.end_char)
    if match is None or trigger.idx < match.end():
        return None
    # (the frame's own "two weeks before" is no base: it is the count, not the day counted from)
    inside = [d for d in dates if match.end("dir") <= d.span.start < match.end()]
    base = next((d for d in inside if d.value.precision == "day"), None)
    if base is None:
        return None
    days = count_word(match.group("n")) * (7 if match.group("unit").lower() == "week" else 1)
    day = base.value.as_date() + timedelta(days=days if match.group("dir").lower() == "after" else -days)
    return DateValue(iso=day.isoformat(), precision="day", text=match.group(0), relative=True), match.end()


def news_date(
    doc: Doc, dates: list[DateMention], published: date | None, *, item_at: int | None = None
) -> DateValue | None:
    """The day the news is about: the first day-precise date of the body in the days before publication.

    A breaking report names the day of the attack once ("on Tuesday") and then
    says "the attack"; an undated violent event in it is most likely that day.
    Dates in the dateline, the headline, the standfirst or a caption are no
    such day (a caption dates its photo), nor is a date told in one item of a
    list page (a blotter's, a bulletin's; page.py): that item is no lead of the
    others. With ``item_at`` (a character offset) inside such an item, the day
    is the first one that item tells (None when it tells none).
    """
    if published is None:
        return None
    filed = dateline_end(doc)
    layout = page_layout(doc)
    own = layout.item_at(item_at) if item_at is not None and layout.items else None
    if item_at is not None and own is None:
        return None
    for mention in dates:
        if mention.span.start < filed or mention.value.precision != "day":
            continue
        if layout.items and layout.item_at(mention.span.start) != own:
            continue
        if zone_at(doc, mention.span.start) in SECONDARY_ZONES or vague_week(mention.value):
            continue  # "this week's seizure" tells no day
        words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        named = words.root.head if words is not None else None
        while named is not None and named.dep_ == "compound" and named.head.i != named.i:
            named = named.head  # "last Friday's rocket attack": the noun the day is said of
        if named is not None and told_in_passing(named):
            continue  # "retaliating for the March 3 strike": the day of a motive, not of the news
        delta = (published - mention.value.as_date()).days
        if 0 <= delta <= 10:
            return mention.value
    return None


def dateline_places(doc: Doc, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The city the report was filed from, when its dateline names exactly one.

    Only the dateline's own tokens count: a headline above it names the
    story's places, not the filing city. Returns ``[city]`` or ``[]``.
    """
    found_dateline = dateline(doc)
    if found_dateline is None or not found_dateline.places:
        return []
    start, end = found_dateline.places_start, found_dateline.end
    found: list[EntityCluster] = []
    for token in doc:
        if token.idx >= end:
            break
        if token.idx < start:
            continue
        cluster = index.get(token.i)
        if (
            cluster is not None
            and cluster.type == "PLACE"
            and cluster.subtype == "city"
            and cluster not in found
        ):
            found.append(cluster)
    return found[:1] if len(found) == 1 else []


def _reached_by_then(trigger: Token) -> bool:
    """Whether the trigger, a verb, is told in the past as going on or done by a day ("By Friday,
    commandos were clearing the hotel", "By Sunday, troops had retaken the town"): an active past
    progressive or past perfect with no modal or negation, so a "by" date says when it happened,
    not a deadline ("must leave by Friday") nor a toll or a silence reached by then ("by Friday
    11 more had been killed", "no group had claimed it by Saturday")."""
    verb = trigger
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBG", "VBN"):
        return False
    if any(c.dep_ in ("auxpass", "neg") or c.tag_ == "MD" for c in verb.children):
        return False  # "by Friday 11 more had been killed": a toll reached; "had not claimed it by"
    if any(c.dep_ == "nsubj" and any(d.lower_ == "no" for d in c.children) for c in verb.children):
        return False  # "no group had claimed the bombing by Saturday"
    return any(c.dep_ == "aux" and c.lower_ in ("had", "was", "were") for c in verb.children)


def _still_going(trigger: Token) -> bool:
    """Whether the trigger's clause, or a clause it hangs in, is told as still going on ("were still
    fighting", "was still trying to end the siege"): a "by" date then says when it went on."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "still" for t in (trigger, *trigger.ancestors) for c in t.children
    )
