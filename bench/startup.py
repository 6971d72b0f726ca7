#!/usr/bin/env python3
"""Start-up of exoplan's commands beside a Hello World JVM, measured in one run, the commands
alternating run by run (round k runs every command once, in an order that rotates each round),
so that load which comes and goes falls on all of them alike rather than on whichever hyperfine
happened to be running. Prints a Markdown table of medians, the ratio to Hello World and the peak
RSS of each command (per run, from wait4), with the load average before and after.

It refuses to record when the machine is not quiet: if the 1-minute load average before the runs
is above LOAD_MAX (default 0.5 on this 2-core machine), it prints why and exits 3 without a table.
A benchmark, not a test: nothing here is run by `mvn verify`.

usage: bench/startup.py OUT_DIR RUNS JAVA_HOME            (run from the project root)
environment: LOAD_MAX (default 0.5), FORCE=1 to measure anyway (the table then says so)
"""
import os
import statistics
import subprocess
import sys
import time

out, runs, home = sys.argv[1], int(sys.argv[2]), sys.argv[3]
load_max = float(os.environ.get("LOAD_MAX", "0.5"))
force = os.environ.get("FORCE") == "1"
java = os.path.join(home, "bin", "java")
env = dict(os.environ, JAVA_HOME=home)

def loadavg():
    with open("/proc/loadavg") as f:
        return f.read().split()[:3]

before = loadavg()
if float(before[0]) > load_max and not force:
    print(f"bench: not recorded: the 1-minute load average is {before[0]} (> LOAD_MAX {load_max});"
          " stop builds and helpers, wait for a quiet machine, or set FORCE=1", file=sys.stderr)
    sys.exit(3)

subprocess.run(["javac", "--release", "17", "-d", f"{out}/hello", "bench/Hello.java"], check=True)
menu = "pricing/example-clinic.yaml"
quote = ["target/exoplan", "quote", "--pricing", menu, "--patient", "P", "--method", "iv",
         "--date", "2026-12-01"]
clinic_files = sorted(os.path.join("src/test/data/clinics", f)
                      for f in os.listdir("src/test/data/clinics"))[:5]
pdf = f"{out}/quote.pdf"
# name, command, target ratio to Hello World (None: an absolute target, below)
commands = [
    ("Hello World", [java, "-cp", f"{out}/hello", "Hello"], None),
    ("estimate --method iv", ["target/exoplan", "estimate", "--method", "iv"], 2.0),
    ("plan --method iv", ["target/exoplan", "plan", "--method", "iv"], 2.0),
    ("quote, text", quote, 2.5),
    ("quote, json", quote + ["--format", "json"], 2.5),
    ("clinics, 5 files", ["target/exoplan", "clinics", *clinic_files, "--method", "iv",
                          "--date", "2026-12-01"], 2.5),
    ("quote, PDF", quote + ["-o", pdf, "--force"], None),
]

def once(cmd):
    start = time.perf_counter_ns()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter_ns() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    if p.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} exited {p.returncode}: {err.strip()}")
    return elapsed / 1e6, usage.ru_maxrss / 1024  # ms, MiB

times = {name: [] for name, _, _ in commands}
rss = {name: [] for name, _, _ in commands}
for name, cmd, _ in commands:  # warm-up: the page cache, the archives
    for _ in range(3):
        once(cmd)
for k in range(runs):
    order = commands[k % len(commands):] + commands[:k % len(commands)]
    for name, cmd, _ in order:
        ms, mib = once(cmd)
        times[name].append(ms)
        rss[name].append(mib)
after = loadavg()

hello = statistics.median(times["Hello World"])
version = open(os.path.join(home, "release")).read().split('JAVA_VERSION="')[1].split('"')[0]
print(f"JDK {version}, {runs} rounds, each command once a round in rotating order;"
      f" load average before {' '.join(before)}, after {' '.join(after)}"
      + (" (FORCE=1: above LOAD_MAX, not a quiet machine)" if float(before[0]) > load_max else ""))
print()
print("| command | median | p90 | × Hello World | target | peak RSS | verdict |")
print("|---|---:|---:|---:|---:|---:|---|")
verdicts = []
for name, _, target in commands:
    t = sorted(times[name])
    med = statistics.median(t)
    p90 = t[min(len(t) - 1, int(len(t) * 0.9))]
    ratio = med / hello
    peak = max(rss[name])
    if name == "Hello World":
        row_target, ok = "", None
    elif target is not None:
        row_target, ok = f"≤ {target:.1f}×", ratio <= target
    else:  # the PDF quote: under 0.8 s and 160 MiB
        row_target, ok = "< 800 ms, < 160 MiB", med < 800 and peak < 160
    verdict = "" if ok is None else ("met" if ok else "NOT met")
    if ok is not None:
        verdicts.append(ok)
    print(f"| {name} | {med:.0f} ms | {p90:.0f} ms | {ratio:.2f}× | {row_target} | {peak:.0f} MiB | {verdict} |")
sys.exit(0 if all(verdicts) else 1)
