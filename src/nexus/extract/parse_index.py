"""The dependency tree of a parsed Doc as plain Python lists, built once and kept with the Doc.

spaCy builds a new ``Token`` on every ``doc[i]``, ``token.head``, ``token.children`` ... and a
rule that walks the tree ("the appositive's head", "a verb's subject children") pays for one
object per step. :func:`parse_index` reads the tree once per Doc: each token's head index, its
children's indices, the left and right edge of its subtree and the number of its sentence; the
token columns of :mod:`nexus.extract.tokens` that never change after the parser (lower-case
form, dependency label, coarse part of speech, text, title case, whitespace) are shared with it, so a stage
can check its cheap conditions on lists of ints and strings and build a ``Token`` only for the
few tokens that pass.

Its lemma and tag columns are read when the index is built, not shared: ``mend_past_forms``
(the first step of the entities component) rewrites some lemmas and tags after the gazetteer
component has already cached the :func:`nexus.extract.tokens.lemmas` column, so the index holds
what ``token.lemma_`` and ``token.tag_`` say. It must therefore be built only after the entities
component has started (every stage that reads it runs there or later).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import HEAD, IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_UPPER, LEMMA, TAG
from spacy.tokens import Doc, Span

from nexus.extract.doctext import doc_text
from nexus.extract.tokens import deps, lowers, pos_ids, sentence_starts, space_flags, texts, title_flags
from nexus.extract.tokens import spaces as spaces_of

_KEY = "nexus_parse_index"


class ParseIndex:
    """Per-token facts of one parsed Doc, by token index (all lists have ``len(doc)`` items).

    ``heads[i]``: the index of token ``i``'s head (``doc[i].head.i``; a root is its own head);
    ``children(i)``: the indices of its children, ascending (``[c.i for c in doc[i].children]``);
    ``left_edge(i)``, ``right_edge(i)``: the first and last index of its subtree
    (``doc[i].left_edge.i``, ``doc[i].right_edge.i``); ``sent_ids[i]``: the number of its
    sentence (0 for the first); ``sent_starts``: each sentence's first token index. The string
    and flag columns: ``lowers`` (``token.lower_``), ``lemmas`` (``token.lemma_.lower()``), ``tags``
    (``token.tag_``), ``deps`` (``token.dep_``), ``pos`` (``token.pos``, ``spacy.symbols`` ids),
    ``texts`` (``token.text``), ``titles`` (``token.is_title``); lexical flags ``puncts``
    (``token.is_punct``), ``lower_cased`` (``token.is_lower``), ``upper_cased`` (``token.is_upper``),
    ``alphas`` (``token.is_alpha``), ``blanks`` (``token.is_space``)."""

    __slots__ = (
        "_children",
        "_edges",
        "alphas",
        "blanks",
        "deps",
        "heads",
        "lemmas",
        "lower_cased",
        "lowers",
        "pos",
        "puncts",
        "sent_ids",
        "sent_starts",
        "tags",
        "texts",
        "titles",
        "upper_cased",
    )

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        relative = doc.to_array(HEAD).view("int64").tolist() if n else []
        self.heads: list[int] = [i + offset for i, offset in enumerate(relative)]
        self.lowers = lowers(doc)
        strings = doc.vocab.strings
        self.lemmas: list[str] = [strings[v].lower() for v in doc.to_array(LEMMA).tolist()] if n else []
        self.tags: list[str] = [strings[v] for v in doc.to_array(TAG).tolist()] if n else []
        self.deps = deps(doc)
        self.pos = pos_ids(doc)
        self.texts = texts(doc)
        self.titles = title_flags(doc)
        flags = doc.to_array([IS_PUNCT, IS_LOWER, IS_ALPHA, IS_UPPER]).T.tolist() if n else [[]] * 4
        self.puncts: list[bool] = [bool(v) for v in flags[0]]
        self.lower_cased: list[bool] = [bool(v) for v in flags[1]]
        self.alphas: list[bool] = [bool(v) for v in flags[2]]
        self.upper_cased: list[bool] = [bool(v) for v in flags[3]]
        self.blanks = space_flags(doc)
        self.sent_starts = sentence_starts(doc) if n else []
        ids: list[int] = []
        starts = self.sent_starts
        for number, start in enumerate(starts):
            end = starts[number + 1] if number + 1 < len(starts) else n
            ids.extend([number] * (end - start))
        self.sent_ids: list[int] = ids
        self._children: list[list[int]] | None = None
        self._edges: tuple[list[int], list[int]] | None = None

    def children(self, i: int) -> list[int]:
        """The indices of token ``i``'s children, ascending (``doc[i].children``)."""
        found = self._children
        if found is None:
            found = [[] for _ in self.heads]
            for j, head in enumerate(self.heads):
                if head != j:
                    found[head].append(j)
            self._children = found
        return found[i]

    def _edge_lists(self) -> tuple[list[int], list[int]]:
        """``(left edges, right edges)`` of every token: the smallest and largest index in its
        subtree, each token's index spread up its chain of heads."""
        found = self._edges
        if found is None:
            heads = self.heads
            left = list(range(len(heads)))
            right = list(range(len(heads)))
            for j, head in enumerate(heads):
                i = j
                while head != i:  # (a tree: every chain of heads ends at its root)
                    if j < left[head]:
                        left[head] = j
                    if j > right[head]:
                        right[head] = j
                    i, head = head, heads[head]
            found = self._edges = (left, right)
        return found

    def left_edge(self, i: int) -> int:
        """The first token index of token ``i``'s subtree (``doc[i].left_edge.i``)."""
        return self._edge_lists()[0][i]

    def right_edge(self, i: int) -> int:
        """The last token index of token ``i``'s subtree (``doc[i].right_edge.i``)."""
        return self._edge_lists()[1][i]

    def span_root(self, start: int, end: int) -> int:
        """The index of ``doc[start:end].root`` (``start < end``), found as spaCy finds it: a
        sentence root inside the range, else the token whose head lies outside it with the fewest
        steps up to its sentence's root (the first such on a tie; a childless space or punctuation
        mark counts as ``len(doc) - 1`` steps), else ``start``. (No ``root`` span hook is read.)"""
        heads = self.heads
        for i in range(start, end):
            if heads[i] == i:
                return i
        best, root = len(heads), -1
        for i in range(start, end):
            if start <= heads[i] < end:
                continue
            steps, j = 0, i
            if (self.blanks[i] or self.puncts[i]) and not self.children(i):
                steps = len(heads) - 1  # (spaCy: a bare space or mark is the root only failing all else)
            while heads[j] != j and steps < len(heads) - 1:
                j = heads[j]
                steps += 1
            if steps < best:
                best, root = steps, i
        return start if root == -1 else root

    def sentence(self, i: int) -> tuple[int, int]:
        """``(start, end)`` token indices of the sentence holding token ``i`` (``doc[i].sent``)."""
        number = self.sent_ids[i]
        starts = self.sent_starts
        return starts[number], starts[number + 1] if number + 1 < len(starts) else len(self.heads)


def forget_parse_index(doc: Doc) -> None:
    """Drop the Doc's :class:`ParseIndex`, if built: its lemma and tag columns are stale once a
    stage rewrites lemmas or tags (``mend_past_forms``)."""
    doc.user_data.pop(_KEY, None)


def parse_index(doc: Doc) -> ParseIndex:
    """The :class:`ParseIndex` of a parsed Doc, built on first use and kept in ``doc.user_data``
    (dropped with the other caches by :func:`nexus.extract.tokens.release`)."""
    found = doc.user_data.get(_KEY)
    if not isinstance(found, ParseIndex):
        found = ParseIndex(doc)
        doc.user_data[_KEY] = found
    return found


_CHARS = "nexus_token_char_bounds"


def _char_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """``(starts, ends)`` of every token of a Doc: its first character offset (``token.idx``) and
    the offset after its trailing whitespace (what ``Doc.char_span`` counts as the token's), read
    once per Doc; the characters never change after tokenization."""
    found: tuple[list[int], list[int]] | None = doc.user_data.get(_CHARS)
    if found is None:
        starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
        ends = [
            start + len(token) + trail
            for start, token, trail in zip(starts, texts(doc), spaces_of(doc), strict=True)
        ]
        found = doc.user_data[_CHARS] = (starts, ends)
    return found


def token_starts(doc: Doc) -> list[int]:
    """``token.idx`` (the first character offset) of every token of a Doc, by index, read once."""
    return _char_bounds(doc)[0]


def _token_at_char(starts: list[int], ends: list[int], char: int) -> int:
    """The index of the token whose characters (trailing whitespace included) hold ``char``; -1 if none."""
    i = bisect_right(starts, char) - 1
    return i if i >= 0 and char < ends[i] else -1


def char_range(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """``(start, end)`` token indices of ``doc.char_span(start_char, end_char, alignment_mode="expand")``
    (every token the characters touch, a start in a token's trailing whitespace moved to the next
    token), or None where that gives None; found by bisection on cached offsets, no Span built."""
    starts, ends = _char_bounds(doc)
    start = _token_at_char(starts, ends, start_char)
    if start < 0:
        return None
    end = _token_at_char(starts, ends, end_char - 1)
    if end < 0:
        return None
    if start_char == starts[start] + len(texts(doc)[start]):
        start += 1  # (in the whitespace after the token)
    return start, end + 1


def expand_span(doc: Doc, start_char: int, end_char: int, label: str = "") -> Span | None:
    """``doc.char_span(start_char, end_char, label, alignment_mode="expand")`` through :func:`char_range`."""
    found = char_range(doc, start_char, end_char)
    if found is None:
        return None
    return Span(doc, found[0], found[1], label=label or 0)


def range_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (the tokens' characters, the last one's trailing whitespace left
    out) sliced from the Doc's cached text, no Span built; "" for an empty range."""
    if start >= end:
        return ""
    starts = _char_bounds(doc)[0]
    return doc_text(doc)[starts[start] : starts[end - 1] + len(texts(doc)[end - 1])]
