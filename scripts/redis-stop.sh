#!/usr/bin/env bash
# Stop a Redis started by scripts/redis-start.sh and delete its temp dir.
#   scripts/redis-stop.sh                 # uses REDIS_PID and REDIS_DIR from the environment
#   scripts/redis-stop.sh PID DIR         # or pass them explicitly
# SIGTERM, wait up to 10 s, then SIGKILL. Safe to call twice.
set -euo pipefail

log() { printf '[redis-stop] %s\n' "$*" >&2; }

PID=${1:-${REDIS_PID:-}}
DIR=${2:-${REDIS_DIR:-}}

alive() { kill -0 "$1" 2>/dev/null && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
# Only signal the pid if it still is a redis-server (pids get reused).
is_redis() { [ -r "/proc/$1/cmdline" ] || return 0; tr '\0' ' ' <"/proc/$1/cmdline" | grep -q 'redis-server'; }

if [[ "$PID" =~ ^[0-9]+$ ]] && [ "$PID" -gt 1 ] && alive "$PID"; then
  if is_redis "$PID"; then
    log "stopping redis-server (pid $PID)"
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 50); do alive "$PID" || break; sleep 0.2; done
    if alive "$PID"; then
      log "still running after 10 s, sending SIGKILL"
      kill -KILL "$PID" 2>/dev/null || true
    fi
  else
    log "pid $PID is not a redis-server process; not signalling it"
  fi
elif [ -n "$PID" ]; then
  log "pid $PID is not running"
fi

if [ -n "$DIR" ] && [ -d "$DIR" ]; then
  if [ -f "$DIR/.tessera-redis" ]; then
    rm -rf -- "$DIR"
    log "removed $DIR"
  else
    log "refusing to delete $DIR: not created by redis-start.sh (no .tessera-redis marker)"
  fi
fi
