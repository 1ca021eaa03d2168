#!/usr/bin/env python3
"""The TLS detail for one port (which of TLS 1.0-1.3 the server accepts, with the cipher of each),
against `openssl s_client` doing the same four handshakes one after another, on the real-server
fixture (Postfix: the submission port keeps its defaults, the submissions port is TLS 1.2+).

For each port, N interleaved runs; prints medians of
  - `portolan-cli check --tls-detail` (process wall time, and the check's own elapsedMs),
  - the plain `portolan-cli check` (what the detail adds),
  - four `openssl s_client -tls1 / -tls1_1 / -tls1_2 / -tls1_3` runs (with -starttls smtp on
    587-style ports; security level 0 so that OpenSSL 3 can offer TLS 1.0/1.1 at all),
  - testssl.sh --protocols, when it is installed (it is not a dependency).
Goal: the detail for one port well under a second on loopback.

    tests/bench/bench_tlsdetail.py [--build build/default] [--runs 9]
Needs root (the fixture starts Postfix and Dovecot).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def timed(cmd, **kw):
    start = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, **kw)
    return (time.perf_counter() - start) * 1000, p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "default"))
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    cli = os.path.join(args.build, "app", "portolan-cli")
    certs = os.path.join(args.build, "tests", "certs")
    state = os.path.join(args.build, "tests", "bench-mailserver")
    fixture = os.path.join(ROOT, "tests", "fixtures", "mailserver.sh")
    subprocess.run([fixture, "start", state, certs], check=True, stdout=subprocess.DEVNULL)
    try:
        fx = dict(l.split("=", 1) for l in open(os.path.join(state, "fixture.env")).read().split("\n") if "=" in l)
        testssl = shutil.which("testssl.sh") or shutil.which("testssl")
        print(f"TLS detail of one port, loopback Postfix, medians of {args.runs} interleaved runs")
        print(f"{'port':<22} {'--tls-detail':>13} {'(check ms)':>11} {'plain check':>12} {'4x s_client':>12}"
              + (f" {'testssl.sh':>11}" if testssl else "") + "  accepted")
        for label, port, starttls in (("submission (STARTTLS)", fx["SUBMISSION_PORT"], True),
                                      ("submissions (SSL/TLS)", fx["SUBMISSIONS_PORT"], False)):
            base = [cli, "check", "127.0.0.1", "--port", port, "--ca-file", fx["CA_FILE"], "--servername", "mail.test",
                    "--security", "starttls" if starttls else "tls", "--json"]
            detail, detail_check, plain, sclient, tssl = [], [], [], [], []
            accepted = ""
            for _ in range(args.runs):
                ms, p = timed(base + ["--tls-detail"])
                report = json.loads(p.stdout)
                detail.append(ms)
                detail_check.append(report["elapsedMs"])
                accepted = ", ".join(v["version"][4:] for v in report["tls"]["versions"] if v["accepted"])
                plain.append(timed(base)[0])
                total = 0.0
                for flag in ("-tls1", "-tls1_1", "-tls1_2", "-tls1_3"):
                    cmd = ["openssl", "s_client", "-connect", f"127.0.0.1:{port}", flag, "-cipher", "DEFAULT:@SECLEVEL=0"]
                    if starttls:
                        cmd += ["-starttls", "smtp"]
                    total += timed(cmd)[0]
                sclient.append(total)
                if testssl:
                    cmd = [testssl, "--quiet", "--protocols", f"127.0.0.1:{port}"]
                    if starttls:
                        cmd[1:1] = ["--starttls", "smtp"]
                    tssl.append(timed(cmd)[0])
            m = statistics.median
            line = (f"{label:<22} {m(detail):>10.0f} ms {m(detail_check):>8.0f} ms {m(plain):>9.0f} ms"
                    f" {m(sclient):>9.0f} ms")
            if testssl:
                line += f" {m(tssl):>8.0f} ms"
            print(line + f"  {accepted}")
    finally:
        subprocess.run([fixture, "stop", state], stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
