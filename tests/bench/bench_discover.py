#!/usr/bin/env python3
"""Discovery on loopback: `portolan-cli discover` against the discovery test bed
(tests/fixtures/discoverybed.sh: NSD with a signed zone, nginx serving autoconfig, .well-known,
the ISPDB and Autodiscover, Postfix/Dovecot on the standard ports, a server that never answers),
beside `curl` fetching the same autoconfig URLs one after another, as a client that asks its
sources in turn does.

  all.dtest   every source has settings (autoconfig over https and http, .well-known, ISPDB,
              MX, SRV, Autodiscover) and every candidate is probed with a login.
              Goal: at most 2 s end to end.
  hang.dtest  autoconfig., the domain itself and autodiscover. accept and never answer; SRV has
              the settings. Goal: at most 1.5 x timeout + 1 s.

The figures are the process's wall time (start-up and exit included) and the JSON's elapsedMs.
curl is given the addresses (--resolve), so its figures leave out the DNS lookups discover makes.

    sudo tests/bench/bench_discover.py [--build build/default] [--runs 5] [--timeouts 2,3,5]
Needs root: it re-runs itself inside tests/integration/discovery-netns.sh (a network namespace of
its own, the bed up around it). Loopback only.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ADDRESSES = {"all": "alice@all.dtest", "hang": "alice@hang.dtest"}


def bed():
    env = {}
    with open(os.environ["PORTOLAN_DISCOVERY_BED"]) as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                env[k] = v
    return env


def discover(cli, env, address, timeout):
    args = [cli, "discover", address, "--dns-server", env["DNS_SERVER"],
            "--dnssec-anchor", env["TRUST_ANCHOR"], "--ca-file", env["CA_FILE"],
            "--ispdb-url", env["ISPDB_URL"], "--timeout", str(timeout),
            "--password-env", "PORTOLAN_BENCH_PASSWORD", "--json"]
    penv = dict(os.environ, PORTOLAN_BENCH_PASSWORD=env["PASSWORD"], NO_COLOR="1")
    start = time.monotonic()
    p = subprocess.run(args, capture_output=True, env=penv, timeout=120)
    wall = time.monotonic() - start
    try:
        out = json.loads(p.stdout)
    except ValueError:
        sys.exit(f"discover printed no JSON (exit {p.returncode}): {p.stderr.decode()[:2000]}")
    found = sum(1 for s in out.get("sources", []) if s.get("status") == "found")
    probed = len(out.get("candidates", []))
    return wall, out.get("elapsedMs", -1) / 1000.0, p.returncode, found, probed


def lookup(name, server=("127.0.0.1", 53)):
    """The A record of name from the bed's NSD (a minimal stub: one question, no recursion)."""
    import socket
    import struct
    q = struct.pack(">HHHHHH", 0x4242, 0x0100, 1, 0, 0, 0)
    q += b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    q += struct.pack(">HH", 1, 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(1)
    s.sendto(q, server)
    data = s.recv(4096)
    count = struct.unpack(">H", data[6:8])[0]
    i = len(q)
    for _ in range(count):
        i += 2 if data[i] & 0xC0 == 0xC0 else len(name) + 2
        rtype, _, _, length = struct.unpack(">HHIH", data[i:i + 10])
        i += 10
        if rtype == 1 and length == 4:
            return ".".join(str(b) for b in data[i:i + 4])
        i += length
    return None


def urls(address):
    local, domain = address.split("@")
    ac = "/mail/config-v1.1.xml"
    wk = "/.well-known/autoconfig/mail/config-v1.1.xml"
    ad = "/autodiscover/autodiscover.xml"
    return [
        ("GET", f"https://autoconfig.{domain}{ac}?emailaddress={local}%40{domain}"),
        ("GET", f"https://{domain}{wk}"),
        ("GET", f"http://autoconfig.{domain}{ac}?emailaddress={local}%40{domain}"),
        ("GET", f"http://{domain}{wk}"),
        ("GET", f"https://ispdb.dtest/v1.1/{domain}"),
        ("POST", f"https://{domain}{ad}"),
        ("POST", f"https://autodiscover.{domain}{ad}"),
    ]


def curl_in_turn(curl, env, address, timeout):
    """Each URL after the other, as a client asking its sources in turn; each bounded by timeout."""
    start = time.monotonic()
    answered = 0
    for method, url in urls(address):
        scheme, rest = url.split("://", 1)
        host = rest.split("/", 1)[0]
        port = 443 if scheme == "https" else 80
        addr = lookup(host)
        args = [curl, "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", str(timeout),
                "--cacert", env["CA_FILE"], "-X", method]
        if addr:
            args += ["--resolve", f"{host}:{port}:{addr}"]
        if method == "POST":
            args += ["-H", "Content-Type: text/xml", "--data", "<Autodiscover/>"]
        p = subprocess.run(args + [url], capture_output=True)
        if p.stdout.strip() == b"200":
            answered += 1
    return time.monotonic() - start, answered


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "default"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeouts", default="2,3,5")
    args = ap.parse_args()
    build = os.path.abspath(args.build)

    if "PORTOLAN_DISCOVERY_BED" not in os.environ:
        if os.geteuid() != 0:
            sys.exit("bench_discover.py needs root (a network namespace with ports 53, 80, 443)")
        wrapper = os.path.join(ROOT, "tests", "integration", "discovery-netns.sh")
        os.execv(wrapper, [wrapper, os.path.join(build, "tests", "discoverybed-bench"),
                           os.path.join(build, "tests", "certs"), sys.executable,
                           os.path.abspath(__file__)] + sys.argv[1:])

    env = bed()
    cli = os.path.join(build, "app", "portolan-cli")
    curl = shutil.which("curl")
    timeouts = [float(t) for t in args.timeouts.split(",")]

    print(f"Discovery of {ADDRESSES['all']} on loopback, every source and every probe; "
          f"median of {args.runs} runs (s)")
    walls, elapsed, curls = [], [], []
    for _ in range(args.runs):
        wall, el, code, found, probed = discover(cli, env, ADDRESSES["all"], 5)
        walls.append(wall)
        elapsed.append(el)
        c, answered = curl_in_turn(curl, env, ADDRESSES["all"], 5)
        curls.append(c)
    print(f"{'':<30} {'median':>7} {'worst':>7}")
    print(f"{'portolan-cli discover (wall)':<30} {statistics.median(walls):>7.2f} {max(walls):>7.2f}"
          f"   exit {code}, {found} sources found, {probed} candidates probed")
    print(f"{'  its elapsedMs':<30} {statistics.median(elapsed):>7.2f} {max(elapsed):>7.2f}")
    print(f"{'curl, 7 URLs in turn':<30} {statistics.median(curls):>7.2f} {max(curls):>7.2f}"
          f"   {answered} of 7 answered 200; fetches only, no probe")
    goal = max(walls) <= 2.0
    print(f"goal <= 2 s end to end: {'met' if goal else 'NOT MET'}")
    print()

    print(f"With sources that never answer ({ADDRESSES['hang']}): decided time against the bound")
    print(f"{'T':>4} {'portolan wall':>14} {'elapsedMs':>10} {'bound':>6}  {'curl in turn':>13}")
    worst = 0.0
    for t in timeouts:
        wall, el, code, found, probed = discover(cli, env, ADDRESSES["hang"], t)
        c, _ = curl_in_turn(curl, env, ADDRESSES["hang"], t)
        bound = 1.5 * t + 1
        worst = max(worst, el / bound)
        print(f"{t:>4g} {wall:>13.2f}s {el:>9.2f}s {bound:>5.1f}s  {c:>12.2f}s"
              f"   exit {code}{'' if el <= bound else '   OVER THE BOUND'}", flush=True)
    print(f"worst elapsedMs / bound: {worst:.2f}")


if __name__ == "__main__":
    main()
