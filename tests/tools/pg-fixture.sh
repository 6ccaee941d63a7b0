#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# CTest fixture for the PostgreSQL tests: `start DIR` runs a throw-away PostgreSQL server
# (initdb + pg_ctl) in DIR on a free 127.0.0.1 port and writes DIR/server.env (bin dir,
# port, superuser); `stop DIR` stops it and removes DIR. Without PostgreSQL's server
# binaries it writes DIR/skip and the tests skip. As root, initdb and the server run as
# the `postgres` user (they refuse root), in a DIR owned by it.
set -euo pipefail
action=${1:?usage: pg-fixture.sh start|stop DIR}
dir=${2:?usage: pg-fixture.sh start|stop DIR}

bindir=${VOUCH_PG_BINDIR:-}
if [[ -z "$bindir" ]]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x "$candidate/pg_ctl" && -x "$candidate/initdb" ]] && bindir=$candidate
    done
fi
as=()
if [[ $(id -u) -eq 0 ]]; then
    as=(runuser -u postgres --)
fi

case "$action" in
start)
    if [[ -f "$dir/data/postmaster.pid" && -n "$bindir" ]]; then
        "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [[ -z "$bindir" ]]; then
        echo "no PostgreSQL server binaries (initdb, pg_ctl) found" >"$dir/skip"
        echo "pg-fixture: no PostgreSQL server binaries found; the PostgreSQL tests will skip"
        exit 0
    fi
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"
    fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${as[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U vouch_admin --no-sync -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    printf 'bindir=%s\nport=%s\nuser=vouch_admin\nsocket=%s\n' "$bindir" "$port" "$dir" \
        >"$dir/server.env.tmp"
    mv "$dir/server.env.tmp" "$dir/server.env"
    echo "pg-fixture: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    ;;
stop)
    if [[ -f "$dir/data/postmaster.pid" && -n "$bindir" ]]; then
        "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-fixture.sh start|stop DIR" >&2
    exit 2
    ;;
esac
