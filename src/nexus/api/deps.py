"""Dependencies shared by the routers, as ``Annotated`` aliases.

``Kb`` is the open knowledge base of the app, ``Paging`` the limit/offset of
a list, ``Writer`` guards the write endpoints: a configured token is
required (else 403: writes are disabled) and must be presented as
``Authorization: Bearer <token>`` (else 401).
"""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, TypeVar

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator, BeforeValidator

from nexus.api.guard import GuardConfig
from nexus.api.schemas import Page
from nexus.kb import KnowledgeBase
from nexus.model import Document, Extraction, RelationType

T = TypeVar("T")
ExtractFn = Callable[[Document], Extraction]

#: The longest page a list endpoint returns.
MAX_LIMIT = 500


@dataclass
class ApiState:
    """What the app holds for its lifetime: the KB, the write token and the (lazy) extractor."""

    kb: KnowledgeBase
    token: str | None
    extract: ExtractFn | None = None
    guard: GuardConfig = field(default_factory=lambda: GuardConfig(token=None))
    write_lock: threading.RLock = field(default_factory=threading.RLock)

    def extractor(self) -> ExtractFn:
        """The extraction pipeline, built on first use (loading spaCy takes seconds)."""
        with self.write_lock:
            if self.extract is None:
                from nexus.extract.pipeline import Extractor

                self.extract = Extractor().extract
            return self.extract


def get_state(request: Request) -> ApiState:
    state: ApiState = request.app.state.nexus
    return state


def get_kb(state: Annotated[ApiState, Depends(get_state)]) -> KnowledgeBase:
    return state.kb


State = Annotated[ApiState, Depends(get_state)]
Kb = Annotated[KnowledgeBase, Depends(get_kb)]


@dataclass(frozen=True)
class Pagination:
    limit: int
    offset: int


def get_paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")] = 0,
) -> Pagination:
    return Pagination(limit=limit, offset=offset)


Paging = Annotated[Pagination, Depends(get_paging)]

_bearer = HTTPBearer(auto_error=False, description="The token given to `nexus serve --token`.")


def require_writer(
    state: State,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    if state.token is None:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "write endpoints are disabled: start the server with --token (or NEXUS_TOKEN)",
        )
    presented = credentials.credentials if credentials is not None else ""
    if not secrets.compare_digest(presented.encode(), state.token.encode()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "a valid 'Authorization: Bearer <token>' header is required",
            headers={"WWW-Authenticate": "Bearer"},
        )


Writer = Annotated[None, Depends(require_writer)]

# Query parameters shared by the graph endpoints (network, path, relations).


DATE_PATTERN = r"^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
_DATE_PATTERN = re.compile(DATE_PATTERN)


def _check_date(value: str | None) -> str | None:
    """A real calendar date at year, month or day precision, else a 422 naming the parameter."""
    if value is None:
        return None
    if not _DATE_PATTERN.fullmatch(value):
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    parts = value.split("-")
    try:
        year, month, day = (int(p) for p in [*parts, "1", "1"][:3])
        date(year, month, day)
    except ValueError:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}") from None
    if year < 1:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return value


def _empty_is_none(value: object) -> object:
    """``?since=`` (empty) is how many clients send "no value": the same as leaving it out."""
    return None if value == "" else value


DateParam = Annotated[
    str | None,
    BeforeValidator(_empty_is_none),
    AfterValidator(_check_date),
    # The pattern is documented and checked by _check_date (after an empty value became None).
    Query(
        description="YYYY, YYYY-MM or YYYY-MM-DD (empty: no bound)",
        json_schema_extra={"pattern": "^(" + DATE_PATTERN[1:-1] + ")?$"},
    ),
]
TypesParam = Annotated[
    list[RelationType], Query(alias="type", description="Relation types to follow (repeatable).")
]
MinSourcesParam = Annotated[int, Query(ge=1, le=1000, description="Minimum independent sources per link.")]
HedgedParam = Annotated[bool, Query(description="Include links only hedged statements support.")]


def to_page(items: Sequence[T], paging: Pagination) -> Page[T]:
    """A page from the items starting at ``paging.offset`` (fetch ``limit + 1`` to know if more follow)."""
    return Page[T](
        items=list(items[: paging.limit]),
        limit=paging.limit,
        offset=paging.offset,
        has_more=len(items) > paging.limit,
    )
