#!/usr/bin/env bash
# CPU per JVM thread group over an interval: bench/threads_cpu.sh PID SECONDS
# (C2/C1 compiler, GC, Tomcat http-nio-*-exec-N, Hikari, ...), in % of one core. Read-only, bounded.
set -euo pipefail
pid=$1; secs=${2:-10}; hz=$(getconf CLK_TCK)
snap() { for t in /proc/"$pid"/task/*; do
	n=$(tr ' ' '_' <"$t/comm" 2>/dev/null | sed 's/[0-9]\+/N/g') || continue
	f=($(sed 's/^.*) //' "$t/stat" 2>/dev/null)) || continue
	echo "${t##*/} $n $((f[11] + f[12]))"; done; }
a=$(snap); sleep "$secs"; b=$(snap)
join <(sort <<<"$a") <(sort <<<"$b") | awk -v hz="$hz" -v s="$secs" '{d[$2]+=$5-$3} END {for (k in d) if (d[k] > 0) printf "%6.1f%%  %s\n", d[k]*100/hz/s, k}' | sort -rn | head -20
