#!/usr/bin/env python3
"""Whole submission checks, portolan-cli against swaks and openssl s_client, on the same Postfix.

Starts the real-server fixture (tests/fixtures/mailserver.sh) in the build tree, then runs each
client interleaved (one run of each in turn, so a slow moment hits all alike), N times, for:
  STARTTLS     connect, EHLO, STARTTLS, TLS, EHLO, AUTH PLAIN, QUIT   (the 587-like port)
  implicit TLS connect, TLS, EHLO, AUTH PLAIN, QUIT                   (the 465-like port)
and prints the medians and the ratios. It also prints portolan's slowest phase per mode, to show
that no phase carries the 40 ms delayed-ACK step.

    tests/bench/bench_submission.py [--build build/default] [--runs 15]
Needs root (Postfix and Dovecot start as root), swaks and openssl.
"""
import argparse
import base64
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def timed(cmd, stdin=None, env=None):
    start = time.perf_counter()
    p = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "default"))
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()

    cli = os.path.join(args.build, "app", "portolan-cli")
    certs = os.path.join(args.build, "tests", "certs")
    state = os.path.join(args.build, "tests", "bench-mailserver")
    fixture = os.path.join(ROOT, "tests", "fixtures", "mailserver.sh")
    for tool in ("swaks", "openssl"):
        if subprocess.run(["which", tool], stdout=subprocess.DEVNULL).returncode != 0:
            sys.exit(f"bench: {tool} is not installed (scripts/setup.sh installs it)")
    subprocess.run([fixture, "start", state, certs], check=True, stdout=subprocess.DEVNULL)
    try:
        fx = dict(line.split("=", 1) for line in open(os.path.join(state, "fixture.env")).read().split("\n") if "=" in line)
        user, password, ca = fx["USER"], fx["PASSWORD"], fx["CA_FILE"]
        env = dict(os.environ, BENCH_PW=password, NO_COLOR="1")
        plain = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
        dialogue = f"EHLO bench.test\r\nAUTH PLAIN {plain}\r\nQUIT\r\n".encode()

        modes = {
            "STARTTLS": fx["SUBMISSION_PORT"],
            "implicit TLS": fx["SUBMISSIONS_PORT"],
        }
        results = {}
        slowest = {}
        for mode, port in modes.items():
            starttls = mode == "STARTTLS"
            clients = {
                "portolan-cli": ([cli, "check", "127.0.0.1", "--port", port, "--security",
                                  "starttls" if starttls else "tls", "--ca-file", ca, "--servername", "mail.test",
                                  "--user", user, "--password-env", "BENCH_PW", "--auth", "PLAIN", "--json"], None),
                "swaks": (["swaks", "--server", f"127.0.0.1:{port}", "--ehlo", "bench.test",
                           "--tls" if starttls else "--tlsc", "--tls-verify", "--tls-ca-path", ca,
                           "--tls-sni", "mail.test", "--auth", "PLAIN", "--auth-user", user,
                           "--auth-password", password, "--quit-after", "AUTH", "--silent", "2"], None),
                "openssl s_client": (["openssl", "s_client", "-connect", f"127.0.0.1:{port}", "-quiet", "-crlf",
                                      "-CAfile", ca, "-servername", "mail.test", "-verify_return_error"]
                                     + (["-starttls", "smtp"] if starttls else []), dialogue),
            }
            times = {name: [] for name in clients}
            phase_max = []
            for _ in range(args.runs):
                for name, (cmd, stdin) in clients.items():
                    ms, p = timed(cmd, stdin, env)
                    if p.returncode != 0:
                        sys.exit(f"bench: {name} failed ({p.returncode}): {p.stderr.decode(errors='replace')[-500:]}")
                    times[name].append(ms)
                    if name == "portolan-cli":
                        report = json.loads(p.stdout)
                        phases = [ph for ph in report["phases"] if ph["name"] not in ("resolve",)]
                        phase_max.append(max(phases, key=lambda ph: ph["elapsedMs"]))
            results[mode] = {name: statistics.median(v) for name, v in times.items()}
            worst = max(phase_max, key=lambda ph: ph["elapsedMs"])
            slowest[mode] = (statistics.median(ph["elapsedMs"] for ph in phase_max), worst["name"], worst["elapsedMs"])

        print(f"Whole submission check on loopback Postfix + Dovecot SASL, median of {args.runs} interleaved runs (ms)")
        print(f"{'mode':14} {'portolan-cli':>13} {'swaks':>8} {'s_client':>9} {'portolan/swaks':>15} {'portolan/s_client':>18}")
        for mode, r in results.items():
            p, s, o = r["portolan-cli"], r["swaks"], r["openssl s_client"]
            print(f"{mode:14} {p:13.1f} {s:8.1f} {o:9.1f} {p / s:15.2f} {p / o:18.2f}")
        print()
        print("portolan-cli's slowest phase per run: median, and the worst seen")
        for mode, (median, name, worst) in slowest.items():
            print(f"  {mode:14} median {median:.0f} ms; worst {worst} ms ({name})")
    finally:
        subprocess.run([fixture, "stop", state], stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
