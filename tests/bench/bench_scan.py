#!/usr/bin/env python3
"""The port advisor's whole-scan time against its slowest single check, on the real-server fixture.

Starts the fixture (Postfix + Dovecot, tests/fixtures/mailserver.sh), adds one port that drops
connection attempts (a listening socket whose accept queue is full) and one that accepts and never
greets, then runs `portolan-cli scan` over all of them N times and prints the medians of the scan
time, the slowest check, and their ratio (goal: at most 1.2).

    tests/bench/bench_scan.py [--build build/default] [--runs 7] [--timeout 3]
Needs root (the fixture starts Postfix and Dovecot).
"""
import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "default"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--timeout", default="3")
    args = ap.parse_args()
    cli = os.path.join(args.build, "app", "portolan-cli")
    certs = os.path.join(args.build, "tests", "certs")
    state = os.path.join(args.build, "tests", "bench-mailserver")
    fixture = os.path.join(ROOT, "tests", "fixtures", "mailserver.sh")
    subprocess.run([fixture, "start", state, certs], check=True, stdout=subprocess.DEVNULL)
    drop = socket.socket()
    drop.bind(("127.0.0.1", 0))
    drop.listen(0)
    fillers = [socket.socket() for _ in range(3)]
    for f in fillers:
        f.setblocking(False)
        f.connect_ex(drop.getsockname())
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    try:
        fx = dict(l.split("=", 1) for l in open(os.path.join(state, "fixture.env")).read().split("\n") if "=" in l)
        ports = ",".join([f"smtp:{fx['SUBMISSION_PORT']}", f"smtp:{fx['SUBMISSIONS_PORT']}", f"smtp:{fx['CLEARTEXT_PORT']}",
                          f"smtp:{fx['MX_PORT']}", f"smtp:{drop.getsockname()[1]}", f"smtp:{silent.getsockname()[1]}"])
        env = dict(os.environ, BENCH_PW=fx["PASSWORD"], NO_COLOR="1")
        scans, slowest = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            p = subprocess.run([cli, "scan", "127.0.0.1", "--ports", ports, "--ca-file", fx["CA_FILE"],
                                "--servername", "mail.test", "--user", fx["USER"], "--password-env", "BENCH_PW",
                                "--timeout", args.timeout, "--json"], stdout=subprocess.PIPE, env=env)
            wall = (time.perf_counter() - start) * 1000
            report = json.loads(p.stdout)
            scans.append(report["elapsedMs"])
            slowest.append(report["slowestCheckMs"])
        s, w = statistics.median(scans), statistics.median(slowest)
        print(f"portolan-cli scan of 6 ports (4 on Postfix, 1 dropping, 1 never greeting), --timeout {args.timeout}, "
              f"median of {args.runs} runs")
        print(f"  whole scan {s:.0f} ms, slowest single check {w:.0f} ms, ratio {s / w:.3f} (goal <= 1.2); "
              f"process wall time of the last run {wall:.0f} ms")
    finally:
        subprocess.run([fixture, "stop", state], stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
