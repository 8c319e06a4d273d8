#!/usr/bin/env bash
# First figures of the local stack: time until every component is ready, RSS of each process, and the time
# from the Okta event hook leaving the sandbox to the RingCentral create for one user (repeated N times).
#
#   bench/first-figures.sh [N]        (default N=20; needs the modules built: ./mvnw install -DskipTests)
#
# Uses its own state folder and ports (offset 2000) so that it never meets a running local stack.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-20}
export SWITCHBOARD_HOME=${SWITCHBOARD_HOME:-$ROOT/bench/target/stack} SWITCHBOARD_PORT_OFFSET=${SWITCHBOARD_PORT_OFFSET:-2000}
SB="$ROOT/deploy/switchboard"
SANDBOX=http://127.0.0.1:$((8090 + SWITCHBOARD_PORT_OFFSET))
APP_ID=0oasandboxringcentral

"$SB" stop >/dev/null 2>&1 || true
rm -rf "$SWITCHBOARD_HOME"
t0=$(date +%s%N)
"$SB" start >/dev/null 2>&1
t1=$(date +%s%N)
echo "stack ready (kafka, postgres, sandbox and every service; cold, fresh state): $(( (t1 - t0) / 1000000 )) ms"

. "$SWITCHBOARD_HOME/secrets.env"
auth="Authorization: SSWS $OKTA_API_TOKEN"
latencies=()
for i in $(seq 1 "$N"); do
  email="bench.$i.$RANDOM@example.com"
  id=$(curl -fsS -X POST "$SANDBOX/api/v1/users?activate=true" -H "$auth" -H 'Content-Type: application/json' \
       -d "{\"profile\":{\"login\":\"$email\",\"email\":\"$email\",\"firstName\":\"Bench\",\"lastName\":\"User$i\"}}" | jq -r .id)
  curl -fsS -o /dev/null -X POST "$SANDBOX/api/v1/apps/$APP_ID/users" -H "$auth" -H 'Content-Type: application/json' \
       -d "{\"id\":\"$id\",\"scope\":\"USER\",\"credentials\":{\"userName\":\"$email\"}}"
  for _ in $(seq 1 300); do
    created=$(curl -fsS "$SANDBOX/sandbox/ringcentral/extensions" | jq -r --arg e "$email" \
              '[.[] | select(.contact.email == $e)] | first | .creationTime // empty')
    [ -n "$created" ] && break
    sleep 0.05
  done
  sent=$(curl -fsS "$SANDBOX/sandbox/okta/deliveries" | jq -r --arg u "$id" \
         '[.[] | select(.userIds // [] | index($u))] | first | .firstAttemptAt // empty')
  if [ -n "$created" ] && [ -n "$sent" ]; then
    ms=$(( ($(date -d "$created" +%s%N) - $(date -d "$sent" +%s%N)) / 1000000 ))
    latencies+=("$ms")
  fi
  sleep 0.5
done
printf '%s\n' "${latencies[@]}" | sort -n | awk '{a[NR]=$1} END {
  if (NR == 0) { print "no latencies measured"; exit }
  printf "hook sent -> RingCentral create, %d users: p50 %d ms, p90 %d ms, max %d ms\n", NR, a[int(NR*0.5+0.5)], a[int(NR*0.9+0.5)], a[NR] }'

echo "RSS after the run:"
for pidfile in "$SWITCHBOARD_HOME"/*.pid; do
  c=$(basename "$pidfile" .pid); pid=$(cat "$pidfile")
  printf '  %-20s %6d MB\n' "$c" $(( $(ps -o rss= -p "$pid") / 1024 ))
done
pgpid=$(head -1 "$SWITCHBOARD_HOME/postgres/data/postmaster.pid" 2>/dev/null || true)
[ -n "$pgpid" ] && printf '  %-20s %6d MB (postmaster only)\n' postgres $(( $(ps -o rss= -p "$pgpid") / 1024 ))
"$SB" stop >/dev/null 2>&1
