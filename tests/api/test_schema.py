"""Schemathesis against the OpenAPI schema: every endpoint, every check, with and without the token.

Every built-in check runs, ``positive_data_acceptance`` included: the date
parameters declare a pattern that admits exactly the calendar dates the
server accepts (tests/api/test_date_params.py), so schema-valid data is taken.

Generated requests must never cause a server error, and every response must
match the schema (status code documented, body and headers shaped as
declared). Two apps over one sample KB built for the module (schemathesis
loads the schema at collection time, before function fixtures exist): one
as on loopback with a token (reads open, writes need it), one as off
loopback (every /api endpoint needs it). Schemathesis talks to the app as
host ``testserver``, which both apps are told to serve.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import nexus
from nexus.api import create_app
from nexus.model import Document, Extraction
from nexus.store.samples import ExtractionBuilder, sample_corpus

schemathesis = pytest.importorskip("schemathesis", reason="needs schemathesis (pip install schemathesis)")

TOKEN = "schema-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _sample_db() -> str:
    folder = Path(tempfile.mkdtemp(prefix="nexus-api-schema-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    url = f"sqlite:///{folder / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(sample_corpus())
    return url


def _stub_extract(document: Document) -> Extraction:
    return ExtractionBuilder(document.id, document.text, published=document.published).build()


_DB = _sample_db()
open_schema = schemathesis.openapi.from_asgi(
    "/openapi.json",
    create_app(_DB, token=TOKEN, extract=_stub_extract, allowed_hosts=["testserver"]),
)
protected_schema = schemathesis.openapi.from_asgi(
    "/openapi.json",
    create_app(_DB, token=TOKEN, extract=_stub_extract, allowed_hosts=["testserver"], protect_reads=True),
)

SETTINGS = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@open_schema.parametrize()
@SETTINGS
def test_every_endpoint_with_the_token(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(headers=AUTH)


@open_schema.parametrize()
@SETTINGS
def test_every_endpoint_without_the_token(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate()


@protected_schema.parametrize()
@SETTINGS
def test_every_endpoint_of_a_protected_server_without_the_token(case) -> None:  # type: ignore[no-untyped-def]
    response = case.call_and_validate()
    if case.path.startswith("/api"):  # refused; probes with a method no route accepts get a 405
        assert response.status_code in (401, 405)
        assert response.status_code == 401 or case.method.upper() != case.operation.method.upper()
