"""The dependency tree of a parsed Doc as plain Python lists, built once and kept with the Doc.

spaCy builds a new ``Token`` on every ``doc[i]``, ``token.head``, ``token.children`` ... and a
rule that walks the tree ("the appositive's head", "a verb's subject children") pays for one
object per step. :func:`parse_index` reads the tree once per Doc: each token's head index, its
children's indices, the left and right edge of its subtree and the number of its sentence; the
token columns of :mod:`nexus.extract.tokens` that never change after the parser (lower-case
form, dependency label, coarse part of speech, text, title case) are shared with it, so a stage
can check its cheap conditions on lists of ints and strings and build a ``Token`` only for the
few tokens that pass.

Its lemma and tag columns are read when the index is built, not shared: ``mend_past_forms``
(the first step of the entities component) rewrites some lemmas and tags after the gazetteer
component has already cached the :func:`nexus.extract.tokens.lemmas` column, so the index holds
what ``token.lemma_`` and ``token.tag_`` say. It must therefore be built only after the entities
component has started (every stage that reads it runs there or later).
"""

from __future__ import annotations

from spacy.attrs import HEAD, LEMMA, TAG
from spacy.tokens import Doc

from nexus.extract.tokens import deps, lowers, pos_ids, sentence_starts, texts, title_flags

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
    ``texts`` (``token.text``), ``titles`` (``token.is_title``)."""

    __slots__ = (
        "_children",
        "_edges",
        "deps",
        "heads",
        "lemmas",
        "lowers",
        "pos",
        "sent_ids",
        "sent_starts",
        "tags",
        "texts",
        "titles",
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

    def sentence(self, i: int) -> tuple[int, int]:
        """``(start, end)`` token indices of the sentence holding token ``i`` (``doc[i].sent``)."""
        number = self.sent_ids[i]
        starts = self.sent_starts
        return starts[number], starts[number + 1] if number + 1 < len(starts) else len(self.heads)


def parse_index(doc: Doc) -> ParseIndex:
    """The :class:`ParseIndex` of a parsed Doc, built on first use and kept in ``doc.user_data``
    (dropped with the other caches by :func:`nexus.extract.tokens.release`)."""
    found = doc.user_data.get(_KEY)
    if not isinstance(found, ParseIndex):
        found = ParseIndex(doc)
        doc.user_data[_KEY] = found
    return found
