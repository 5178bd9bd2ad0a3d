"""The FastAPI application: JSON API under ``/api``, the analyst UI at ``/``.

``create_app(db, token=...)`` opens the knowledge base once and serves it
until shutdown. The two write endpoints (ingest a document, merge entities)
need the token as a bearer credential, and are refused outright when the app
has no token; reads are open unless ``protect_reads`` (``nexus serve`` sets
it off loopback), and then need the token too. ``nexus.api.guard`` checks
the Host header, the token (before any body is read) and the body size, and
puts the security headers on every response. The UI is the esbuild bundle in
``nexus/web/static/dist``; when it has not been built the API still works
and ``/`` says how to build it.

Error statuses: 400 for a Host this server does not serve, 401/403 for a
missing token, 404 for an unknown name or id, 409 for a merge that changes
nothing, 413 for a body over the limit, 422 for a request the schema
refuses (including a body that is not UTF-8 JSON, and text holding lone
surrogates), 503 when the store is damaged (``nexus doctor``), and a 500 in
JSON for a bug.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

import nexus
from nexus.api.deps import ApiState, ExtractFn
from nexus.api.guard import CONTENT_SECURITY_POLICY, DEFAULT_MAX_BODY, Guard, GuardConfig, SafeJSONResponse
from nexus.api.routes import ROUTERS
from nexus.api.schemas import ErrorMessage
from nexus.errors import NexusError
from nexus.kb import NotFoundError
from nexus.store import StoreDamaged

#: Where ``make web`` puts the built UI.
DIST = Path(nexus.__file__).parent / "web" / "static" / "dist"

__all__ = ["CONTENT_SECURITY_POLICY", "DIST", "create_app"]

UNBUILT_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Nexus</title></head>
<body><h1>Nexus</h1>
<p>The web UI has not been built. Run <code>make web</code> (needs Node.js and npm), then restart
<code>nexus serve</code>.</p>
<p>The JSON API works without it: see <a href="/docs">/docs</a> and
<a href="/openapi.json">/openapi.json</a>.</p></body></html>
"""


#: FastAPI's detail when a body cannot be decoded (not UTF-8); answered as a 422 like bad JSON.
_UNPARSABLE_BODY = "There was an error parsing the body"


def _not_found(_request: Request, exc: Exception) -> JSONResponse:
    return SafeJSONResponse({"detail": _message(exc)}, status_code=status.HTTP_404_NOT_FOUND)


def _user_error(_request: Request, exc: Exception) -> JSONResponse:
    """Any other clean Nexus error: the request cannot be answered as asked."""
    return SafeJSONResponse({"detail": _message(exc)}, status_code=status.HTTP_400_BAD_REQUEST)


def _damaged(_request: Request, exc: Exception) -> JSONResponse:
    """The store is damaged: not the client's fault; the operator runs ``nexus doctor``."""
    return SafeJSONResponse({"detail": _message(exc)}, status_code=status.HTTP_503_SERVICE_UNAVAILABLE)


def _invalid_request(_request: Request, exc: Exception) -> JSONResponse:
    """A 422 listing what the schema refused; malformed input echoed back cannot break the JSON."""
    assert isinstance(exc, RequestValidationError)
    return SafeJSONResponse(
        {"detail": jsonable_encoder(exc.errors())}, status_code=status.HTTP_422_UNPROCESSABLE_CONTENT
    )


def _message(exc: Exception) -> str:
    return str(exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's errors, with ``Allow`` listing every method of the path on a 405."""
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == status.HTTP_400_BAD_REQUEST and exc.detail == _UNPARSABLE_BODY:
        problem = {"type": "json_invalid", "loc": ["body"], "msg": "the body is not valid JSON in UTF-8"}
        return SafeJSONResponse({"detail": [problem]}, status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)
    if exc.status_code == status.HTTP_405_METHOD_NOT_ALLOWED:
        allowed: set[str] = set()
        for route in request.app.router.routes:
            if isinstance(route, APIRoute) and route.matches(request.scope)[0] != Match.NONE:
                allowed |= route.methods or set()
        exc.headers = {**(exc.headers or {}), "Allow": ", ".join(sorted(allowed))}
    return await http_exception_handler(request, exc)


_COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {
        "model": ErrorMessage,
        "description": "Missing or wrong bearer token (off loopback, reads need it too).",
    },
    413: {"model": ErrorMessage, "description": "The request body is larger than the server accepts."},
}


def create_app(
    db: str | None,
    *,
    token: str | None,
    extract: ExtractFn | None = None,
    ui_dir: Path | None = None,
    protect_reads: bool = False,
    allowed_hosts: Iterable[str] = (),
    max_body: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """The app over the knowledge base at ``db`` (URL or SQLite path; see ``nexus.open``).

    ``token`` enables the write endpoints; ``protect_reads`` makes every
    ``/api`` endpoint need it (it requires a token); ``allowed_hosts`` are
    host names served besides loopback names and IP addresses (``*`` for any);
    ``max_body`` caps request bodies (bytes); ``extract`` replaces the
    extraction pipeline (tests); ``ui_dir`` replaces the built UI directory.
    """
    if protect_reads and not token:
        raise ValueError("protect_reads needs a token")
    guard = GuardConfig.build(
        token, protect_reads=protect_reads, allowed_hosts=allowed_hosts, max_body=max_body
    )
    kb = nexus.open(db)
    state = ApiState(kb=kb, token=token or None, extract=extract, guard=guard)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        kb.close()

    app = FastAPI(
        title="Nexus",
        summary="An evidence-backed, time-aware knowledge graph from news reports.",
        version=nexus.__version__,
        lifespan=lifespan,
        docs_url=None,  # served by _mount_docs from an installed package, never from a CDN
        redoc_url=None,
        default_response_class=SafeJSONResponse,
    )
    app.state.nexus = state
    app.add_middleware(Guard, config=guard, router=app.router)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(StoreDamaged, _damaged)
    app.add_exception_handler(NexusError, _user_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    for router in ROUTERS:
        app.include_router(router, responses=_COMMON_RESPONSES)
    _mount_docs(app)
    _mount_ui(app, ui_dir or DIST)
    return app


#: The page at /docs: Swagger UI's own files from the pinned ``swagger-ui-bundle`` package.
DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Nexus API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>
"""

#: Started from a file, not an inline script, so the page keeps the strict CSP of the rest.
DOCS_INIT = """window.ui = SwaggerUIBundle({
  url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
  layout: "BaseLayout"
});
"""

#: The Swagger UI files the page loads; nothing else of the package is served.
DOCS_ASSETS = ("swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png")


def _mount_docs(app: FastAPI) -> None:
    """/docs: Swagger UI from the installed ``swagger_ui_bundle`` (works offline)."""
    from swagger_ui_bundle import swagger_ui_path

    assets = Path(str(swagger_ui_path))
    headers = {"Content-Security-Policy": CONTENT_SECURITY_POLICY}

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_PAGE, headers=headers)

    @app.get("/docs/init.js", include_in_schema=False)
    def docs_init() -> Response:
        return Response(DOCS_INIT, media_type="text/javascript", headers=headers)

    @app.get("/docs/assets/{name}", include_in_schema=False)
    def docs_asset(name: str) -> FileResponse:
        if name not in DOCS_ASSETS:
            raise StarletteHTTPException(status.HTTP_404_NOT_FOUND)
        return FileResponse(assets / name, headers={"Cache-Control": "max-age=86400"})


def _mount_ui(app: FastAPI, dist: Path) -> None:
    index = dist / "index.html"
    if index.is_file():
        app.mount("/static", StaticFiles(directory=dist), name="static")

        @app.get("/", include_in_schema=False)
        def ui() -> FileResponse:
            return FileResponse(index, headers={"Cache-Control": "no-cache"})

    else:

        @app.get("/", include_in_schema=False)
        def unbuilt() -> HTMLResponse:
            return HTMLResponse(UNBUILT_PAGE)
