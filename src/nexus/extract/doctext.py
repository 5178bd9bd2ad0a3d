"""The text of a Doc, built once.

spaCy rebuilds ``Doc.text`` from its tokens on every access; the extraction
stages slice it thousands of times per document, so it is cached in
``doc.user_data``. Components never change the text, so the cache stays true.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "nexus_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed on first use and kept with the Doc."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text
