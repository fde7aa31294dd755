#!/usr/bin/env bash
# The archive tests against a real PostgreSQL: the cluster given by ATTEST_TEST_PG_URL (as .ci/run
# starts it), else a throwaway one started here and stopped at the end (test/archive/pg-cluster.sh;
# as root it installs Debian's postgresql when missing). Without root and without PostgreSQL the
# tests skip with a message, or fail under CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${ATTEST_TEST_PG_URL:-}" ] && { [ "$(id -u)" -eq 0 ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }; then
  pg_env=$(bash test/archive/pg-cluster.sh start)
  eval "$pg_env"
  trap 'bash test/archive/pg-cluster.sh stop' EXIT
fi
npx --no-install mocha --timeout 600000 'out/test/archive/**/*.test.js'
