"""Per-Doc facts about tokens, computed once and kept with the Doc.

spaCy builds a new ``Token`` (and, for ``Token.sent``, a new ``Span`` after a
scan back to the sentence start) on every access, and each string attribute
(``lower_``, ``lemma_``) is a look-up in the string store; stages that ask the
same question of the same Doc many times read it from here instead. The Doc must
be fully parsed: sentence boundaries, entities and lemmas are read once and never change after.

A stage that scans every token of a sentence for a few lexicon words
(``for tok in sent: if tok.lemma_.lower() in WORDS ...``) asks
:func:`matching` for the tokens whose word or lemma is in its lexicon:
the comparison runs on two cached lists of strings, and only the tokens that
can match are built.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator

from spacy.attrs import (
    DEP,
    IS_LOWER,
    IS_QUOTE,
    IS_SPACE,
    IS_TITLE,
    LEMMA,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Span, Token

_STARTS = "nexus_sentence_starts"
_ENTS = "nexus_entity_spans"
_LOWERS = "nexus_token_lowers"
_LEMMAS = "nexus_token_lemmas"
_SETS = "nexus_span_word_sets"
_TAGS = "nexus_token_tags"
_NUMS = "nexus_token_like_num"
_SENTS = "nexus_sentences"
_TEXTS = "nexus_token_texts"
_POS = "nexus_token_pos"
_DEPS = "nexus_token_deps"
_SPACES = "nexus_token_spaces"
_TITLES = "nexus_token_is_title"
_BLANKS = "nexus_token_is_space"
_QUOTED = "nexus_token_quoted"
_LOWER_FLAGS = "nexus_token_is_lower"


def sentence_starts(doc: Doc) -> list[int]:
    """The token index of each sentence start of a parsed Doc, ascending (``doc.sents``)."""
    starts: list[int] | None = doc.user_data.get(_STARTS)
    if starts is None:
        if not doc.has_annotation("SENT_START") or "sents" in doc.user_hooks:
            starts = [sent.start for sent in doc.sents]  # (raises on an unparsed Doc, like ``doc.sents``)
        else:  # ``doc.sents`` without building a Span per sentence: the first token and every marked start
            flags = doc.to_array(SENT_START).tolist()
            starts = [i for i, flag in enumerate(flags) if flag == 1 or i == 0]
        doc.user_data[_STARTS] = starts
    return starts


def sentences(doc: Doc) -> tuple[Span, ...]:
    """``tuple(doc.sents)`` of a parsed Doc, built once (spaCy builds every sentence Span, after a
    scan of the whole Doc, on each ``doc.sents``)."""
    found: tuple[Span, ...] | None = doc.user_data.get(_SENTS)
    if found is None:
        starts = sentence_starts(doc)
        found = tuple(
            Span(doc, start, end) for start, end in zip(starts, [*starts[1:], len(doc)], strict=True)
        )
        doc.user_data[_SENTS] = found
    return found


def sentence_start(doc: Doc, i: int) -> int:
    """``doc[i].sent.start`` without building the sentence: the start of the sentence holding token ``i``."""
    starts = sentence_starts(doc)
    return starts[max(bisect_right(starts, i) - 1, 0)]


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """``(start, end)`` token indices of the sentence holding token ``i`` (``doc[i].sent``)."""
    starts = sentence_starts(doc)
    at = max(bisect_right(starts, i) - 1, 0)
    return starts[at], starts[at + 1] if at + 1 < len(starts) else len(doc)


def entity_spans(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` of a finished Doc, built once (spaCy builds every entity Span on each access)."""
    ents: tuple[Span, ...] | None = doc.user_data.get(_ENTS)
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data[_ENTS] = ents
    return ents


def _column(doc: Doc, key: str, attr: int, read: Callable[[str], str] | None = None) -> list[str]:
    """One string per token of a finished Doc, by token index, read once and kept under ``key``:
    the string of attribute ``attr`` (``read`` applied to it), from one ``Doc.to_array`` column
    instead of a ``Token`` built per token."""
    found: list[str] | None = doc.user_data.get(key)
    if found is None:
        strings = doc.vocab.strings
        ids = doc.to_array(attr).tolist() if len(doc) else []
        found = [strings[i] for i in ids] if read is None else [read(strings[i]) for i in ids]
        doc.user_data[key] = found
    return found


def forget_lemma_columns(doc: Doc) -> None:
    """Drop the lemma, tag, part-of-speech and dependency columns read so far, and the span word
    sets built from them, so the next reader sees lemmas, tags, parts of speech or dependency
    labels changed after they were read (a stage that mends the parse)."""
    for key in (_LEMMAS, _TAGS, _POS, _DEPS, _SETS):
        doc.user_data.pop(key, None)


def lowers(doc: Doc) -> list[str]:
    """``token.lower_`` of every token of a finished Doc, by token index (read once per Doc)."""
    found: list[str] | None = doc.user_data.get(_LOWERS)  # (asked often: the kept column without a call)
    return _column(doc, _LOWERS, LOWER) if found is None else found


def lemmas(doc: Doc) -> list[str]:
    """``token.lemma_.lower()`` of every token of a finished Doc, by token index (read once per Doc)."""
    found: list[str] | None = doc.user_data.get(_LEMMAS)  # (asked often: the kept column without a call)
    return _column(doc, _LEMMAS, LEMMA, str.lower) if found is None else found


def tags(doc: Doc) -> list[str]:
    """``token.tag_`` (the fine-grained part of speech) of every token of a finished Doc, by index."""
    found: list[str] | None = doc.user_data.get(_TAGS)  # (asked often: the kept column without a call)
    return _column(doc, _TAGS, TAG) if found is None else found


def texts(doc: Doc) -> list[str]:
    """``token.text`` of every token of a Doc, by token index (read once per Doc)."""
    found: list[str] | None = doc.user_data.get(_TEXTS)  # (asked often: the kept column without a call)
    return _column(doc, _TEXTS, ORTH) if found is None else found


def pos_ids(doc: Doc) -> list[int]:
    """``token.pos`` (the coarse part of speech, as ``spacy.symbols`` ids: ``PROPN``, ``NOUN`` ...)
    of every token of a finished Doc, by token index (read once per Doc)."""
    found: list[int] | None = doc.user_data.get(_POS)
    if found is None:
        found = doc.to_array(POS).tolist() if len(doc) else []
        doc.user_data[_POS] = found
    return found


def deps(doc: Doc) -> list[str]:
    """``token.dep_`` (the dependency label) of every token of a parsed Doc, by token index."""
    found: list[str] | None = doc.user_data.get(_DEPS)  # (asked often: the kept column without a call)
    return _column(doc, _DEPS, DEP) if found is None else found


def spaces(doc: Doc) -> list[bool]:
    """``bool(token.whitespace_)`` of every token of a Doc (a space follows it), by token index."""
    found: list[bool] | None = doc.user_data.get(_SPACES)
    if found is None:
        found = [bool(v) for v in doc.to_array(SPACY).tolist()] if len(doc) else []
        doc.user_data[_SPACES] = found
    return found


def title_flags(doc: Doc) -> list[bool]:
    """``token.is_title`` of every token of a Doc (capitalised: "Camp", not "camp" or "UN"), by index."""
    found: list[bool] | None = doc.user_data.get(_TITLES)
    if found is None:
        found = [bool(v) for v in doc.to_array(IS_TITLE).tolist()] if len(doc) else []
        doc.user_data[_TITLES] = found
    return found


def lower_flags(doc: Doc) -> list[bool]:
    """``token.is_lower`` of every token of a Doc (its cased letters all lower case: "camp", not
    "Camp"), by token index."""
    found: list[bool] | None = doc.user_data.get(_LOWER_FLAGS)
    if found is None:
        found = [bool(v) for v in doc.to_array(IS_LOWER).tolist()] if len(doc) else []
        doc.user_data[_LOWER_FLAGS] = found
    return found


def space_flags(doc: Doc) -> list[bool]:
    """``token.is_space`` of every token of a Doc (a whitespace token: "\\n", "  "), by token index."""
    found: list[bool] | None = doc.user_data.get(_BLANKS)
    if found is None:
        found = [bool(v) for v in doc.to_array(IS_SPACE).tolist()] if len(doc) else []
        doc.user_data[_BLANKS] = found
    return found


def like_nums(doc: Doc) -> list[bool]:
    """``token.like_num`` of every token of a Doc, by token index (read once per Doc)."""
    found: list[bool] | None = doc.user_data.get(_NUMS)
    if found is None:
        found = [bool(v) for v in doc.to_array(LIKE_NUM).tolist()] if len(doc) else []
        doc.user_data[_NUMS] = found
    return found


def quoted_flags(doc: Doc) -> list[bool]:
    """Whether each token of a Doc stands inside quotation marks, by token index: an odd number
    of double quote marks (``is_quote`` tokens other than the single marks "'", "’", "‘" and "`",
    apostrophes as often as quotes) before it in its paragraph, counted from the last token with
    a line break (that token not counted; a token's trailing space is one " " at most, a line
    break is a token of its own). One pass per Doc."""
    found: list[bool] | None = doc.user_data.get(_QUOTED)
    if found is None:
        found = []
        marks = doc.to_array(IS_QUOTE).tolist() if len(doc) else []
        count = 0
        for word, mark in zip(texts(doc), marks, strict=True):
            found.append(count % 2 == 1)
            if "\n" in word:
                count = 0
            elif mark and word not in ("'", "’", "‘", "`"):
                count += 1
        doc.user_data[_QUOTED] = found
    return found


def tagged(sent: Span, tag_set: Collection[str], words: Collection[str] = ()) -> Iterator[Token]:
    """The tokens of ``sent``, in order, whose fine-grained tag is in ``tag_set`` or whose
    lower-case form is in ``words``: what ``for tok in sent`` reaches when every other token
    is skipped by its tag."""
    doc = sent.doc
    tag, low = tags(doc), lowers(doc)
    for i in range(sent.start, sent.end):
        if tag[i] in tag_set or low[i] in words:
            yield doc[i]


def span_words(span: Span) -> tuple[frozenset[str], frozenset[str]]:
    """``(lemmas, words)`` of the tokens of ``span``: the sets of their lower-cased lemmas and
    lower-case forms, built once per span bounds and kept with the Doc (a sentence's word index)."""
    doc = span.doc
    cache: dict[tuple[int, int], tuple[frozenset[str], frozenset[str]]] | None = doc.user_data.get(_SETS)
    if cache is None:
        cache = doc.user_data[_SETS] = {}
    key = (span.start, span.end)
    found = cache.get(key)
    if found is None:
        start, end = key
        found = (frozenset(lemmas(doc)[start:end]), frozenset(lowers(doc)[start:end]))
        cache[key] = found
    return found


def _disjoint(present: frozenset[str], words: Collection[str]) -> bool:
    """No word of ``present`` is in ``words`` (iterating the smaller side where both are sets)."""
    if not words:
        return True  # (the common ``words=()`` of :func:`matching`: nothing to compare)
    if isinstance(words, dict):
        return words.keys().isdisjoint(present)
    return present.isdisjoint(words)


def matching(
    sent: Span, lemma_words: Collection[str], words: Collection[str] = (), also: Collection[int] = ()
) -> Iterator[Token]:
    """The tokens of ``sent``, in order, whose lower-cased lemma is in ``lemma_words``, whose
    lower-case form is in ``words`` or whose index is in ``also``: what ``for tok in sent``
    reaches when it acts only on those.

    A span none of whose words is in either lexicon (the common case) is answered from its
    word sets (:func:`span_words`) without a scan."""
    if not also:
        # (:func:`span_words` and :func:`_disjoint` inlined: most of the calls end here)
        cache = sent.doc.user_data.get(_SETS)
        sets = None if cache is None else cache.get((sent.start, sent.end))
        lem_set, low_set = span_words(sent) if sets is None else sets
        if (
            not lemma_words
            or (
                lemma_words.keys().isdisjoint(lem_set)
                if isinstance(lemma_words, dict)
                else lem_set.isdisjoint(lemma_words)
            )
        ) and (
            not words
            or (words.keys().isdisjoint(low_set) if isinstance(words, dict) else low_set.isdisjoint(words))
        ):
            return _NO_TOKENS
    return _scan(sent, lemma_words, words, also)


#: What :func:`matching` returns for a span none of whose words it looks for: an iterator that is
#: exhausted already, shared (it yields nothing to every caller, however often it is read).
_NO_TOKENS: Iterator[Token] = iter(())


def _scan(
    sent: Span, lemma_words: Collection[str], words: Collection[str], also: Collection[int]
) -> Iterator[Token]:
    doc = sent.doc
    start, end = sent.start, sent.end
    lem, low = lemmas(doc), lowers(doc)
    if also or end - start <= _SHORT_SPAN:
        for i in range(start, end):
            if lem[i] in lemma_words or low[i] in words or i in also:
                yield doc[i]
        return
    # In a long span (a whole Doc, often), only the span's words that are in a lexicon can match:
    # find each where it stands (``list.index`` runs in C) instead of testing every token in Python.
    lem_set, low_set = span_words(sent)
    found: set[int] = set()
    for column, present, lexicon in ((lem, lem_set, lemma_words), (low, low_set, words)):
        if lexicon:
            for word in _present(present, lexicon):
                _add_positions(column, word, start, end, found)
    for i in sorted(found):
        yield doc[i]


#: The span length (tokens) up to which :func:`_scan` tests every token: on a sentence of news
#: length that is cheaper than intersecting word sets and finding each word.
_SHORT_SPAN = 64


def _present(present: frozenset[str], lexicon: Collection[str]) -> Collection[str]:
    """The words of ``present`` that are in ``lexicon`` (``word in lexicon`` for each)."""
    if isinstance(lexicon, (set, frozenset)):
        return present & lexicon
    return [word for word in present if word in lexicon]


def _add_positions(column: list[str], word: str, start: int, end: int, found: set[int]) -> None:
    """Add to ``found`` every index in ``[start, end)`` where ``column`` holds ``word``."""
    try:
        i = column.index(word, start, end)
        while True:
            found.add(i)
            i = column.index(word, i + 1, end)
    except ValueError:
        return


def release(doc: Doc) -> None:
    """Drop what the stages cached on a Doc that is done with (its ``user_data``, extension values
    included): the caches hold Spans and Tokens that point back at the Doc, so without this the
    Doc lives on until the cyclic garbage collector finds it."""
    doc.user_data.clear()
