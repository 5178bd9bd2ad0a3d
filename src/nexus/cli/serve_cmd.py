"""``nexus serve``: the REST API and the analyst UI over one knowledge base.

Binds to 127.0.0.1 unless told otherwise. Listening on any other address
exposes the knowledge base to the network, so it needs a token (``--token``
or ``$NEXUS_TOKEN``); without one the command refuses to start (exit code 2),
and with one every ``/api`` endpoint, reads included, needs it. On loopback
the token enables the write endpoints (ingest, merge) and reads stay open.

Requests whose ``Host`` header names another site are refused (400), against
DNS rebinding: IP addresses and loopback names are served, other names only
when given with ``--allowed-host`` (the ``--host`` name is added). Request
bodies over ``--max-body`` bytes are refused (413).
"""

from __future__ import annotations

import errno
import ipaddress
import socket
from typing import Annotated

import typer

from nexus.cli.app import app, console
from nexus.errors import NexusError

#: ``nexus.api.guard.DEFAULT_MAX_BODY``, repeated so that ``nexus --help`` does not import
#: FastAPI for an option default (a test checks that the two agree).
DEFAULT_MAX_BODY = 8 * 1024 * 1024


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port``; ``OSError`` when the address is taken or unusable.

    The server is handed this socket, so the port checked is the port served:
    no other process can take it in between.
    """
    family, kind, proto, _, address = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


@app.command()
def serve(
    db: Annotated[
        str | None,
        typer.Option("--db", envvar="NEXUS_DB", help="Database URL or SQLite path (default ./nexus.db)."),
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="NEXUS_TOKEN",
            help="Bearer token: writes need it; off loopback every /api endpoint needs it.",
            show_default=False,
        ),
    ] = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            envvar="NEXUS_ALLOWED_HOSTS",
            help="Host name the server is reached by (repeatable); IP addresses and localhost always work.",
            show_default=False,
        ),
    ] = None,
    max_body: Annotated[
        int, typer.Option(min=1024, help="Largest request body accepted, in bytes (413 beyond).")
    ] = DEFAULT_MAX_BODY,
    create: Annotated[
        bool,
        typer.Option("--create", help="Start an empty knowledge base when the SQLite file does not exist."),
    ] = False,
) -> None:
    """Serve the JSON API (/api, docs at /docs) and the web UI (/) over a knowledge base.

    The SQLite file must exist (a mistyped path is an error naming it, not an empty UI);
    --create starts an empty one on purpose, to fill through POST /api/documents.
    """
    exposed = not is_loopback(host)
    if exposed and not token:
        console.print(
            f"[red]error[/red] refusing to listen on {host} without a token: anyone who can reach it "
            "could read and change the knowledge base. Pass --token (or set NEXUS_TOKEN) and every "
            "/api endpoint, reads included, will need it; or bind to 127.0.0.1.",
            highlight=False,
        )
        raise typer.Exit(2)
    from nexus.kb import sqlite_file

    path = sqlite_file(db)
    if path is not None and not create and not path.exists():
        console.print(
            f"[red]error[/red] no knowledge base at {path} (give --db or $NEXUS_DB, create one with "
            "nexus ingest, or pass --create to serve an empty one)",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(1)
    import uvicorn

    from nexus.api import create_app

    names = [*(allowed_host or []), host]
    try:
        api = create_app(db, token=token, protect_reads=exposed, allowed_hosts=names, max_body=max_body)
    except NexusError as exc:
        console.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    try:
        sock = bind(host, port)
    except OSError as exc:
        console.print(
            f"[red]error[/red] cannot listen on {host} port {port}: {exc.strerror or exc}"
            + (
                " (another server is using it; pick another with --port)"
                if exc.errno == errno.EADDRINUSE
                else ""
            ),
            highlight=False,
        )
        raise typer.Exit(1) from None
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    console.print(
        f"Nexus is serving {api.state.nexus.kb.store.url} at http://{shown}:{port}/", highlight=False
    )
    console.print(f"[dim]{api.state.nexus.guard.protection()}[/dim]", highlight=False)
    server = uvicorn.Server(uvicorn.Config(api, host=host, port=port, log_level="warning"))
    server.run(sockets=[sock])
