#!/usr/bin/env bash
# Start a private, throw-away MariaDB server (no systemd, no root password, own temp dir).
#
# stdout: only `export NAME=value` lines, so a developer can do
#     eval "$(scripts/mariadb-start.sh)"
#     npm run test:e2e              # the suite now runs against MariaDB via DATABASE_URL
#     scripts/mariadb-stop.sh       # uses MARIADB_PID / MARIADB_DIR from the environment
# Everything else (progress, errors, the server's error log on failure) goes to stderr.
#
# Exported: DATABASE_URL, MARIADB_PID, MARIADB_DIR, MARIADB_PORT, MARIADB_SOCKET,
#           MARIADB_USER, MARIADB_PASSWORD.
#
# Optional inputs (environment):
#   MARIADB_PORT        TCP port to try first (default 33306; the next free port is used if busy)
#   MARIADB_DATABASE    database to create (default tessera)
#   MARIADB_USER        application user (default tessera); gets ALL PRIVILEGES ON *.* WITH GRANT
#                       OPTION because the e2e suite creates one database per test file
#   MARIADB_START_TIMEOUT  seconds to wait for the server (default 60)
#
# Works as root (the server then runs as the `mysql` user; mariadbd refuses to run as root
# without --user) and as an ordinary user (the server runs as that user).
set -euo pipefail

log() { printf '[mariadb-start] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

find_bin() { # find_bin NAME... -> first one found on PATH or in /usr/sbin, /usr/local/sbin
  local name dir
  for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    for dir in /usr/sbin /usr/local/sbin /usr/bin /usr/local/bin; do
      if [ -x "$dir/$name" ]; then echo "$dir/$name"; return 0; fi
    done
  done
  return 1
}

MARIADBD=$(find_bin mariadbd mysqld) || die "mariadbd not found (apt-get install mariadb-server)"
INSTALL_DB=$(find_bin mariadb-install-db mysql_install_db) || die "mariadb-install-db not found"
ADMIN=$(find_bin mariadb-admin mysqladmin) || die "mariadb-admin not found"
CLIENT=$(find_bin mariadb mysql) || die "mariadb client not found"

DB_NAME=${MARIADB_DATABASE:-tessera}
DB_USER=${MARIADB_USER:-tessera}
START_PORT=${MARIADB_PORT:-33306}
TIMEOUT=${MARIADB_START_TIMEOUT:-60}
[[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ ]] || die "MARIADB_DATABASE must match [A-Za-z0-9_]+"
[[ "$DB_USER" =~ ^[A-Za-z0-9_]+$ ]] || die "MARIADB_USER must match [A-Za-z0-9_]+"

# Hex password: safe inside a URL and inside SQL quotes.
if command -v openssl >/dev/null 2>&1; then
  DB_PASS=$(openssl rand -hex 16)
else
  DB_PASS=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
fi

# --- temp dir -----------------------------------------------------------------------------
# Unix socket paths are limited to ~107 bytes, so fall back to /tmp if $TMPDIR is long.
base=${TMPDIR:-/tmp}
[ "${#base}" -le 60 ] && [ -d "$base" ] && [ -w "$base" ] || base=/tmp
DIR=$(mktemp -d "$base/tessera-mariadb.XXXXXX")
touch "$DIR/.tessera-mariadb"          # marker checked by mariadb-stop.sh before rm -rf
DATADIR="$DIR/data"
SOCK="$DIR/sock"
ERRLOG="$DIR/error.log"
PIDFILE="$DIR/mariadbd.pid"
mkdir "$DATADIR"

if [ "$(id -u)" -eq 0 ]; then
  RUN_AS=mysql
  getent passwd mysql >/dev/null || die "user 'mysql' does not exist (install mariadb-server)"
  # mktemp -d makes a 0700 root dir; mariadbd (running as mysql) needs the whole dir.
  chown -R mysql: "$DIR"
  chmod 0750 "$DIR"
  USER_OPT=(--user=mysql)
  SOCKET_USER=root        # OS root may log in as MariaDB root over the socket
else
  RUN_AS=$(id -un)
  USER_OPT=()
  SOCKET_USER=$RUN_AS
fi

ok=0
cleanup_on_error() {
  [ "$ok" -eq 1 ] && return 0
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$DIR"
}
trap cleanup_on_error EXIT

# --- initialise the data directory --------------------------------------------------------
log "initialising data directory $DATADIR (server runs as $RUN_AS)"
if ! "$INSTALL_DB" --no-defaults "${USER_OPT[@]}" --datadir="$DATADIR" \
      --auth-root-authentication-method=socket --auth-root-socket-user="$SOCKET_USER" \
      --skip-test-db >"$DIR/install-db.log" 2>&1; then
  cat "$DIR/install-db.log" >&2
  die "mariadb-install-db failed"
fi

# --- pick a port and start ----------------------------------------------------------------
port_free() { # port_free PORT -> 0 if nothing listens / we can bind 127.0.0.1:PORT
  if command -v node >/dev/null 2>&1; then
    node -e '
      const s = require("net").createServer();
      s.once("error", () => process.exit(1));
      s.listen(Number(process.argv[1]), "127.0.0.1", () => s.close(() => process.exit(0)));
    ' "$1" 2>/dev/null
  else
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

server_alive() {
  [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null &&
    ! grep -q '^State:[[:space:]]*Z' "/proc/$SERVER_PID/status" 2>/dev/null
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
  log "starting mariadbd on 127.0.0.1:$port (attempt $attempt)"
  : >"$ERRLOG"; [ "$(id -u)" -eq 0 ] && chown mysql: "$ERRLOG"
  # stdin/stdout/stderr must not be inherited: with eval "$(...)" the command substitution
  # would otherwise wait for the daemon to close stdout, i.e. forever.
  "$MARIADBD" --no-defaults "${USER_OPT[@]}" \
    --datadir="$DATADIR" --socket="$SOCK" --pid-file="$PIDFILE" --log-error="$ERRLOG" \
    --port="$port" --bind-address=127.0.0.1 \
    --skip-log-bin --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_bin \
    --max-connections=500 \
    --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=2 \
    </dev/null >>"$DIR/mariadbd.out" 2>&1 &
  SERVER_PID=$!

  deadline=$((SECONDS + TIMEOUT))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if ! server_alive; then break; fi
    if "$ADMIN" --no-defaults --socket="$SOCK" --connect-timeout=2 ping >/dev/null 2>&1; then
      PORT=$port; break
    fi
    sleep 0.5
  done
  [ -n "$PORT" ] && break

  if server_alive; then
    log "mariadbd did not answer within ${TIMEOUT}s; error log:"
    cat "$ERRLOG" "$DIR/mariadbd.out" >&2 2>/dev/null || true
    die "mariadbd start timed out"
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  if grep -qiE 'bind on tcp/ip port|address already in use' "$ERRLOG" 2>/dev/null; then
    log "port $port was taken meanwhile, trying another one"
    port=$((port + 1)); SERVER_PID=""
    continue
  fi
  log "mariadbd exited during start-up; error log:"
  cat "$ERRLOG" "$DIR/mariadbd.out" >&2 2>/dev/null || true
  die "mariadbd failed to start"
done
[ -n "$PORT" ] || { cat "$ERRLOG" >&2 2>/dev/null || true; die "could not start mariadbd"; }

# Prefer the pid the server wrote itself (robust if anything wrapped the exec).
if [ -s "$PIDFILE" ]; then SERVER_PID=$(tr -d ' \n' <"$PIDFILE"); fi

# --- users and database -------------------------------------------------------------------
log "creating database '$DB_NAME' and user '$DB_USER'@'127.0.0.1' / '$DB_USER'@'localhost'"
if ! "$CLIENT" --no-defaults --socket="$SOCK" -u"$SOCKET_USER" --batch >&2 <<SQL
CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
CREATE USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASS';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'localhost' WITH GRANT OPTION;
CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
FLUSH PRIVILEGES;
SQL
then
  cat "$ERRLOG" >&2 2>/dev/null || true
  die "could not create user/database"
fi

ok=1
trap - EXIT
log "MariaDB $("$MARIADBD" --version | sed -E 's/.*Ver ([^ ]+).*/\1/') ready: pid $SERVER_PID, 127.0.0.1:$PORT, dir $DIR"

q() { printf '%q' "$1"; }
echo "export DATABASE_URL=$(q "mysql://$DB_USER:$DB_PASS@127.0.0.1:$PORT/$DB_NAME")"
echo "export MARIADB_PID=$(q "$SERVER_PID")"
echo "export MARIADB_DIR=$(q "$DIR")"
echo "export MARIADB_PORT=$(q "$PORT")"
echo "export MARIADB_SOCKET=$(q "$SOCK")"
echo "export MARIADB_USER=$(q "$DB_USER")"
echo "export MARIADB_PASSWORD=$(q "$DB_PASS")"
