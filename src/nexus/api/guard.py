"""The outermost layer of the app: what every request passes before any route sees it.

In order, for each HTTP request:

1. **Host check.** The ``Host`` header must name this server: an IP address,
   a loopback name (``localhost``, ``*.localhost``) or one of the names the
   server was given (``nexus serve --allowed-host``). Anything else is a 400:
   a web page on another site whose name was re-pointed at this machine (DNS
   rebinding) cannot read the knowledge base through the visitor's browser.
2. **Authentication, before the body is read.** Writes (a POST, PUT, PATCH
   or DELETE that an ``/api`` route accepts; other methods get the router's
   405) need the bearer token; so do reads when the server protects them
   (off loopback). A refused request costs no parsing:
   an unauthenticated 100 MB POST is answered without reading it.
3. **Body cap.** A body longer than ``max_body`` bytes is a 413, whether the
   length is declared (``Content-Length``) or the body is streamed.
4. **Security headers on every response**, errors included, and an
   unexpected exception becomes a 500 in JSON with those headers instead of
   escaping to the server (which answered in plain text and reset the
   connection).
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException, status
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.routing import Match, Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

#: The largest request body accepted by default: a 1,000,000-character report, escaped, fits.
DEFAULT_MAX_BODY = 8 * 1024 * 1024

#: Host names always allowed: they can only reach this machine.
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})

#: No inline script, nothing from another origin: document text can never run as code.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)

_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Methods that change state. Others (TRACE ...) no route accepts: the router answers 405.
_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def host_name(header: str) -> str:
    """The name part of a ``Host`` header value: port and IPv6 brackets removed, lower-cased."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value[1:]
    if value.count(":") == 1:
        value = value.rsplit(":", 1)[0]
    return value.rstrip(".")


def host_allowed(header: str | None, allowed: frozenset[str]) -> bool:
    """Whether a request with this ``Host`` header is for this server (see the module docstring)."""
    if header is None:
        return True  # HTTP/1.0 without Host: no browser sends that, so no rebinding risk
    name = host_name(header)
    if "*" in allowed or name in allowed or name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True  # an address, not a name: no DNS involved


@dataclass(frozen=True)
class GuardConfig:
    """What the guard enforces: the token, whether reads need it, allowed host names, body cap."""

    token: str | None
    protect_reads: bool = False
    allowed_hosts: frozenset[str] = field(default_factory=frozenset)
    max_body: int = DEFAULT_MAX_BODY

    @classmethod
    def build(
        cls,
        token: str | None,
        *,
        protect_reads: bool = False,
        allowed_hosts: Iterable[str] = (),
        max_body: int = DEFAULT_MAX_BODY,
    ) -> GuardConfig:
        names = frozenset(host_name(h) for h in allowed_hosts if h.strip())
        return cls(token=token or None, protect_reads=protect_reads, allowed_hosts=names, max_body=max_body)

    def protection(self) -> str:
        """One sentence saying what the token protects, for the start-up message and refusals."""
        if self.token is None:
            return "reads are open; writes are disabled (no token)"
        if self.protect_reads:
            return (
                "every /api endpoint (reads and writes) needs the token; the UI page and /docs hold no data"
            )
        return "writes need the token; reads are open (loopback only)"


class BodyTooLarge(HTTPException):
    """Raised while a body streams in past the cap (an HTTPException, so FastAPI passes it on)."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            status.HTTP_413_CONTENT_TOO_LARGE, f"request body larger than the limit of {limit} bytes"
        )


class Guard:
    """Pure ASGI middleware applying ``GuardConfig`` (see the module docstring)."""

    def __init__(self, app: ASGIApp, config: GuardConfig, router: Router | None = None) -> None:
        self.app = app
        self.config = config
        self.router = router

    def _is_write(self, scope: Scope) -> bool:
        """A state-changing method that a route accepts at this path (else the router answers)."""
        if scope["method"] not in _WRITE_METHODS:
            return False
        if self.router is None:
            return True
        return any(route.matches(scope)[0] == Match.FULL for route in self.router.routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                _add_security_headers(MutableHeaders(scope=message), scope["path"])
            await send(message)

        refusal = self._refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send_secured)
            return
        try:
            await self.app(scope, self._capped(receive), send_secured)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await _error(500, "internal error: the server could not answer this request")(
                scope, receive, send_secured
            )

    def _refusal(self, scope: Scope) -> JSONResponse | None:
        headers = Headers(scope=scope)
        config = self.config
        if not host_allowed(headers.get("host"), config.allowed_hosts):
            return _error(
                400,
                f"host {headers.get('host')!r} is not served here; start the server with "
                "--allowed-host NAME to serve it under that name",
            )
        path: str = scope["path"]
        method: str = scope["method"]
        guarded = self._is_write(scope) or (config.protect_reads and method in _READ_METHODS)
        if path.startswith("/api") and guarded:
            if config.token is None:
                return _error(
                    403, "write endpoints are disabled: start the server with --token (or NEXUS_TOKEN)"
                )
            scheme, _, presented = headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not secrets.compare_digest(
                presented.strip().encode(), config.token.encode()
            ):
                what = "every /api endpoint" if config.protect_reads else "the write endpoints"
                return _error(
                    401,
                    f"a valid 'Authorization: Bearer <token>' header is required for {what}",
                    {"WWW-Authenticate": "Bearer"},
                )
        declared = headers.get("content-length")
        if declared is not None:
            try:
                too_long = int(declared) > config.max_body
            except ValueError:
                return _error(400, "invalid Content-Length header")
            if too_long:
                return _error(413, f"request body larger than the limit of {config.max_body} bytes")
        return None

    def _capped(self, receive: Receive) -> Receive:
        limit = self.config.max_body
        seen = 0

        async def capped() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        return capped


def _error(code: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=code, headers=headers)


def _add_security_headers(headers: MutableHeaders, path: str) -> None:
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    if not path.startswith(("/docs", "/redoc")):  # Swagger UI loads from a CDN
        headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)


def safe_json(content: Any) -> bytes:
    """JSON bytes that are always valid UTF-8: a lone surrogate is written as a ``\\u`` escape."""
    import json

    try:
        return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


class SafeJSONResponse(JSONResponse):
    """The app's JSON response: echoes of malformed input (lone surrogates) cannot break it."""

    def render(self, content: Any) -> bytes:
        return safe_json(content)
