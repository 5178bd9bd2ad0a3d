"""Trained weights shipped inside the package, checked against their ``SHA256SUMS``.

Each model folder (``learned_model/``, ``triage_model/``, ``relation_model/``, ``event_model/``,
``place_model/``, ``actor_model/``) holds a ``SHA256SUMS`` file with one ``<sha256>  <relative path>``
line per file, written by ``nexus.training.package``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.api import Model

from nexus.errors import SettingError


def env_threshold(name: str, default: float) -> float:
    """A probability threshold or margin read from the environment variable ``name`` (``default``
    when unset or blank), in [0, 1]. Raises :class:`~nexus.errors.SettingError` naming the variable
    when the value is not a number in that range."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not 0.0 <= value <= 1.0:  # (NaN fails too)
        raise SettingError(f"{name}={raw!r}: expected a number from 0 to 1")
    return value


#: Values that switch a hook off, and values that leave it at its default (on) mode.
_OFF_WORDS = frozenset({"off", "0", "false", "no", "disable", "disabled"})
_ON_WORDS = frozenset({"on", "1", "true", "yes", "enable", "enabled"})


def env_mode(name: str, default: str, modes: Sequence[str] = ("on", "off", "record")) -> str:
    """A hook's mode read from the environment variable ``name``, lower-cased: one of ``modes``
    (``default`` when unset or blank; "0", "false", "no" are ``off``; "1", "true", "yes" the
    default). Raises :class:`~nexus.errors.SettingError` naming the variable for any other value."""
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in _OFF_WORDS and "off" in modes:
        return "off"
    if raw in _ON_WORDS:
        return default
    if raw not in modes:
        raise SettingError(f"{name}={raw!r}: expected one of {', '.join(modes)}")
    return raw


def checked_files(model_dir: Path) -> dict[str, str]:
    """Relative path -> sha256 hex digest, as listed in ``model_dir/SHA256SUMS``."""
    sums: dict[str, str] = {}
    for line in (model_dir / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            sums[name.strip()] = digest
    return sums


def altered_files(model_dir: Path) -> list[str]:
    """Files of the model in ``model_dir`` missing or whose sha256 differs (empty when intact)."""
    bad = []
    for name, digest in checked_files(model_dir).items():
        path = model_dir / name
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            bad.append(name)
    return bad


def load_textcat(model_dir: Path, component: str, what: str) -> Language:
    """A bare ``Language`` holding only the text classifier ``component`` of the shipped model in
    ``model_dir``, its files checked against ``SHA256SUMS`` first.

    The classifiers read Docs already tokenized (the base pipeline's, or feature tokens), so the
    model's English tokenizer (thousands of special cases, most of a full load's cost) is never
    built. Raises RuntimeError naming ``what`` and the altered files when they differ.
    """
    _check_sums(model_dir, what)
    return _textcat(model_dir, component)


def _check_sums(model_dir: Path, what: str) -> None:
    """Raise RuntimeError naming ``what`` and the files of ``model_dir`` that differ from its
    ``SHA256SUMS`` (:func:`altered_files`)."""
    bad = altered_files(model_dir)
    if bad:
        raise RuntimeError(f"{what} differs from its SHA256SUMS: {', '.join(bad)}")


def member_dirs(model_dir: Path) -> list[Path]:
    """The model folders of an ensemble shipped in ``model_dir``: ``model_dir`` itself when it holds
    one model (its ``config.cfg``), else its sub-folders that each hold one (``seed0/``, ``seed1/``
    ...), in name order; empty when there is none."""
    if (model_dir / "config.cfg").is_file():
        return [model_dir]
    if not model_dir.is_dir():
        return []
    return sorted(p for p in model_dir.iterdir() if p.is_dir() and (p / "config.cfg").is_file())


def load_textcats(model_dir: Path, component: str, what: str) -> tuple[Language, ...]:
    """The text classifier ``component`` of every model of ``model_dir`` (:func:`member_dirs`), each
    a bare ``Language`` as :func:`load_textcat` gives it, all files checked against the one
    ``model_dir/SHA256SUMS`` first.

    Raises RuntimeError naming ``what`` and the altered files when they differ, or when the folder
    holds no model."""
    _check_sums(model_dir, what)
    members = member_dirs(model_dir)
    if not members:
        raise RuntimeError(f"{what}: no model in {model_dir}")
    return tuple(_textcat(member, component) for member in members)


def _textcat(model_dir: Path, component: str) -> Language:
    """A bare ``Language`` holding only the classifier ``component`` of the model in ``model_dir``."""
    settings = dict(spacy.util.load_config(model_dir / "config.cfg")["components"][component])
    factory = settings.pop("factory")
    nlp = Language()
    textcat = nlp.add_pipe(factory, name=component, config=settings)
    assert isinstance(textcat, TextCategorizer)
    textcat.from_disk(model_dir / component, exclude=["vocab"])
    return nlp


def size_bucket(n: int, bounds: Sequence[int]) -> str:
    """The feature value of a count ``n`` against ascending ``bounds``: the first bound it does not
    exceed, as text (``"2"``), or the last bound with ``+`` above them all (``"7+"``)."""
    for bound in bounds:
        if n <= bound:
            return str(bound)
    return f"{bounds[-1]}+"


def feature_doc(vocab: Vocab, features: Sequence[str], empty: str) -> Doc:
    """The Doc a feature classifier reads: one token per feature (``empty`` alone when none)."""
    return Doc(vocab, words=list(features) or [empty])


#: Feature string -> its string id (``get_string_id``, slow by its own account), kept for the
#: features that recur from row to row ("K=ORG_PER", "D=0" ...); cleared when it outgrows the max.
_FEATURE_IDS: dict[str, int] = {}
_FEATURE_IDS_MAX = 1 << 18


class FeatureRow:
    """What a bag-of-words classifier reads of a feature Doc (:func:`feature_doc`), without the Doc:
    the ``ORTH`` column, one string id per feature (``empty`` alone when none).

    Building a Doc makes a lexeme (shape, prefix, suffix, flags ...) for every word its vocab does not
    hold, which features, new strings by the thousand, never are; the bag-of-words model reads
    only ``doc.to_array([ORTH])``, the same ids."""

    __slots__ = ("_ids",)

    def __init__(self, features: Sequence[str], empty: str) -> None:
        known = _FEATURE_IDS
        if len(known) > _FEATURE_IDS_MAX:
            known.clear()
        words = features or [empty]
        ids: list[int | None] = list(map(known.get, words))  # (most features recur: one pass, no Python loop)
        if None in ids:
            for n, feature in enumerate(words):
                if ids[n] is None:
                    if not feature:
                        raise ValueError("an empty feature string (a Doc has no empty token)")
                    ids[n] = known[feature] = get_string_id(feature)
        self._ids = numpy.array(ids, dtype=numpy.uint64)

    def __len__(self) -> int:
        return len(self._ids)

    def to_array(self, attrs: Sequence[int]) -> numpy.ndarray:
        """``Doc.to_array([ORTH])`` of the feature Doc: a 1-d uint64 array of the features' ids."""
        if list(attrs) != [ORTH]:
            raise ValueError(f"a feature row holds only ORTH ids, not {attrs!r}")
        return self._ids


def reads_orth_only(model: Model[Any, Any]) -> bool:
    """Whether ``model`` (a text classifier's) reads its Docs only through one ``extract_ngrams``
    layer over ``ORTH`` ids: the bag-of-words architecture, which :class:`FeatureRow` can feed."""
    return model.name == _BOW_MULTILABEL and [
        node.attrs.get("attr") for node in model.walk() if node.name == "extract_ngrams"
    ] == [ORTH]


#: The layers of ``spacy.TextCatBOW`` (multi-label, with its output layer); the ensemble's name starts
#: the same way, then goes on to a tok2vec that reads more of each token than its id.
_BOW_MULTILABEL = "with_cpu(extract_ngrams>>resizable(sparse_linear))>>with_cpu(logistic)"


def feature_scores(
    nlp: Language, features: Sequence[Sequence[str]], empty: str
) -> tuple[list[str], list[list[float]]]:
    """``(labels, one row of probabilities per feature list)`` of the ``textcat_multilabel`` of
    ``nlp`` over feature Docs (:func:`feature_doc`), in one forward pass of its model (no Doc
    annotation); no rows for no feature lists. A bag-of-words model reads :class:`FeatureRow` rows,
    the ids it would read of the Docs, instead."""
    textcat = nlp.get_pipe("textcat_multilabel")
    assert isinstance(textcat, TextCategorizer)
    labels = list(textcat.labels)
    if not features:
        return labels, []
    model = textcat.model
    if reads_orth_only(model):
        rows = model.predict([FeatureRow(f, empty) for f in features]).tolist()
    else:
        rows = model.predict([feature_doc(nlp.vocab, f, empty) for f in features]).tolist()
    return labels, [[float(v) for v in row] for row in rows]


def label_probabilities(
    nlp: Language, features: Sequence[Sequence[str]], empty: str, label: str
) -> list[float]:
    """The probability of ``label`` for each feature list, by the ``textcat_multilabel`` of ``nlp``
    (:func:`feature_scores`, one forward pass); an empty list for no feature lists."""
    labels, rows = feature_scores(nlp, features, empty)
    if not rows:
        return []
    column = labels.index(label)
    return [row[column] for row in rows]


def group_scores(
    groups: Sequence[Sequence[Sequence[str]]], score: Callable[[list[Sequence[str]]], list[float]]
) -> list[list[float]] | None:
    """The scores of every feature list of ``groups`` (an event's candidates each), in one call of
    ``score`` over all of them (a classifier's forward pass), split back into one list per group;
    None, without calling ``score``, when no group holds a feature list."""
    rows = [features for group in groups for features in group]
    if not rows:
        return None
    flat = score(rows)
    out: list[list[float]] = []
    n = 0
    for group in groups:
        out.append(flat[n : n + len(group)])
        n += len(group)
    return out
