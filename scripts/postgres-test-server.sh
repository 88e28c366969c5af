#!/usr/bin/env bash
# A PostgreSQL server for FieldPlan's tests, on loopback only, in a project-local folder.
#
#   scripts/postgres-test-server.sh start   # install Debian's postgresql if missing, initdb, start, create the database
#   scripts/postgres-test-server.sh url     # print the connection URL the tests use
#   scripts/postgres-test-server.sh stop    # stop the server (the data folder is kept)
#   scripts/postgres-test-server.sh status  # exit 0 when the server answers
#
# The server listens on 127.0.0.1:${FIELDPLAN_PG_PORT:-54329} with trust authentication (no password,
# loopback only) and keeps its data in .build-postgres/ (git-ignored). `start` is idempotent: a
# server already running there is fine. PostgreSQL refuses to run as root, so as root the server
# runs as the `postgres` user the Debian package creates; when that user cannot reach the project
# folder the data goes to /tmp/fieldplan-postgres-<uid>-<port> instead.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${FIELDPLAN_PG_PORT:-54329}"
DATABASE="${FIELDPLAN_PG_DATABASE:-fieldplan_test}"
SUPERUSER=postgres
SUDO=""
[ "$(id -u)" = "0" ] || SUDO=sudo

log() { echo "postgres-test-server: $*" >&2; }

# The newest installed PostgreSQL's bin folder, installing Debian's package when there is none.
bin_dir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
        log "installing Debian's postgresql"
        $SUDO apt-get update >&2
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
        dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    fi
    echo "$dir"
}

# Runs a command as the user that owns the server: `postgres` when we are root, else ourselves.
as_owner() {
    if [ "$(id -u)" = "0" ]; then
        (cd / && runuser -u "$SUPERUSER" -- "$@")
    else
        "$@"
    fi
}

# The data folder: project-local when the server's user can reach it.
data_root() {
    local local_dir="$ROOT/.build-postgres"
    if [ "$(id -u)" != "0" ] || runuser -u "$SUPERUSER" -- test -x "$ROOT"; then
        echo "$local_dir"
    else
        echo "/tmp/fieldplan-postgres-$(id -u)-$PORT"
    fi
}

url() { echo "postgres://$SUPERUSER@127.0.0.1:$PORT/$DATABASE"; }

answers() {
    local bin="$1"
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$PORT" 2>/dev/null
}

start() {
    local bin dir data
    bin="$(bin_dir)"
    dir="$(data_root)"
    data="$dir/data"
    mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then chown "$SUPERUSER:" "$dir"; fi
    if [ ! -f "$data/PG_VERSION" ]; then
        log "initdb into $data"
        as_owner "$bin/initdb" -D "$data" -U "$SUPERUSER" -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if answers "$bin"; then
        log "already running on 127.0.0.1:$PORT"
    else
        log "starting on 127.0.0.1:$PORT (log: $dir/postgres.log)"
        as_owner "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 \
            -o "-h 127.0.0.1 -p $PORT -k '' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >&2 || { tail -n 40 "$dir/postgres.log" >&2; exit 1; }
    fi
    local psql=("$bin/psql" -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" -d postgres -v ON_ERROR_STOP=1 -tAq)
    if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != "1" ]; then
        "${psql[@]}" -c "CREATE DATABASE $DATABASE" >&2
    fi
    url
}

stop() {
    local bin data
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    data="$(data_root)/data"
    if [ -n "$bin" ] && [ -f "$data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >&2 || true
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    status) answers "$(bin_dir)" ;;
    *) echo "usage: $0 start|stop|url|status" >&2; exit 2 ;;
esac
