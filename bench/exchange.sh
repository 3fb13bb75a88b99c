#!/usr/bin/env bash
# Exchange benchmark: inbound work orders per second (POST /api/v1/exchange/work-orders, signed, each a new case),
# idempotent replays per second, and outbox delivery throughput (messages per second to a partner's callback).
#
#   bench/exchange.sh [JAR]            JAR defaults to target/redshield.jar (mvn -o -q -B -DskipTests package)
#
# Environment (all optional):
#   BENCH_WORK_ORDERS=3000      work orders of the measured phases (plus 200 of warm-up)
#   BENCH_CONNECTIONS=16        closed-loop HTTP connections of the inbound and replay phases
#   BENCH_RECEIVER_DELAY_MS=0   time the simulated partner takes to answer each message
#   BENCH_PORT=18097            HTTP port of the application (loopback only)
#   BENCH_JAVA_OPTS=""          JVM flags of the application
#   REDSHIELD_EXCHANGE_CONCURRENCY, REDSHIELD_EXCHANGE_BATCH_SIZE, REDSHIELD_DB_POOL_SIZE: passed to the application
#
# The application runs on its embedded PostgreSQL in a temporary data directory, with the demo city. Everything goes
# to 127.0.0.1; every phase is bounded in count and time. Needs java 17 (the load generator runs from source).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAR="${1:-target/redshield.jar}"
N="${BENCH_WORK_ORDERS:-3000}"
CONNS="${BENCH_CONNECTIONS:-16}"
DELAY="${BENCH_RECEIVER_DELAY_MS:-0}"
PORT="${BENCH_PORT:-18097}"
JAVA_OPTS_APP="${BENCH_JAVA_OPTS:-}"
WORK="$(mktemp -d /tmp/redshield-exchange-bench.XXXXXX)"
APP_PID=""
ADMIN_PASSWORD="bench-admin-$$"

for v in "$N" "$CONNS" "$DELAY" "$PORT"; do
	[[ "$v" =~ ^[0-9]+$ ]] || { echo "not a number: $v" >&2; exit 2; }
done
(( N >= 100 && N <= 50000 )) || { echo "BENCH_WORK_ORDERS must be 100..50000" >&2; exit 2; }
(( CONNS >= 1 && CONNS <= 128 )) || { echo "BENCH_CONNECTIONS must be 1..128" >&2; exit 2; }
[[ -f "$JAR" ]] || { echo "no jar at $JAR (build it: mvn -o -q -B -DskipTests package)" >&2; exit 2; }
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"

cleanup() {
	set +e
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
	fi
	if [[ "${BENCH_KEEP_WORK:-0}" == 1 ]]; then echo "work files kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "=== machine"
echo "date:      $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "cpu:       $(nproc) x $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)"
free -h | sed 's/^/memory:    /' | head -2
echo "java:      $(java -version 2>&1 | head -1)"
echo "jar:       $JAR ($(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'))"
echo "settings:  work_orders=$N connections=$CONNS receiver_delay=${DELAY}ms exchange_concurrency=${REDSHIELD_EXCHANGE_CONCURRENCY:-8(default)} pool=${REDSHIELD_DB_POOL_SIZE:-16(default)}"
echo "load avg:  $(cut -d' ' -f1-3 /proc/loadavg)"

if curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
	echo "port $PORT is in use by another process: set BENCH_PORT" >&2; exit 2
fi
echo "=== application on 127.0.0.1:$PORT (embedded PostgreSQL in $WORK/data)"
(
	cd "$WORK"
	export REDSHIELD_DATA_DIR="$WORK/data" REDSHIELD_DEMO=always REDSHIELD_ADMIN_PASSWORD="$ADMIN_PASSWORD"
	export SERVER_PORT="$PORT" REDSHIELD_EXCHANGE_SIMULATOR=off
	# shellcheck disable=SC2086
	exec java $JAVA_OPTS_APP -jar "$JAR" >"$WORK/app.log" 2>&1
) &
APP_PID=$!
up=0
for _ in $(seq 1 180); do
	if grep -q "Started RedShieldApplication" "$WORK/app.log" 2>/dev/null \
		&& curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then up=1; break; fi
	kill -0 "$APP_PID" 2>/dev/null || break
	sleep 1
done
if [[ $up != 1 ]]; then echo "application did not come up; last log lines:"; tail -40 "$WORK/app.log"; exit 1; fi

echo "=== load: java bench/exchange_bench.java $PORT <admin> $N $CONNS $DELAY"
timeout 900 java -Xmx512m "$HERE/exchange_bench.java" "$PORT" "$ADMIN_PASSWORD" "$N" "$CONNS" "$DELAY"
echo "load avg:  $(cut -d' ' -f1-3 /proc/loadavg) (after)"
