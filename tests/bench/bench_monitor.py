#!/usr/bin/env python3
"""The monitor at scale, and side by side with prometheus-blackbox-exporter.

Part 1, scale: `portolan-cli monitor` watches N targets (default 1,000) at one check every
--every seconds (default 60) each, pinned to one core (taskset -c 0), for --duration seconds
(default 180: three rounds of every target). The targets are N ports on 127.0.0.1 served by a
small SMTP server in this script (asyncio, STARTTLS with the build's test certificate, on the other
core), so each check is the whole dialogue: greeting, EHLO, STARTTLS, TLS 1.3 handshake with the
certificate verified, EHLO again, QUIT. Measured: the monitor's CPU time over the run (all of it,
and from the end of the first round on, i.e. the steady state), its peak and final RSS, the checks
stored, and the database's size per check, extrapolated to a day of N targets at that interval.

Part 2, side by side: the same STARTTLS probe of one port of the same server, interleaved,
--runs times each: blackbox_exporter 0.23 (its smtp module with STARTTLS through query_response,
asked over HTTP as Prometheus would) and Portolan (one `portolan-cli check`, and the check
durations the monitor stored in part 1). Then both probe a port where nothing listens: what each
says about it.

    tests/bench/bench_monitor.py [--build build/default] [--targets 1000] [--every 60]
                                 [--duration 180] [--runs 20]
No root needed; loopback only. Needs prometheus-blackbox-exporter for part 2 (skipped without).
"""
import argparse
import asyncio
import json
import os
import shutil
import socket
import sqlite3
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


# --- the SMTP server: N listening ports, STARTTLS, one asyncio loop in a thread --------------

class SmtpServer:
    def __init__(self, count, certs):
        self.ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ctx.load_cert_chain(os.path.join(certs, "valid.pem"),
                                 os.path.join(certs, "valid.key"))
        self.count = count
        self.ports = []
        self.sessions = 0
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self.thread.start()
        self.ready.wait()
        return self.ports

    def _run(self):
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._listen())
        self.ready.set()
        self.loop.run_forever()

    async def _listen(self):
        for _ in range(self.count):
            server = await asyncio.start_server(self._session, "127.0.0.1", 0, backlog=64)
            self.ports.append(server.sockets[0].getsockname()[1])

    async def _session(self, reader, writer):
        self.sessions += 1
        tls = False
        try:
            writer.write(b"220 bench.test ESMTP ready\r\n")
            await writer.drain()
            while True:
                line = await asyncio.wait_for(reader.readline(), 30)
                if not line:
                    break
                verb = line.strip().split(b" ")[0].upper()
                if verb in (b"EHLO", b"HELO"):
                    ext = b"250-AUTH PLAIN\r\n" if tls else b"250-STARTTLS\r\n"
                    writer.write(b"250-bench.test\r\n" + ext + b"250 8BITMIME\r\n")
                elif verb == b"STARTTLS" and not tls:
                    writer.write(b"220 2.0.0 go ahead\r\n")
                    await writer.drain()
                    await writer.start_tls(self.ctx)
                    tls = True
                    continue
                elif verb == b"QUIT":
                    writer.write(b"221 2.0.0 bye\r\n")
                    await writer.drain()
                    break
                elif verb in (b"NOOP", b"RSET"):
                    writer.write(b"250 2.0.0 ok\r\n")
                else:
                    writer.write(b"502 5.5.2 not here\r\n")
                await writer.drain()
        except (OSError, asyncio.TimeoutError, ssl.SSLError, ConnectionError):
            pass
        finally:
            writer.close()


# --- process measurements from /proc ---------------------------------------------------------

def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def rss_bytes(pid):
    with open(f"/proc/{pid}/statm") as f:
        return int(f.read().split()[1]) * PAGE


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def scale(args, cli, certs, server_ports, work):
    targets = server_ports[: args.targets]
    db = os.path.join(work, "history.sqlite")
    config = {
        "every": args.every,
        "recheck": 10,
        "db": db,
        "targets": [{"target": f"smtp://127.0.0.1:{p}", "security": "starttls",
                     "caFile": os.path.join(certs, "ca.pem"), "timeout": 15}
                    for p in targets],
    }
    cfg = os.path.join(work, "monitor.json")
    with open(cfg, "w") as f:
        json.dump(config, f)
    cmd = ["taskset", "-c", "0", cli, "monitor", "--config", cfg,
           "--for", f"{args.duration}s"]
    print(f"part 1: {len(targets)} targets, one check every {args.every} s each, "
          f"{args.duration} s, monitor on core 0", flush=True)
    env = dict(os.environ, QT_LOGGING_RULES="*.debug=false")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    start = time.monotonic()
    peak = 0
    steady_cpu0 = None
    samples = []
    while proc.poll() is None:
        try:
            now = time.monotonic() - start
            cpu = cpu_seconds(proc.pid)
            rss = rss_bytes(proc.pid)
        except (FileNotFoundError, ProcessLookupError, IndexError):
            break
        peak = max(peak, rss)
        samples.append((now, cpu, rss))
        if steady_cpu0 is None and now >= args.every:
            steady_cpu0 = (now, cpu)
        time.sleep(0.5)
    err = proc.communicate()[1].decode(errors="replace")
    wall = time.monotonic() - start
    if proc.returncode != 0:
        print(f"the monitor exited {proc.returncode}: {err.strip()[:500]}")
    last_t, last_cpu, last_rss = samples[-1]
    total_pct = 100 * last_cpu / last_t
    steady_pct = (100 * (last_cpu - steady_cpu0[1]) / (last_t - steady_cpu0[0])
                  if steady_cpu0 and last_t > steady_cpu0[0] else float("nan"))

    con = sqlite3.connect(db)
    tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
    check_table = "checks" if "checks" in tables else tables[0]
    cols = [r[1] for r in con.execute(f"pragma table_info({check_table})")]
    checks = con.execute(f"select count(*) from {check_table}").fetchone()[0]
    passed = None
    if "passed" in cols:
        passed = con.execute(f"select count(*) from {check_table} where passed").fetchone()[0]
    report_bytes = 0
    if "report" in cols and checks:
        report_bytes = con.execute(f"select avg(length(report)) from {check_table}").fetchone()[0]
    durations = []
    if "duration_ms" in cols:
        durations = [r[0] for r in con.execute(f"select duration_ms from {check_table}")]
    con.close()
    size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
    per_check = size / checks if checks else float("nan")
    per_day_checks = len(targets) * 86400 / args.every
    print(f"  run: {wall:.0f} s wall, exit {proc.returncode}; checks stored: {checks}"
          + (f" ({passed} passed)" if passed is not None else "")
          + f"; server sessions: {SERVER.sessions}")
    print(f"  CPU: {total_pct:.1f} % of one core over the whole run (the first round starts "
          f"every target at once), {steady_pct:.1f} % from {args.every} s on")
    print(f"  RSS: peak {peak / 2**20:.1f} MiB, at the end {last_rss / 2**20:.1f} MiB")
    print(f"  database: {size / 2**20:.2f} MiB for {checks} checks = {per_check / 1024:.2f} KiB "
          f"per check; a day of {len(targets)} targets every {args.every} s = "
          f"{per_day_checks:.0f} checks = {per_check * per_day_checks / 2**30:.2f} GiB/day")
    if report_bytes:
        print(f"  of which the whole report's JSON: {report_bytes / 1024:.2f} KiB per check "
              f"({100 * report_bytes / per_check:.0f} %)")
    if durations:
        print(f"  check duration stored by the monitor: median {statistics.median(durations):.1f}"
              f" ms, p95 {sorted(durations)[int(0.95 * (len(durations) - 1))]} ms")
    return durations


# --- part 2: blackbox_exporter side by side ---------------------------------------------------

BLACKBOX_CONFIG = """modules:
  smtp_starttls:
    prober: tcp
    timeout: 15s
    tcp:
      preferred_ip_protocol: ip4
      query_response:
        - expect: "^220 "
        - send: "EHLO prober.bench.test\\r"
        - expect: "^250 "
        - send: "STARTTLS\\r"
        - expect: "^220 "
        - starttls: true
        - send: "EHLO prober.bench.test\\r"
        - expect: "^250 "
        - send: "QUIT\\r"
        - expect: "^221 "
      tls_config:
        ca_file: {ca}
        server_name: mail.test
"""


def blackbox_probe(port, target):
    url = f"http://127.0.0.1:{port}/probe?module=smtp_starttls&target={target}&debug=true"
    t0 = time.monotonic()
    with urllib.request.urlopen(url, timeout=30) as r:
        body = r.read().decode()
    wall = time.monotonic() - t0
    values = {}
    for line in body.splitlines():
        if line.startswith("probe_success ") or line.startswith("probe_duration_seconds "):
            k, v = line.split()
            values[k] = float(v)
    return wall, values, body


def side_by_side(args, cli, certs, port, durations, work):
    bb = shutil.which("prometheus-blackbox-exporter")
    if not bb:
        print("part 2 skipped: prometheus-blackbox-exporter is not installed")
        return
    version = subprocess.run([bb, "--version"], capture_output=True, text=True)
    version = (version.stdout + version.stderr).splitlines()[0]
    cfg = os.path.join(work, "blackbox.yml")
    with open(cfg, "w") as f:
        f.write(BLACKBOX_CONFIG.format(ca=os.path.join(certs, "ca.pem")))
    bport = free_port()
    bbp = subprocess.Popen(["taskset", "-c", "0", bb, f"--config.file={cfg}",
                            f"--web.listen-address=127.0.0.1:{bport}", "--log.level=warn"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{bport}/-/healthy", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        print(f"\npart 2: one STARTTLS probe of 127.0.0.1:{port}, {args.runs} interleaved runs "
              f"each, both on core 0 ({version})")
        bb_wall, bb_dur, pc_wall, pc_dur = [], [], [], []
        for _ in range(args.runs):
            wall, values, body = blackbox_probe(bport, f"127.0.0.1:{port}")
            if values.get("probe_success") != 1:
                print("  blackbox probe failed:\n" + body[-1500:])
                return
            bb_wall.append(wall * 1000)
            bb_dur.append(values["probe_duration_seconds"] * 1000)
            t0 = time.monotonic()
            r = subprocess.run(["taskset", "-c", "0", cli, "check", "127.0.0.1", "--port",
                                str(port), "--security", "starttls", "--ca-file",
                                os.path.join(certs, "ca.pem"), "--json"],
                               capture_output=True, text=True)
            pc_wall.append((time.monotonic() - t0) * 1000)
            report = json.loads(r.stdout)
            if report.get("result") == "error":
                print("  portolan check failed: " + r.stdout[:1000])
                return
            pc_dur.append(report["elapsedMs"])
        med = statistics.median
        print(f"{'':34}{'median ms':>10}")
        print(f"{'blackbox: probe_duration_seconds':34}{med(bb_dur):10.1f}")
        print(f"{'blackbox: HTTP request, wall':34}{med(bb_wall):10.1f}")
        if durations:
            print(f"{'portolan monitor: stored duration':34}{med(durations):10.1f}"
                  f"   (part 1, {len(durations)} checks under load)")
        print(f"{'portolan-cli check: elapsedMs':34}{med(pc_dur):10.1f}")
        print(f"{'portolan-cli check: process, wall':34}{med(pc_wall):10.1f}")

        # The same failure for both: nothing listens.
        dead = free_port()
        print(f"\nthe same failure: nothing listens on 127.0.0.1:{dead}")
        wall, values, body = blackbox_probe(bport, f"127.0.0.1:{dead}")
        print(f"  blackbox_exporter /probe: probe_success {values.get('probe_success'):.0f} "
              f"(probe_duration_seconds {values.get('probe_duration_seconds', 0):.4f}); "
              "the reason is only in its debug log:")
        for line in body.splitlines():
            if "refused" in line or "Error dialing" in line:
                print("    " + line.strip()[:160])
                break
        r = subprocess.run([cli, "check", "127.0.0.1", "--port", str(dead), "--security",
                            "starttls", "--json"], capture_output=True, text=True)
        report = json.loads(r.stdout)
        codes = [d["code"] for d in report.get("diagnoses", [])]
        verdict = report.get("verdict", {})
        print(f"  portolan-cli check: exit {r.returncode}, codes {codes}, fault "
              f"{verdict.get('fault')}: {verdict.get('summary')}")
        # And a monitor watching it, as Prometheus would see it.
        mport = free_port()
        mon = subprocess.Popen([cli, "monitor", f"smtp://127.0.0.1:{dead}", "--security",
                                "starttls", "--recheck", "1", "--db",
                                os.path.join(work, "dead.sqlite"), "--metrics",
                                f"127.0.0.1:{mport}", "--for", "20s"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            lines = []
            for _ in range(100):
                time.sleep(0.2)
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{mport}/metrics",
                                                timeout=2) as r:
                        text = r.read().decode()
                except OSError:
                    continue
                lines = [l for l in text.splitlines()
                         if l.startswith(("portolan_check_success{",
                                          "portolan_check_failures_total{",
                                          "portolan_outage_active{"))]
                if any(l.startswith("portolan_outage_active{") and l.endswith(" 1")
                       for l in lines):
                    break
            print("  portolan-cli monitor --metrics, scraped:")
            for l in lines:
                print("    " + l)
        finally:
            mon.terminate()
            mon.wait(30)
    finally:
        bbp.terminate()
        bbp.wait(10)


SERVER = None


def main():
    global SERVER
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "default"))
    ap.add_argument("--targets", type=int, default=1000)
    ap.add_argument("--every", type=int, default=60)
    ap.add_argument("--duration", type=int, default=180)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--skip-scale", action="store_true")
    args = ap.parse_args()
    cli = os.path.join(args.build, "app", "portolan-cli")
    certs = os.path.join(args.build, "tests", "certs")
    if not os.path.exists(os.path.join(certs, "ca.pem")):
        sys.exit(f"no test certificates in {certs}: build the portolan_test_certs target")
    # The server on the other core, so that the monitor's core is the monitor's.
    try:
        os.sched_setaffinity(0, {1})
    except OSError:
        pass
    SERVER = SmtpServer(args.targets + 1, certs)
    ports = SERVER.start()
    with tempfile.TemporaryDirectory(prefix="portolan-bench-") as work:
        durations = [] if args.skip_scale else scale(args, cli, certs, ports[:-1], work)
        side_by_side(args, cli, certs, ports[-1], durations, work)


if __name__ == "__main__":
    main()
