"""The text of a Doc, built once.

spaCy rebuilds ``Doc.text`` from its tokens on every access; the extraction
stages slice it thousands of times per document, so it is cached in
``doc.user_data``. Components never change the text, so the cache stays true.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

_KEY = "nexus_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed on first use and kept with the Doc."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def _word_char(char: str) -> bool:
    """Whether ``char`` is what the regular expression ``[\\w-]`` matches (``\\w`` of a str pattern:
    a letter, a digit or numeral of any script, or the underscore)."""
    return char.isalnum() or char in "_-"


def whole_word_occurrences(text: str, form: str, *, ending: bool = True) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each occurrence of ``form`` in ``text`` with no word character or hyphen
    right before it, nor (with ``ending``) right after it: the matches of ``re.finditer(r"(?<![\\w-])"
    + re.escape(form) + r"(?![\\w-])", text)`` (without the look-ahead when not ``ending``), found by
    ``str.find`` (a pattern that opens with a look-behind is tried at every position of the text, a
    plain search jumps to the form's occurrences)."""
    if not form:
        return
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _word_char(text[at - 1])) and (
            not ending or end == len(text) or not _word_char(text[end])
        ):
            yield at, end
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)
