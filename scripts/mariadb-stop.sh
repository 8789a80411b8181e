#!/usr/bin/env bash
# Stop a MariaDB started by scripts/mariadb-start.sh and delete its temp dir.
#   scripts/mariadb-stop.sh                 # uses MARIADB_PID and MARIADB_DIR from the environment
#   scripts/mariadb-stop.sh PID DIR         # or pass them explicitly
# SIGTERM, wait up to 30 s (MARIADB_STOP_TIMEOUT), then SIGKILL. Safe to call twice.
set -euo pipefail

log() { printf '[mariadb-stop] %s\n' "$*" >&2; }

PID=${1:-${MARIADB_PID:-}}
DIR=${2:-${MARIADB_DIR:-}}
TIMEOUT=${MARIADB_STOP_TIMEOUT:-30}

# Running = exists and is not a zombie (the server is usually orphaned after mariadb-start.sh
# exits; if nothing reaps it, kill -0 keeps succeeding on the zombie).
alive() {
  kill -0 "$1" 2>/dev/null && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

# Only signal the pid if it still is a mariadbd/mysqld (pids get reused).
is_mariadbd() {
  [ -r "/proc/$1/cmdline" ] || return 0   # no procfs: trust the caller
  tr '\0' ' ' <"/proc/$1/cmdline" | grep -qE '(mariadbd|mysqld)'
}

if [[ "$PID" =~ ^[0-9]+$ ]] && [ "$PID" -gt 1 ] && alive "$PID"; then
  if is_mariadbd "$PID"; then
    log "stopping mariadbd (pid $PID)"
    kill -TERM "$PID" 2>/dev/null || true
    deadline=$((SECONDS + TIMEOUT))
    while alive "$PID" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    if alive "$PID"; then
      log "still running after ${TIMEOUT}s, sending SIGKILL"
      kill -KILL "$PID" 2>/dev/null || true
      for _ in $(seq 1 25); do alive "$PID" || break; sleep 0.2; done
    fi
  else
    log "pid $PID is not a mariadbd process; not signalling it"
  fi
elif [ -n "$PID" ]; then
  log "pid $PID is not running"
fi

if [ -n "$DIR" ] && [ -d "$DIR" ]; then
  if [ -f "$DIR/.tessera-mariadb" ]; then
    rm -rf -- "$DIR"
    log "removed $DIR"
  else
    log "refusing to delete $DIR: not created by mariadb-start.sh (no .tessera-mariadb marker)"
  fi
fi
