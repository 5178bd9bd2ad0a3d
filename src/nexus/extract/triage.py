"""Document triage: decide, before any parsing, whether a document can hold a security event.

A news stream is mostly not about security (sports, markets, weather, culture);
parsing such articles costs the full tagger, parser and NER price and their
ordinary words ("workers went on strike", "a shot from the edge of the box")
make false events. Triage looks at the tokenizer's output only:

1. **Cue words** (``ontology/triage.yaml``, matched on the lower-cased token
   text; words with everyday senses such as "strike" or "shot" are not cues):
   a document without one is skipped.
2. **A small trained classifier** (``triage_model/``, a spaCy ``textcat`` with a
   bag-of-words and bigram linear model, trained by ``make train-triage`` from
   ``training/triage/``): a document it scores below :data:`THRESHOLD` for
   "security" is skipped (a short text with one strong cue word needs only
   :data:`SHORT_THRESHOLD`).

A skipped document gets an Extraction with no facts and ``skipped`` set to the
reason; its text is never parsed. The classifier reads the Doc the extractor's
own tokenizer made (its features are hashes of the token text, the same in any
vocabulary), so triage costs one pass over the tokens and one linear model.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc

from nexus import ontology
from nexus.extract.shipped import altered_files, load_textcat

MODEL_DIR = Path(__file__).resolve().parent / "triage_model"
CHECKSUMS = MODEL_DIR / "SHA256SUMS"
#: The classifier's label for documents that can hold a security event or actor.
LABEL = "security"
#: Documents scored below this are skipped (read on the train split's held-out tenth, reported
#: on the held-back test split, checked against the development reports' recall; see
#: training/triage/README.md).
THRESHOLD = 0.5
#: The classifier reads at most this many tokens (the top of a report says what it is about).
MAX_TOKENS = 1500
#: A text this short (a sentence or two) gives the classifier little to go on: it is relevant
#: when it holds :data:`STRONG_CUES` distinct cue words of violence or armed actors.
SHORT_TOKENS = 80
STRONG_CUES = 2
#: A short text with one strong cue word and a partner word of it (``short_text_partners``:
#: "a drone struck a depot") is relevant from this classifier score on: the two words together
#: say more than the classifier reads in one sentence.
PARTNER_THRESHOLD = 0.25
#: A short text naming this many distinct countries reaches the classifier without a cue word:
#: a one-line report of two states' dealings ("officials of A and B met in C") may use none.
SHORT_COUNTRIES = 2
#: The cue groups of ``triage.yaml`` that count as strong.
STRONG_GROUPS = ("violence", "actors")
#: A short text with one strong cue word (a one-sentence report: "an air strike killed two
#: men") is relevant from this classifier score on: a sentence gives the classifier few
#: features, and losing a report costs more than parsing a brief.
SHORT_THRESHOLD = 0.4


@dataclass(frozen=True)
class Decision:
    """The triage verdict on one document: parse it or not, and why."""

    relevant: bool
    reason: str
    cues: int
    score: float | None


@cache
def cue_words() -> frozenset[str]:
    """Lower-cased surface forms whose presence lets a document reach the classifier."""
    words: set[str] = set()
    for group in ontology.table("triage.yaml")["cues"].values():
        words.update(str(w).lower() for w in group)
    return frozenset(words)


@cache
def strong_cue_words() -> frozenset[str]:
    """The cue words of violence and armed actors (:data:`STRONG_GROUPS`)."""
    table = ontology.table("triage.yaml")["cues"]
    return frozenset(str(w).lower() for group in STRONG_GROUPS for w in table.get(group, []))


@cache
def partner_words() -> frozenset[str]:
    """Words that count as a second strong cue in a short text holding one (``short_text_partners``)."""
    return frozenset(str(w).lower() for w in ontology.table("triage.yaml").get("short_text_partners", []))


@cache
def _country_names() -> dict[str, str]:
    """Folded country name or alias -> ISO code, without names that are also common words
    or person names (``ambiguous`` in ``countries.yaml``: "Chad", "Jordan")."""
    from nexus.extract.geocode import country_index, fold

    ambiguous = {fold(str(n)) for n in ontology.table("countries.yaml").get("ambiguous", [])}
    return {k: str(c.country) for k, c in country_index().items() if k not in ambiguous and c.country}


def countries_named(doc: Doc) -> set[str]:
    """ISO codes of the countries a text names (one to three capitalised tokens; tokenizer only)."""
    from nexus.extract.geocode import fold

    names = _country_names()
    found: set[str] = set()
    for i, token in enumerate(doc):
        if not token.text[:1].isupper():
            continue
        for size in (3, 2, 1):
            if i + size > len(doc):
                continue
            iso = names.get(fold(doc[i : i + size].text))
            if iso:
                found.add(iso)
                break
    return found


def count_cues(doc: Doc) -> int:
    """How many tokens of ``doc`` are cue words (tokenizer output only)."""
    cues = cue_words()
    return sum(1 for token in doc if token.lower_ in cues)


def verify_model() -> list[str]:
    """Files of the shipped model whose sha256 differs from ``SHA256SUMS`` (empty when intact)."""
    return altered_files(MODEL_DIR)


@cache
def load_model() -> Language:
    """The trained triage classifier, loaded once from the package (no network); raises if altered.

    Only its ``textcat`` component is restored, into a bare ``Language``: the
    classifier reads Docs the base pipeline has already tokenized, so building
    a second English tokenizer (thousands of special cases) would only cost
    start-up time. :func:`score_texts` tokenizes raw text with its own tokenizer.
    """
    return load_textcat(MODEL_DIR, "textcat", "triage model")


@cache
def _tokenizer() -> Language:
    """The English tokenizer the classifier was trained with, for raw texts."""
    lang = str(spacy.util.load_config(MODEL_DIR / "config.cfg")["nlp"]["lang"])
    return spacy.blank(lang)


def scores(docs: list[Doc]) -> list[float]:
    """The classifier's "security" probability for each tokenized Doc (any vocabulary).

    Long documents are scored on their first :data:`MAX_TOKENS` tokens.
    """
    if not docs:
        return []
    textcat = load_model().get_pipe("textcat")
    assert isinstance(textcat, TextCategorizer)
    heads = [d[:MAX_TOKENS].as_doc() if len(d) > MAX_TOKENS else d for d in docs]
    probs = textcat.model.predict(heads)
    column = textcat.labels.index(LABEL)
    return [float(row[column]) for row in numpy.asarray(probs)]


def score_texts(texts: list[str]) -> list[float]:
    """The classifier's "security" probability for raw texts (tokenized by the model's tokenizer)."""
    tokenizer = _tokenizer()
    return scores([tokenizer.make_doc(t) for t in texts])


def decide(
    docs: list[Doc], threshold: float = THRESHOLD, short_threshold: float = SHORT_THRESHOLD
) -> list[Decision]:
    """The triage decision for each tokenized Doc (cue words first, then the classifier).

    A Doc with a cue word is relevant when the classifier scores it at least ``threshold``;
    a short one (:data:`SHORT_TOKENS`) also when it holds :data:`STRONG_CUES` distinct strong
    cue words, or one and a score of at least ``min(threshold, short_threshold)`` (with a
    partner word beside it, :data:`PARTNER_THRESHOLD`). A short Doc with no cue word that names
    :data:`SHORT_COUNTRIES` countries goes to the classifier too.
    """
    cues = [count_cues(d) for d in docs]
    states = [
        not n and len(d) <= SHORT_TOKENS and len(countries_named(d)) >= SHORT_COUNTRIES
        for d, n in zip(docs, cues, strict=True)
    ]
    todo = [i for i, n in enumerate(cues) if n or states[i]]
    probs = dict(zip(todo, scores([docs[i] for i in todo]), strict=True))
    out = []
    for i, n in enumerate(cues):
        if not n and not states[i]:
            out.append(Decision(False, "triage: no security cue word", 0, None))
            continue
        p = probs[i]
        bar = threshold
        if len(docs[i]) <= SHORT_TOKENS:
            strong = strong_cue_words()
            distinct = len({t.lower_ for t in docs[i] if t.lower_ in strong})
            if distinct >= STRONG_CUES:
                out.append(Decision(True, f"triage: {distinct} strong cue words in a short text", n, p))
                continue
            if distinct:
                bar = min(threshold, short_threshold)
                if any(t.lower_ in partner_words() for t in docs[i]):
                    bar = min(bar, PARTNER_THRESHOLD)  # "a drone struck a depot": a strike, told
        if p < bar:
            out.append(Decision(False, f"triage: classifier score {p:.3f} < {bar}", n, p))
        else:
            out.append(Decision(True, f"triage: classifier score {p:.3f}", n, p))
    return out
