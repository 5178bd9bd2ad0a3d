"""``/api/documents``: stored reports with their mentions; POST one to extract and ingest it."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response, status

from nexus.api import queries
from nexus.api.deps import Kb, Paging, State, Writer, to_page
from nexus.api.routes.corrections import AnalystName
from nexus.api.schemas import (
    DocumentDetail,
    DocumentIn,
    DocumentSummary,
    ErrorMessage,
    IngestOut,
    Page,
    ValidationErrors,
)
from nexus.errors import IngestError
from nexus.ingest.readers import document_from_record
from nexus.kb import NotFoundError
from nexus.service import ProgressEvent, run_ingest
from nexus.store import DocumentResult, corrections

router = APIRouter(prefix="/api/documents", tags=["documents"])
logger = logging.getLogger(__name__)

#: Errors an extractor raises for the input it was given (told to the client as a 422 with
#: the reason); any other exception is a fault of the server (a 500 that does not leak it).
_INPUT_ERRORS = ("ValueError", "UnicodeError", "IngestError", "NexusError")


def _input_fault(reason: str | None) -> bool:
    """Whether a service failure reason (``extraction failed: Type: message``) blames the input."""
    if not reason or not reason.startswith("extraction failed: "):
        return True  # read and store failures are about the document
    kind = reason.removeprefix("extraction failed: ").split(":", 1)[0]
    return kind in _INPUT_ERRORS


@router.get("", response_model=Page[DocumentSummary])
def list_documents(kb: Kb, paging: Paging) -> Page[DocumentSummary]:
    """Documents in the order they were first ingested."""
    with kb.store.connect() as connection:
        rows = queries.list_documents(connection, limit=paging.limit + 1, offset=paging.offset)
    return to_page(rows, paging)


@router.get("/{doc_id}", response_model=DocumentDetail, responses={404: {"model": ErrorMessage}})
def show_document(kb: Kb, doc_id: Annotated[str, Path(description="A document id.")]) -> DocumentDetail:
    """The text, the entities it names and the events and links it states, with character spans."""
    with kb.store.connect() as connection:
        found = queries.document_detail(connection, doc_id)
    if found is None:
        raise NotFoundError(f"no document {doc_id!r}")
    return found


@router.post(
    "",
    response_model=IngestOut,
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": IngestOut, "description": "Already stored with the same text: nothing changed."},
        401: {"model": ErrorMessage, "description": "Missing or wrong bearer token."},
        403: {"model": ErrorMessage, "description": "The server has no token: writes are disabled."},
        422: {
            "model": ErrorMessage | ValidationErrors,
            "description": "A body the schema refuses (a list of errors), or a text that cannot be "
            "stored, with the reason (blank once cleaned, not about security, extraction failed).",
        },
    },
)
def ingest_document(
    _writer: Writer, state: State, body: DocumentIn, response: Response, who: AnalystName
) -> IngestOut:
    """Run the extraction pipeline on the text and add the result to the knowledge base.

    The body is read as ``nexus ingest`` reads a JSON record (text repaired and normalised,
    blank text refused with the reason), so a report posted here and the same report in a
    ``.jsonl`` file get the same text and the same id.
    """
    record = body.model_dump(mode="json")
    try:
        document = document_from_record(record, "api")
    except IngestError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"not stored: {exc.reason}") from None
    kb = state.kb
    events: list[ProgressEvent] = []
    with state.write_lock:  # the model loads only when the text is new to the store
        run_ingest([document], kb, extractor=lambda doc: state.extractor()(doc), on_progress=events.append)
    final = events[-1] if events else None
    if final is not None and final.outcome == "failed" and not _input_fault(final.reason):
        # the extractor itself broke: the server's fault, told without its internals
        logger.error("extraction of %s failed: %s", document.id, final.reason)
        raise HTTPException(status.HTTP_500_INTERNAL_SERVER_ERROR, "the document could not be extracted")
    if final is None or final.outcome in ("failed", "skipped"):
        what = "ingest failed" if final is None or final.outcome == "failed" else "not stored"
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, f"{what}: {final.reason if final else 'no outcome'}"
        )
    result = DocumentResult(doc_id=document.id, outcome=final.outcome, duplicate_of=final.duplicate_of)
    if result.outcome == "unchanged":
        response.status_code = status.HTTP_200_OK
    else:
        with kb.store.write() as connection:
            corrections.record(connection, "ingest", document.id, who, {"outcome": result.outcome})
    with kb.store.connect() as connection:
        summary = queries.document_summary(connection, document.id)
    return IngestOut(result=result, document=summary)
