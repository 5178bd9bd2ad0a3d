"""Deterministic ids of the domain model (``nexus.model.stable_id``)."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from nexus.model import NEXUS_NAMESPACE, stable_id


def _by_uuid5(kind: str, *parts: object) -> str:
    payload = json.dumps([kind, *parts], ensure_ascii=False, sort_keys=True, default=str)
    return f"{kind}-{uuid.uuid5(NEXUS_NAMESPACE, payload).hex[:16]}"


@pytest.mark.parametrize(
    ("kind", "parts"),
    [
        ("ent", ("doc-1", "ORG", "velmar front")),
        ("evt", ("doc-2", "attack", 1042, 17, "Tarvel", None)),
        ("rel", ("doc-3", {"b": 2, "a": [1, 2.5]}, True)),
        ("ent", ("dök-ü", "PLACE", "ağrı", "“quoted”")),
        ("evt", (date(2024, 6, 12), ())),
        ("x", ()),
    ],
)
def test_stable_id_is_the_name_based_uuid_of_the_canonical_json(kind: str, parts: tuple[object, ...]) -> None:
    assert stable_id(kind, *parts) == _by_uuid5(kind, *parts)


def test_stable_id_is_the_same_for_the_same_fields_and_differs_otherwise() -> None:
    assert stable_id("ent", "doc-1", "ORG", "x") == stable_id("ent", "doc-1", "ORG", "x")
    assert stable_id("ent", "doc-1", "ORG", "x") != stable_id("ent", "doc-1", "ORG", "y")
