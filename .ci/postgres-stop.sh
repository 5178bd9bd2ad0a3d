#!/usr/bin/env bash
# Stop the cluster .ci/postgres.sh started (found through NEXUS_TEST_PG_DIR) and remove it.
set -euo pipefail
DATADIR=${NEXUS_TEST_PG_DIR:-${1:-}}
if [ -z "$DATADIR" ] || [ ! -d "$DATADIR/data" ]; then
  echo "postgres-stop.sh: no cluster (set NEXUS_TEST_PG_DIR or pass the directory)" >&2
  exit 0
fi
PG_CTL=$(command -v pg_ctl || ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1)
RUN_AS=()
if [ "$(id -u)" = "0" ]; then RUN_AS=(runuser -u postgres --); fi
"${RUN_AS[@]}" "$PG_CTL" -D "$DATADIR/data" -m fast -w stop >&2 || true
rm -rf "$DATADIR"
