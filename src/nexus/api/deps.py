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


#: Years the API takes (four digits, 1000-2999), and those of them that are leap years.
_YEAR = r"[12][0-9]{3}"
_LEAP_YEAR = r"[12][0-9](?:0[48]|[2468][048]|[13579][26])|(?:1[26]|2[048])00"
_DAY_31 = r"(?:0[1-9]|[12][0-9]|3[01])"
_DAY_30 = r"(?:0[1-9]|[12][0-9]|30)"
_DAY_28 = r"(?:0[1-9]|1[0-9]|2[0-8])"

#: Exactly the dates the API accepts: YYYY, YYYY-MM or a real calendar day YYYY-MM-DD
#: (2019-02-30 and 2019-02-29 do not match; 2020-02-29 does). ASCII digits only, so the
#: pattern means the same to Python, JavaScript and JSON Schema validators.
DATE_PATTERN = (
    rf"^(?:{_YEAR}(?:-(?:(?:0[13578]|1[02])(?:-{_DAY_31})?|(?:0[469]|11)(?:-{_DAY_30})?"
    rf"|02(?:-{_DAY_28})?))?|(?:{_LEAP_YEAR})-02-29)$"
)
#: The pattern the OpenAPI schema declares: a date as above, or empty (no bound).
DATE_OR_EMPTY_PATTERN = "^(?:" + DATE_PATTERN[1:-1] + ")?$"
_DATE_PATTERN = re.compile(DATE_PATTERN)


def _check_date(value: str | None) -> str | None:
    """A real calendar date at year, month or day precision, else a 422 naming the parameter.

    The check is the declared pattern itself, so what the schema admits is what the server takes;
    ``datetime.date`` confirms a full date as a second line of defence.
    """
    if value is None:
        return None
    problem = f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}"
    if not _DATE_PATTERN.fullmatch(value):
        raise ValueError(problem)
    parts = [int(p) for p in value.split("-")]
    year, month, day = (*parts, 1, 1)[:3]
    try:
        date(year, month, day)
    except ValueError:  # pragma: no cover - the pattern admits no such value
        raise ValueError(problem) from None
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
        description="YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date (empty: no bound)",
        json_schema_extra={"pattern": DATE_OR_EMPTY_PATTERN},
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
