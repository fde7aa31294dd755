#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the archive tests: Debian's postgresql (installed when
# missing, as root), initdb in a temporary folder, listening on 127.0.0.1 only, on a free port.
#
#   eval "$(bash test/archive/pg-cluster.sh start)"   # exports ATTEST_TEST_PG_URL, PGPASSWORD, ATTEST_PG_CLUSTER_DIR
#   bash test/archive/pg-cluster.sh stop              # stops the cluster and removes its folder
#
# The URL carries no password: the password goes through PGPASSWORD, as libpq and `pg` read it.
# Only the export lines go to stdout; everything else goes to stderr.
set -euo pipefail

log() { echo "pg-cluster: $*" >&2; }

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then echo "$found"; return; fi
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
  return 1
}

install_postgresql() {
  if pg_bin >/dev/null; then return; fi
  if [ "$(id -u)" -ne 0 ]; then log "PostgreSQL is not installed and this is not root: apt-get install postgresql"; exit 1; fi
  log "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql postgresql-contrib >/dev/null
}

# Runs a command as the unprivileged owner of the cluster (initdb and postgres refuse root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

start() {
  install_postgresql
  local bin dir port password
  bin=$(pg_bin)
  dir=$(mktemp -d /tmp/attest-pg.XXXXXX)
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  password=$(node -e 'console.log(require("crypto").randomBytes(18).toString("base64url"))')
  printf '%s\n' "$password" >"$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
  chmod 600 "$dir/pwfile"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  port=$(free_port)
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  log "cluster in $dir on 127.0.0.1:$port"
  echo "export ATTEST_PG_CLUSTER_DIR='$dir'"
  echo "export ATTEST_TEST_PG_URL='postgresql://postgres@127.0.0.1:$port/postgres'"
  echo "export PGPASSWORD='$password'"
}

stop() {
  local dir="${1:-${ATTEST_PG_CLUSTER_DIR:-}}"
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then log "no cluster to stop"; return 0; fi
  as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
  log "cluster in $dir stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start|stop [dir]" >&2; exit 2 ;;
esac
