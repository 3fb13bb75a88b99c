#!/usr/bin/env bash
# Intake benchmark: POST /api/v1/cases over HTTP against pgbench running the equivalent transaction
# (bench/intake.sql) on the same database, in the same run, with the same client concurrency.
#
#   bench/intake.sh [JAR]            JAR defaults to target/redshield.jar
#
# Targets (issue): HTTP max throughput >= 0.5 x pgbench TPS; p99 < 25 ms at 1,000 intakes/s, every response 201.
#
# Phases: fresh database, application started, bearer token, closed-loop warm-up; then BENCH_ROUNDS rounds of
# [HTTP closed loop (wrk), pgbench closed loop], alternating so that both see the same machine (other processes and
# the hypervisor take these 2 cores at times; the ratio is taken per round and the median reported); then the
# open-loop fixed-rate phase (bench/RateClient.java, coordinated-omission free); then pgbench at the same fixed rate
# as a database-only latency reference. Every phase reports the CPU taken by the application JVM, PostgreSQL, the
# load generator and everything else, and the CPU milliseconds each intake cost.
#
# Environment (all optional):
#   BENCH_CONNECTIONS=32        closed-loop HTTP connections = pgbench clients
#   BENCH_DURATION=30           seconds of each measured phase
#   BENCH_ROUNDS=3              rounds of [HTTP 30 s, pgbench 30 s]
#   BENCH_WARMUP=120            seconds of closed-loop HTTP warm-up before measuring, half at 4 connections (so the
#                               JIT compiler threads get CPU), half at BENCH_CONNECTIONS; 10 s is far too short here
#   BENCH_RATES="1000"          fixed rates (intakes/s) of the open-loop phase; the first is judged against the target
#   BENCH_AUTO_RATE=1           1: when the closed loop reached less than the first rate, also measure at half of
#                               what it reached (latency at a load the application sustains, for the analysis)
#   BENCH_RATE_CONNECTIONS=64   connections of the open-loop client
#   BENCH_JAVA_OPTS=""          JVM flags of the application, e.g. "-XX:+UseParallelGC -Xms1g -Xmx1g"
#   BENCH_APP_ARGS=""           Spring Boot arguments of the application, e.g. "--server.tomcat.threads.max=16"
#   BENCH_JFR=0                 1: record a JFR CPU profile of the first HTTP round and print the hottest frames
#   BENCH_PORT=18089            HTTP port of the application (loopback only)
#   BENCH_WAIT_IDLE=300         wait up to this many seconds for the machine to be idle (< 30% of one core busy or
#                               stolen) before starting, since other processes on these 2 cores distort every number
#   BENCH_KEEP_WORK=0           1: keep the work directory (logs, wrk/pgbench outputs, JFR) instead of deleting it
#   REDSHIELD_DB_POOL_SIZE      passed through to the application (Hikari pool; default 16)
#   PGHOST/PGPORT/PGUSER        PostgreSQL server (default 127.0.0.1:5432, postgres, trust auth)
#
# Needs: java + javac 17, wrk (apt-get install -y wrk; installed here if missing and root), pgbench/psql/createdb
# (postgresql-client 15), curl, python3. All traffic goes to 127.0.0.1; every phase is bounded in time and count.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAR="${1:-target/redshield.jar}"
CONNS="${BENCH_CONNECTIONS:-32}"
DURATION="${BENCH_DURATION:-30}"
ROUNDS="${BENCH_ROUNDS:-3}"
WARMUP="${BENCH_WARMUP:-120}"
RATES="${BENCH_RATES:-1000}"
RATE_CONNS="${BENCH_RATE_CONNECTIONS:-64}"
JAVA_OPTS_APP="${BENCH_JAVA_OPTS:-}"
APP_ARGS="${BENCH_APP_ARGS:-}"
JFR="${BENCH_JFR:-0}"
PORT="${BENCH_PORT:-18089}"
WAIT_IDLE="${BENCH_WAIT_IDLE:-300}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="redshield_bench_$$"
WORK="$(mktemp -d /tmp/redshield-bench.XXXXXX)"
APP_PID=""
HZ="$(getconf CLK_TCK)"

for v in "$CONNS" "$DURATION" "$ROUNDS" "$WARMUP" "$RATE_CONNS" "$PORT" "$WAIT_IDLE" $RATES; do
	[[ "$v" =~ ^[0-9]+$ ]] || { echo "not a number: $v" >&2; exit 2; }
done
(( DURATION >= 5 && DURATION <= 300 )) || { echo "BENCH_DURATION must be 5..300" >&2; exit 2; }
(( ROUNDS >= 1 && ROUNDS <= 10 )) || { echo "BENCH_ROUNDS must be 1..10" >&2; exit 2; }
(( WARMUP <= 300 )) || { echo "BENCH_WARMUP must be <= 300" >&2; exit 2; }
(( WAIT_IDLE <= 3600 )) || { echo "BENCH_WAIT_IDLE must be <= 3600" >&2; exit 2; }
(( CONNS >= 1 && CONNS <= 64 )) || { echo "BENCH_CONNECTIONS must be 1..64" >&2; exit 2; }
for r in $RATES; do (( r >= 1 && r <= 5000 )) || { echo "rates must be 1..5000" >&2; exit 2; }; done
[[ -f "$JAR" ]] || { echo "no jar at $JAR (build it: mvn -o -q -B -DskipTests package)" >&2; exit 2; }
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"

if ! command -v wrk >/dev/null; then
	if [[ $(id -u) == 0 ]]; then
		echo "installing wrk from Debian ..."
		apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y wrk >/dev/null 2>&1; }
	fi
	command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
fi
for tool in java javac jcmd pgbench psql createdb dropdb curl python3; do
	command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 2; }
done

cleanup() {
	set +e
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
	fi
	dropdb --if-exists "$DB" 2>/dev/null
	if [[ "${BENCH_KEEP_WORK:-0}" == 1 ]]; then echo "work files kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '\n=== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" "$2" | tail -1; }

# ---------------------------------------------------------------- CPU accounting
# Jiffies since boot: the whole machine busy (not idle/iowait/steal), hypervisor steal, the application JVM, the
# PostgreSQL server (postmaster + its auxiliary processes + live backends of the benchmark database + reaped
# children, e.g. pgbench's backends once they exit) and this script's finished children (the load generators run in
# the foreground, so they land in our cutime/cstime when they exit).
PG_DATA="$(psql -Atqc 'show data_directory')"
PG_MAIN="$(head -1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
stat_fields() { sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null || true; }
cpu_snapshot() {
	local machine app=0 pg=0 gen f p cmd
	machine=$(awk '/^cpu /{print $2+$3+$4+$7+$8, $9}' /proc/stat)
	if [[ -n "$APP_PID" ]]; then f=($(stat_fields "$APP_PID")); [[ ${#f[@]} -gt 13 ]] && app=$((f[11] + f[12])); fi
	if [[ -n "$PG_MAIN" ]]; then
		f=($(stat_fields "$PG_MAIN")); [[ ${#f[@]} -gt 15 ]] && pg=$((f[11] + f[12] + f[13] + f[14]))
		for p in $(ps -o pid= --ppid "$PG_MAIN"); do
			# client backends of other databases (other users of this server) are not ours
			cmd="$(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null || true)"
			if [[ "$cmd" =~ (127\.0\.0\.1\(|\[local\]|::1\() && "$cmd" != *" $DB "* ]]; then continue; fi
			f=($(stat_fields "$p")); [[ ${#f[@]} -gt 13 ]] && pg=$((pg + f[11] + f[12]))
		done
	fi
	f=($(stat_fields $$)); gen=$((f[13] + f[14]))
	echo "$(date +%s.%N) $machine $app $pg $gen"
}
# cpu_report NAME BEFORE AFTER [OPS]: CPU in % of one core per process group, and with OPS (intakes or transactions
# done in between) the CPU milliseconds each one cost. Flags phases where other processes or the hypervisor took CPU.
cpu_report() {
	python3 - "$1" "$2" "$3" "$HZ" "$(nproc)" "${4:-0}" <<'EOF'
import sys
name, a, b, hz, n = sys.argv[1], sys.argv[2].split(), sys.argv[3].split(), float(sys.argv[4]), int(sys.argv[5])
ops = int(float(sys.argv[6] or 0))
dt = float(b[0]) - float(a[0])
machine, steal, app, pg, gen = [(int(y) - int(x)) / hz / dt * 100 for x, y in zip(a[1:], b[1:])]
other = max(0.0, machine - app - pg - gen)
noisy = ("  NOISY: other processes took CPU" if other > 20 else "") + (
    "  NOISY: the hypervisor stole CPU" if steal > 20 else "")
print(f"CPU {name}: machine={machine:.0f}% of {n * 100}%  steal={steal:.0f}%  app-jvm={app:.0f}%  postgres={pg:.0f}%  "
      f"loadgen={gen:.0f}%  other={other:.0f}%  ({dt:.0f} s){noisy}")
if ops > 0:
    per = lambda pct: pct / 100 * dt * 1000 / ops
    print(f"CPU per op {name}: app-jvm={per(app):.2f} ms  postgres={per(pg):.2f} ms  loadgen={per(gen):.2f} ms  "
          f"(over {ops} ops)")
EOF
}

# ---------------------------------------------------------------- wait for a quiet machine, describe it
busy_pct() { # % of one core busy or stolen by the hypervisor over 3 s, whole machine
	local a b
	a=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat); sleep 3
	b=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
	python3 -c "a=list(map(int,'$a'.split())); b=list(map(int,'$b'.split())); print(int(100*$(nproc)*(b[0]-a[0])/max(1,b[1]-a[1])))"
}
waited=0
while :; do
	busy="$(busy_pct)"
	(( busy < 30 )) && break
	if (( waited >= WAIT_IDLE )); then echo "WARNING: machine still ${busy}% busy after ${waited}s; measuring anyway"; break; fi
	echo "machine ${busy}% busy (other processes or steal); waiting for it to be idle ..."
	sleep 7; waited=$((waited + 10))
done

say "machine"
echo "date:      $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "cpu:       $(nproc) x $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)"
free -h | sed 's/^/memory:    /' | head -2
echo "kernel:    $(uname -r)"
echo "java:      $(java -version 2>&1 | head -1)"
echo "postgres:  $(psql -Atqc 'select version()' | cut -d, -f1)"
echo "pg config: $(psql -Atqc "select string_agg(name || '=' || setting || coalesce(unit, ''), ' ' order by name) from pg_settings where name in ('shared_buffers','synchronous_commit','fsync','max_connections','wal_level','full_page_writes','commit_delay')")"
echo "wrk:       $(wrk -v 2>&1 | head -1)"
echo "jar:       $JAR ($(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'), sha256 $(sha256sum "$JAR" | cut -c1-12))"
echo "settings:  connections=$CONNS duration=${DURATION}s rounds=$ROUNDS warmup=${WARMUP}s rates=[$RATES] pool=${REDSHIELD_DB_POOL_SIZE:-16(default)} java_opts=[${JAVA_OPTS_APP}] app_args=[${APP_ARGS}]"
echo "load avg:  $(cut -d' ' -f1-3 /proc/loadavg) (before the run; other processes share these cores)"

# ---------------------------------------------------------------- database and application
say "database $DB and application on 127.0.0.1:$PORT"
createdb "$DB"
(
	cd "$WORK"
	export REDSHIELD_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" REDSHIELD_DB_USER="$PGUSER" REDSHIELD_DB_PASSWORD=
	export REDSHIELD_DEMO=always REDSHIELD_ADMIN_PASSWORD="bench-admin-$$" SERVER_PORT="$PORT"
	export REDSHIELD_DATA_DIR="$WORK/data"
	# shellcheck disable=SC2086
	exec java $JAVA_OPTS_APP -XX:FlightRecorderOptions:stackdepth=256 -jar "$JAR" $APP_ARGS >"$WORK/app.log" 2>&1
) &
APP_PID=$!
up=0
for _ in $(seq 1 180); do
	if curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then up=1; break; fi
	kill -0 "$APP_PID" 2>/dev/null || break
	sleep 1
done
if [[ $up != 1 ]]; then echo "application did not come up; last log lines:"; tail -40 "$WORK/app.log"; exit 1; fi
grep -m1 "Started RedShieldApplication" "$WORK/app.log" | sed 's/.*: /app:       /' || true

TOKEN="$(curl -sf -u operator:redshield -X POST "http://127.0.0.1:$PORT/api/v1/tokens" \
	-H 'Content-Type: application/json' -d '{"name":"bench"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
[[ "$TOKEN" == rs_* ]] || { echo "no token" >&2; exit 1; }
export RS_TOKEN="$TOKEN"
code="$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/v1/cases" -H "Authorization: Bearer $TOKEN" \
	-H 'Content-Type: application/json' \
	-d '{"type":"COMPLAINT","channel":"HOTLINE","complainant":{"name":"张三","phone":"13800138000","address":"河北省邯郸市丛台区人民路1号"},"respondent":{"name":"邯郸某电器商行","address":"邯郸市丛台区中华北大街8号","divisionCode":"130403"},"request":"退货退款","facts":"购买的冰箱不制冷","amount":2999}')"
[[ "$code" == 201 ]] || { echo "probe intake answered $code, not 201" >&2; exit 1; }
javac -d "$WORK/classes" "$HERE/RateClient.java"

ncases() { psql -Atqc 'select count(*) from cases' "$DB"; }
# Waits until the application has finished what it was sent (a saturated open-loop phase leaves requests in flight).
wait_quiet() {
	local last=-1 now
	for _ in $(seq 1 90); do
		now="$(ncases)"
		[[ "$now" == "$last" ]] && return 0
		last="$now"; sleep 1
	done
}

# ---------------------------------------------------------------- warm-up
# First half at 4 connections, then at full concurrency: under saturation the 2 JIT compiler threads get ~2/34 of
# the CPU and the application needs many minutes to reach its compiled steady state; at 4 connections they get a
# third of it (measured: 630-725 intakes/s right after this warm-up, 380-510 after 120 s at 32 connections).
W1=$((WARMUP / 2)); W2=$((WARMUP - W1)); WC=$(( CONNS < 4 ? CONNS : 4 ))
say "HTTP warm-up: wrk -t2 -c$WC -d${W1}s, then -c$CONNS -d${W2}s (discarded)"
if (( W1 > 0 )); then
	timeout $((W1 + 30)) wrk -t2 -c"$WC" -d"${W1}s" --timeout 10s -s "$HERE/intake.lua" "http://127.0.0.1:$PORT" >"$WORK/warmup1.txt" 2>&1 || true
	grep WRK_RESULT "$WORK/warmup1.txt" || true
fi
if (( W2 > 0 )); then
	timeout $((W2 + 30)) wrk -t2 -c"$CONNS" -d"${W2}s" --timeout 10s -s "$HERE/intake.lua" "http://127.0.0.1:$PORT" >"$WORK/warmup2.txt" 2>&1 || true
	grep WRK_RESULT "$WORK/warmup2.txt" || true
fi
# pgbench's own warm-up (connections, plans, buffers), short: the database is already warm from the HTTP warm-up
pgbench -n -M prepared -f "$HERE/intake.sql" -c "$CONNS" -j 2 -T 5 "$DB" >"$WORK/pgwarm.txt" 2>&1 || { cat "$WORK/pgwarm.txt"; exit 1; }
wait_quiet

# ---------------------------------------------------------------- (a) max throughput: HTTP and pgbench, alternating
ROUND_LINES=""
for round in $(seq 1 "$ROUNDS"); do
	say "round $round/$ROUNDS: HTTP closed loop, wrk -t2 -c$CONNS -d${DURATION}s --latency"
	if [[ "$JFR" == 1 && $round == 1 ]]; then
		jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$WORK/closed.jfr" duration="${DURATION}s" >/dev/null
	fi
	c0="$(cpu_snapshot)"
	timeout $((DURATION + 30)) wrk -t2 -c"$CONNS" -d"${DURATION}s" --timeout 10s --latency -s "$HERE/intake.lua" \
		"http://127.0.0.1:$PORT" >"$WORK/closed-$round.txt" 2>&1 || true
	c1="$(cpu_snapshot)"
	grep WRK_RESULT "$WORK/closed-$round.txt" || { cat "$WORK/closed-$round.txt"; exit 1; }
	cpu_report "http-closed-$round" "$c0" "$c1" "$(field requests "$WORK/closed-$round.txt")" | tee "$WORK/cpu-http-$round.txt"
	wait_quiet

	say "round $round/$ROUNDS: pgbench -n -M prepared -f bench/intake.sql -c $CONNS -j 2 -T $DURATION"
	c0="$(cpu_snapshot)"
	timeout $((DURATION + 60)) pgbench -n -M prepared -f "$HERE/intake.sql" -c "$CONNS" -j 2 -T "$DURATION" "$DB" \
		>"$WORK/pgbench-$round.txt" 2>&1 || { cat "$WORK/pgbench-$round.txt"; exit 1; }
	c1="$(cpu_snapshot)"
	grep -E 'processed|failed|latency average|tps' "$WORK/pgbench-$round.txt"
	cpu_report "pgbench-$round" "$c0" "$c1" \
		"$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$WORK/pgbench-$round.txt")" | tee "$WORK/cpu-pg-$round.txt"

	h_rps="$(field created_rps "$WORK/closed-$round.txt")"
	h_bad="$(( $(field non201 "$WORK/closed-$round.txt") + $(field socket_errors "$WORK/closed-$round.txt") ))"
	h_p99="$(field p99_ms "$WORK/closed-$round.txt")"
	p_tps="$(sed -n 's/^tps = \([0-9.]*\) (without.*/\1/p' "$WORK/pgbench-$round.txt")"
	p_fail="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$WORK/pgbench-$round.txt")"
	noisy="$(cat "$WORK/cpu-http-$round.txt" "$WORK/cpu-pg-$round.txt" | grep -c NOISY || true)"
	ROUND_LINES+="$round:$h_rps:$h_bad:$h_p99:$p_tps:${p_fail:-0}:$noisy "
done
if [[ "$JFR" == 1 ]]; then
	jfr print --json --stack-depth 300 --events jdk.ExecutionSample "$WORK/closed.jfr" >"$WORK/closed.json" \
		&& python3 "$HERE/jfr_top.py" "$WORK/closed.json" 25 >"$WORK/jfr-top.txt" || true
	say "JFR profile of round 1 (top frames; full list in the work directory)"; head -60 "$WORK/jfr-top.txt" || true
fi
HTTP_RPS_MEDIAN="$(python3 -c "import sys, statistics; print(statistics.median(float(x.split(':')[1]) for x in sys.argv[1].split()))" "$ROUND_LINES")"

# ---------------------------------------------------------------- (b) fixed rate, open loop
declare -A RATE_FILE
RATE_LIST="$RATES"
FIRST_RATE="${RATES%% *}"
if [[ "${BENCH_AUTO_RATE:-1}" == 1 ]]; then
	half="$(python3 -c "import sys; h=float(sys.argv[1]); r=float(sys.argv[2]); print(max(10, int(h / 2 / 10) * 10) if h < r else 0)" "$HTTP_RPS_MEDIAN" "$FIRST_RATE")"
	if (( half > 0 )) && [[ " $RATES " != *" $half "* ]]; then RATE_LIST="$RATES $half"; fi
fi
for rate in $RATE_LIST; do
	say "HTTP fixed rate: $rate intakes/s for ${DURATION}s (open loop, 5 s warm-up at the same rate, $RATE_CONNS connections)"
	n0="$(ncases)"; c0="$(cpu_snapshot)"
	timeout $((DURATION + 5 + 60)) java -XX:+UseSerialGC -Xms256m -Xmx512m -XX:TieredStopAtLevel=1 -cp "$WORK/classes" RateClient \
		"$PORT" "$TOKEN" "$rate" "$DURATION" 5 "$RATE_CONNS" >"$WORK/rate-$rate.txt" 2>&1 || true
	c1="$(cpu_snapshot)"
	cat "$WORK/rate-$rate.txt"
	cpu_report "http-rate-$rate" "$c0" "$c1" "$(( $(ncases) - n0 ))" | tee "$WORK/cpu-rate-$rate.txt"
	RATE_FILE[$rate]="$WORK/rate-$rate.txt"
	wait_quiet
done

# ---------------------------------------------------------------- pgbench at the same fixed rate (database only)
say "pgbench at a fixed $FIRST_RATE TPS (database-only latency reference): -R $FIRST_RATE -c $CONNS -j 2 -T $DURATION"
(cd "$WORK" && timeout $((DURATION + 60)) pgbench -n -M prepared -f "$HERE/intake.sql" -c "$CONNS" -j 2 -T "$DURATION" \
	-R "$FIRST_RATE" -l --log-prefix=pgrate "$DB" >"$WORK/pgrate.txt" 2>&1) || { cat "$WORK/pgrate.txt"; exit 1; }
grep -E 'processed|latency average|tps' "$WORK/pgrate.txt"
# Per-transaction log: client tx time_us script epoch epoch_us schedule_lag_us; latency from the scheduled start.
read -r PG_R_P50 PG_R_P99 PG_R_MAX <<<"$(cat "$WORK"/pgrate.* | awk '{print ($3 + $7) / 1000}' | sort -n | awk '{a[NR]=$1} END {
	if (NR == 0) { print "n/a n/a n/a"; exit }
	i50 = int(0.50 * NR + 0.999999); i99 = int(0.99 * NR + 0.999999)
	printf "%.2f %.2f %.2f", a[i50], a[i99], a[NR] }')"
echo "pgbench at $FIRST_RATE TPS: p50=${PG_R_P50} ms p99=${PG_R_P99} ms max=${PG_R_MAX} ms (from the scheduled start)"

# ---------------------------------------------------------------- consistency of what was written
say "rows written"
psql -Atq "$DB" <<'EOF'
select 'cases=' || (select count(*) from cases) || ' timeline=' || (select count(*) from case_timeline)
    || ' deadlines=' || (select count(*) from case_deadline)
    || ' cases_without_2_timeline_rows=' || (select count(*) from cases c where (select count(*) from case_timeline t where t.case_id = c.id) <> 2)
    || ' event_publications=' || (select count(*) from event_publication)
    || ' db_size=' || pg_size_pretty(pg_database_size(current_database()));
EOF

# ---------------------------------------------------------------- summary
RATE_ARGS=""
for rate in $RATE_LIST; do
	f="${RATE_FILE[$rate]}"
	RATE_ARGS+="$rate:$(field achieved_rps "$f"):$(field p50_ms "$f"):$(field p99_ms "$f"):$(field max_ms "$f"):$(field errors "$f"):$(field requests "$f") "
done
python3 - "$ROUND_LINES" "$RATE_ARGS" "$CONNS" "$DURATION" "$FIRST_RATE" "$PG_R_P50" "$PG_R_P99" <<'EOF'
import statistics, sys
rounds = [x.split(":") for x in sys.argv[1].split()]
rates = [x.split(":") for x in sys.argv[2].split()]
conns, dur, first, pgp50, pgp99 = sys.argv[3:8]
w = 60
print()
print("=" * 84)
print(f"SUMMARY  ({conns} clients, {dur} s phases)")
print("-" * 84)
print(f"{'round':<7}{'HTTP intakes/s':>16}{'non-201':>9}{'HTTP p99 ms':>13}{'pgbench TPS':>13}{'ratio':>8}  noise")
ratios, https, pgs, bad_total, pgfail = [], [], [], 0, 0
for r, h, bad, p99, pg, fail, noisy in rounds:
    h, pg = float(h or 0), float(pg or 0)
    ratio = h / pg if pg else float("nan")
    ratios.append(ratio); https.append(h); pgs.append(pg); bad_total += int(bad); pgfail += int(fail or 0)
    print(f"{r:<7}{h:>16.1f}{bad:>9}{p99:>13}{pg:>13.1f}{ratio:>8.3f}  {'NOISY' if int(noisy) else 'quiet'}")
med = statistics.median(ratios)
t1 = "PASS" if med >= 0.5 and bad_total == 0 else "FAIL"
print("-" * 84)
print(f"{'pgbench max TPS, median of rounds':<{w}}{statistics.median(pgs):>12.1f}")
print(f"{'HTTP max intakes/s, median of rounds (201s only)':<{w}}{statistics.median(https):>12.1f}")
print(f"{'ratio HTTP / pgbench, median of rounds (target >= 0.50)':<{w}}{med:>12.3f}  {t1}")
t2 = "n/a"
for rate, ach, p50, p99, mx, err, req in rates:
    label = "target" if rate == first else "reference, half the max"
    print(f"{'HTTP at ' + rate + '/s (' + label + '): achieved intakes/s':<{w}}{float(ach or 0):>12.1f}")
    print(f"{'   p50 / p99 / max ms':<{w}}{p50:>12} / {p99} / {mx}")
    print(f"{'   errors (not 201, io, unanswered) of requests':<{w}}{err:>12} of {req}")
    if rate == first:
        ok = float(p99 or "inf") < 25.0 and err == "0" and float(ach or 0) >= 0.99 * float(rate)
        t2 = "PASS" if ok else "FAIL"
        print(f"{'   p99 < 25 ms, every response 201':<{w}}{'':>12}  {t2}")
print(f"{'pgbench at ' + first + ' TPS: p50 / p99 ms (database only)':<{w}}{pgp50:>12} / {pgp99}")
print(f"{'pgbench failed transactions':<{w}}{pgfail:>12}")
print("=" * 84)
r0 = [x for x in rates if x[0] == first][0]
print(f"BENCH_RESULT pgbench_tps={statistics.median(pgs):.1f} http_rps={statistics.median(https):.1f} ratio={med:.3f} "
      f"ratio_verdict={t1} rate={first} rate_achieved={float(r0[1] or 0):.1f} p50_ms={r0[2]} p99_ms={r0[3]} "
      f"max_ms={r0[4]} errors={r0[5]} p99_verdict={t2}")
EOF
cat "$WORK"/cpu-http-*.txt "$WORK"/cpu-pg-*.txt "$WORK"/cpu-rate-*.txt
echo "load avg:  $(cut -d' ' -f1-3 /proc/loadavg) (after the run)"
