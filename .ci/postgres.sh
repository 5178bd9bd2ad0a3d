#!/usr/bin/env bash
# Start a throw-away PostgreSQL cluster for the store tests.
#
#   eval "$(bash .ci/postgres.sh)"        # exports NEXUS_TEST_PG_URL and NEXUS_TEST_PG_DIR
#   bash .ci/postgres-stop.sh             # stops it and removes its directory
#
# Installs Debian's postgresql when no server binaries are found, runs initdb
# in a temp dir (as the postgres user when we are root, since the server
# refuses to run as root), listens on 127.0.0.1 on a free port, creates the
# database "nexus_test", and prints shell `export` lines on stdout. All
# progress messages go to stderr, so `eval` sees only the exports.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

BINDIR=$(find_bindir || true)
if [ -z "${BINDIR:-}" ]; then
  log "installing postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BINDIR=$(find_bindir)
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
DATADIR=$(mktemp -d /tmp/nexus-pg.XXXXXX)
RUN_AS=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DATADIR" postgres
  chown postgres "$DATADIR"
  RUN_AS=(runuser -u postgres --)
fi

log "initdb in $DATADIR (port $PORT)"
"${RUN_AS[@]}" "$BINDIR/initdb" -D "$DATADIR/data" -U postgres -A trust --no-sync -E UTF8 >&2
"${RUN_AS[@]}" "$BINDIR/pg_ctl" -D "$DATADIR/data" -l "$DATADIR/server.log" -w \
  -o "-h 127.0.0.1 -p $PORT -k $DATADIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >&2
"${RUN_AS[@]}" "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U postgres nexus_test >&2

echo "export NEXUS_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/nexus_test"
echo "export NEXUS_TEST_PG_DIR=$DATADIR"
