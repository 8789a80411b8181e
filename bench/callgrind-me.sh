#!/usr/bin/env bash
# Instructions per authenticated request (GET /api/v1/me), counted by callgrind: noise-free where
# `npm run bench` is not (a loaded machine). README, "Fleet telemetry and Redis on the hot path".
#   bash bench/callgrind-me.sh [REPO_DIR] [REDIS_URL]     (REPO_DIR: a built checkout, default .)
# Env: LL (LOG_LEVEL, default log), WARM (default 4000), N (default 2000). Needs valgrind.
# node --single-threaded makes GC and JIT work run (and be counted) the same way every run.
set -u
export USER=${USER:-root} LOGNAME=${LOGNAME:-root} HOST=127.0.0.1   # callgrind_control finds the run by these
dir=$(cd "${1:-.}" && pwd); redis=${2:-}
warm=${WARM:-4000}; n=${N:-2000}
tmp=$(mktemp -d /tmp/tessera-callgrind.XXXX)
port=$(node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
client="$(dirname "$0")/callgrind-client.js"
client=$(cd "$(dirname "$client")" && pwd)/callgrind-client.js
cd "$dir"
env REDIS_URL="$redis" PORT=$port NODE_ENV=development DATABASE_URL=sqlite:$tmp/db.sqlite \
  RATE_LIMIT_PER_MINUTE=100000000 AUTH_FAILURES_PER_MINUTE=0 EXPIRY_SWEEP_CRON=off LOG_LEVEL=${LL:-log} NO_COLOR=1 \
  valgrind --tool=callgrind --instr-atstart=no --combine-dumps=yes --callgrind-out-file=$tmp/cg.out \
  node --single-threaded --max-semi-space-size=4 dist/src/main.js >$tmp/out 2>$tmp/err &
vpid=$!
for _ in $(seq 1 600); do grep -q "Admin key" $tmp/err 2>/dev/null && break; sleep 1; done
key=$(grep -o 'tsr_[0-9A-Za-z]\{49\}' $tmp/err | head -1)
node "$client" $port "$key" "$warm" >/dev/null
callgrind_control -i on $vpid >/dev/null
node "$client" $port "$key" "$n" >/dev/null
callgrind_control -d $vpid >/dev/null
callgrind_control -i off $vpid >/dev/null
sleep 2
kill -TERM $vpid; wait $vpid 2>/dev/null
total=$(grep -h '^totals:' $tmp/cg.out* | awk '{if ($2>m) m=$2} END {print m+0}')
echo "$dir LOG_LEVEL=${LL:-log} REDIS_URL=${redis:-unset}: $((total / n)) instructions per request"
rm -rf "$tmp"
