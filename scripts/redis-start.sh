#!/usr/bin/env bash
# Start a private, throw-away Redis server (no systemd, no persistence, own temp dir, loopback only).
#
# stdout: only `export NAME=value` lines, so a developer can do
#     eval "$(scripts/redis-start.sh)"
#     npm test                      # the Redis tests now run against it via REDIS_URL
#     scripts/redis-stop.sh         # uses REDIS_PID / REDIS_DIR from the environment
# Everything else (progress, errors, the server log on failure) goes to stderr.
#
# Exported: REDIS_URL, REDIS_PID, REDIS_DIR, REDIS_PORT.
# Optional inputs (environment):
#   REDIS_PORT            TCP port to try first (default 36379; the next free port is used if busy)
#   REDIS_START_TIMEOUT   seconds to wait for the server (default 20)
set -euo pipefail

log() { printf '[redis-start] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

SERVER=$(command -v redis-server || ls /usr/bin/redis-server /usr/local/bin/redis-server 2>/dev/null | head -1) ||
  true
[ -n "$SERVER" ] && [ -x "$SERVER" ] || die "redis-server not found (apt-get install redis-server)"
CLI=$(command -v redis-cli || true)

START_PORT=${REDIS_PORT:-36379}
TIMEOUT=${REDIS_START_TIMEOUT:-20}

base=${TMPDIR:-/tmp}
[ -d "$base" ] && [ -w "$base" ] || base=/tmp
DIR=$(mktemp -d "$base/tessera-redis.XXXXXX")
touch "$DIR/.tessera-redis"            # marker checked by redis-stop.sh before rm -rf
LOGFILE="$DIR/redis.log"

ok=0
cleanup_on_error() {
  [ "$ok" -eq 1 ] && return 0
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 25); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$DIR"
}
trap cleanup_on_error EXIT

port_free() {
  node -e '
    const s = require("net").createServer();
    s.once("error", () => process.exit(1));
    s.listen(Number(process.argv[1]), "127.0.0.1", () => s.close(() => process.exit(0)));
  ' "$1" 2>/dev/null
}

ping() { # ping PORT -> 0 when the server answers PONG
  if [ -n "$CLI" ]; then
    [ "$("$CLI" -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = "PONG" ]
  else
    node -e '
      const s = require("net").connect(Number(process.argv[1]), "127.0.0.1");
      s.on("error", () => process.exit(1));
      s.on("data", (d) => process.exit(String(d).startsWith("+PONG") ? 0 : 1));
      s.write("PING\r\n");
      setTimeout(() => process.exit(1), 1000);
    ' "$1"
  fi
}

PORT=""
SERVER_PID=""
port=$START_PORT
for attempt in 1 2 3 4 5; do
  tries=0
  while ! port_free "$port"; do
    port=$((port + 1)); tries=$((tries + 1))
    [ "$tries" -lt 200 ] || die "no free TCP port found from $START_PORT upwards"
  done
  log "starting redis-server on 127.0.0.1:$port (attempt $attempt)"
  # No persistence (no RDB snapshots, no AOF), no protected-mode surprises on loopback; stdio not
  # inherited, so eval "$(...)" does not wait for the daemon.
  "$SERVER" --port "$port" --bind 127.0.0.1 --dir "$DIR" --save '' --appendonly no \
    --daemonize no --logfile "$LOGFILE" --protected-mode yes \
    </dev/null >/dev/null 2>&1 &
  SERVER_PID=$!
  deadline=$((SECONDS + TIMEOUT))
  while [ "$SECONDS" -lt "$deadline" ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || break
    if ping "$port"; then PORT=$port; break; fi
    sleep 0.2
  done
  [ -n "$PORT" ] && break
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    cat "$LOGFILE" >&2 2>/dev/null || true
    die "redis-server did not answer within ${TIMEOUT}s"
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  if grep -qiE 'address already in use' "$LOGFILE" 2>/dev/null; then
    log "port $port was taken meanwhile, trying another one"
    port=$((port + 1)); SERVER_PID=""
    continue
  fi
  cat "$LOGFILE" >&2 2>/dev/null || true
  die "redis-server failed to start"
done
[ -n "$PORT" ] || die "could not start redis-server"

ok=1
trap - EXIT
log "Redis $("$SERVER" --version | sed -E 's/.*v=([^ ]+).*/\1/') ready: pid $SERVER_PID, 127.0.0.1:$PORT, dir $DIR"

q() { printf '%q' "$1"; }
echo "export REDIS_URL=$(q "redis://127.0.0.1:$PORT")"
echo "export REDIS_PID=$(q "$SERVER_PID")"
echo "export REDIS_DIR=$(q "$DIR")"
echo "export REDIS_PORT=$(q "$PORT")"
