#!/usr/bin/env python3
"""Start-up of the desktop app to an interactive window (goal: under 0.5 s on this machine).

Runs `portolan` N times with PORTOLAN_STARTUP_PROBE=1: the app prints the milliseconds from
main() to the first idle event loop with the window shown, then quits. Prints the medians of that
figure and of the whole process wall time (which adds loading the libraries), beside
`portolan-cli --version` as the floor of a Qt process on this machine. QT_QPA_PLATFORM defaults to
offscreen so that it runs without a display; set it to xcb (with DISPLAY) to include the X server.

    tests/bench/bench_startup.py [--build build/default] [--runs 15]
"""
import argparse
import os
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "default"))
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    app = os.path.join(args.build, "app", "portolan")
    cli = os.path.join(args.build, "app", "portolan-cli")
    env = dict(os.environ, PORTOLAN_STARTUP_PROBE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    inside, wall, floor = [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        p = subprocess.run([app], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
        wall.append((time.perf_counter() - start) * 1000)
        for line in p.stdout.decode().splitlines():
            if line.startswith("interactive after"):
                inside.append(float(line.split()[2]))
        start = time.perf_counter()
        subprocess.run([cli, "--version"], stdout=subprocess.DEVNULL, check=True)
        floor.append((time.perf_counter() - start) * 1000)
    m = statistics.median
    print(f"portolan start-up, QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}, median of {args.runs} runs")
    print(f"  main() to an interactive window: {m(inside):.0f} ms (max {max(inside):.0f} ms)")
    print(f"  whole process (exec to exit):    {m(wall):.0f} ms (goal < 500 ms)")
    print(f"  portolan-cli --version:          {m(floor):.0f} ms (a Qt process doing nothing)")


if __name__ == "__main__":
    main()
