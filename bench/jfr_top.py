#!/usr/bin/env python3
"""Where the JVM spends CPU during a benchmark: aggregates jdk.ExecutionSample events of a JFR recording.

Usage: jfr print --json --stack-depth 300 --events jdk.ExecutionSample rec.jfr > rec.json && python3 bench/jfr_top.py rec.json [N]

Prints (1) the top self frames, (2) the top "inclusive" frames restricted to org.redshield / Spring / JDBC / Jackson /
Tomcat packages, i.e. the share of samples whose stack contains the method somewhere.
"""
import collections
import json
import sys


def frame_name(f):
    m = f["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    events = data["recording"]["events"]
    self_counts = collections.Counter()
    incl_counts = collections.Counter()
    total = 0
    for e in events:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        if not frames:
            continue
        total += 1
        self_counts[frame_name(frames[0])] += 1
        seen = set()
        for f in frames:
            n = frame_name(f)
            if n not in seen:
                seen.add(n)
                incl_counts[n] += 1
    print(f"samples: {total}")
    print("\n== top self frames ==")
    for name, c in self_counts.most_common(top):
        print(f"{100.0 * c / total:6.1f}%  {name}")
    interesting = ("org.redshield", "org.springframework.jdbc", "org.springframework.data", "org.postgresql",
                   "com.zaxxer", "tools.jackson", "com.fasterxml", "org.springframework.security",
                   "org.springframework.transaction", "org.springframework.web", "org.apache.catalina",
                   "org.apache.coyote", "org.springframework.modulith", "org.springframework.context",
                   "java.util.regex", "java.lang.String.format", "java.util.Formatter", "org.springframework.aop")
    print("\n== inclusive (stack contains), selected packages ==")
    n = 0
    for name, c in incl_counts.most_common():
        if name.startswith(interesting):
            print(f"{100.0 * c / total:6.1f}%  {name}")
            n += 1
            if n >= top * 2:
                break


if __name__ == "__main__":
    main()
