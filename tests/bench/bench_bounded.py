#!/usr/bin/env python3
"""The bounded-time rule: every check and every scan is decided within 1.5 x the timeout + 1 s,
whatever the server does. Starts, on loopback, the servers that used to make Portolan wait one
timeout after another:

  silent     accepts the connection and never says anything (a hung service)
  closing    accepts and closes at once
  dropping   SYNs dropped (a full accept queue: what a DROP firewall looks like)
  refusing   nothing listens (RST)
  alerting   answers the ClientHello with a fatal TLS alert 80 (OpenSMTPD's bug)
  tls1.0     implicit TLS, TLS 1.0 only, then a working SMTP dialogue (an outdated server)

and checks each with --security auto, tls and starttls, then scans all of them at once, with
`--timeout T` for each T given. Prints, per run, the decided time (the process's wall time) over
the timeout, the verdict's code, and at the end the worst ratio against the rule's bound
(1.5 + 1/T). Compares with swaks, the tool an admin would otherwise point at such a server, on
the same servers in the same run (swaks has one --timeout for everything; it does not race modes).

    tests/bench/bench_bounded.py [--build build/default] [--timeouts 2,3,5]
No root needed; loopback only.
"""
import argparse
import json
import os
import shutil
import socket
import ssl
import subprocess
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def listener(backlog=16):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(backlog)
    return s


def serve(sock, handler):
    def loop():
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            threading.Thread(target=handler, args=(conn,), daemon=True).start()
    threading.Thread(target=loop, daemon=True).start()


held = []


def silent(conn):
    held.append(conn)  # kept open, never written to


def closing(conn):
    conn.close()


def alerting(conn):
    conn.settimeout(10)
    try:
        conn.recv(4096)  # the ClientHello (or nothing, for a plain client that waits)
        conn.sendall(b"\x15\x03\x03\x00\x02\x02\x50")
    except OSError:
        pass
    conn.close()


def smtp_dialogue(f, conn):
    f.write(b"220 old.test ESMTP\r\n"); f.flush()
    for line in f:
        verb = line.strip().upper()
        if verb.startswith(b"EHLO") or verb.startswith(b"HELO"):
            f.write(b"250-old.test\r\n250 AUTH PLAIN\r\n"); f.flush()
        elif verb.startswith(b"QUIT"):
            f.write(b"221 bye\r\n"); f.flush()
            break
        else:
            f.write(b"502 no\r\n"); f.flush()


def tls10(context):
    def handler(conn):
        conn.settimeout(10)
        try:
            with context.wrap_socket(conn, server_side=True) as t:
                smtp_dialogue(t.makefile("rwb"), t)
        except (OSError, ssl.SSLError):
            pass
    return handler


def refusing_port():
    s = listener()
    port = s.getsockname()[1]
    s.close()
    return port


def dropping_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    s.listen(0)
    port = s.getsockname()[1]
    fillers = []
    for _ in range(3):
        c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        c.setblocking(False)
        try:
            c.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fillers.append(c)
    time.sleep(0.3)
    held.extend(fillers + [s])
    return port


def run(cmd, limit=None):
    """Wall time and the process; None for the process when it was still running at `limit`."""
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                           timeout=limit)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, None
    return time.perf_counter() - start, p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "default"))
    ap.add_argument("--timeouts", default="2,3,5")
    args = ap.parse_args()
    cli = os.path.join(args.build, "app", "portolan-cli")
    certs = os.path.join(args.build, "tests", "certs")

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.maximum_version = ssl.TLSVersion.TLSv1
    ctx.load_cert_chain(os.path.join(certs, "valid.pem"), os.path.join(certs, "valid.key"))

    servers = {}
    for name, handler in (("silent", silent), ("closing", closing), ("alerting", alerting),
                          ("tls1.0", tls10(ctx))):
        s = listener()
        serve(s, handler)
        servers[name] = s.getsockname()[1]
    servers["dropping"] = dropping_port()
    servers["refusing"] = refusing_port()

    swaks = shutil.which("swaks")
    worst = 0.0
    worst_case = ""
    print("Decided time over the timeout (the rule: at most 1.5 + 1/T), loopback servers")
    print(f"{'T':>3} {'server':<10} {'security':<9} {'portolan':>9} {'ratio':>6}  {'verdict':<24}"
          + (f" {'swaks':>7}" if swaks else ""))
    for t in [float(x) for x in args.timeouts.split(",")]:
        bound = 1.5 + 1.0 / t
        for name, port in servers.items():
            for security in ("auto", "tls", "starttls"):
                seconds, p = run([cli, "check", "127.0.0.1", "--port", str(port), "--security", security,
                                  "--timeout", f"{t:g}", "--ca-file", os.path.join(certs, "ca.pem"),
                                  "--servername", "mail.test", "--json"])
                try:
                    code = json.loads(p.stdout)["verdict"].get("code", "?")
                except (ValueError, KeyError):
                    code = f"exit {p.returncode}"
                ratio = seconds / t
                if ratio > worst:
                    worst, worst_case = ratio, f"check {name} --security {security} --timeout {t:g}"
                line = f"{t:>3g} {name:<10} {security:<9} {seconds:>8.2f}s {ratio:>6.2f}  {code:<24}"
                if swaks:
                    flag = {"auto": [], "tls": ["--tls-on-connect"], "starttls": ["--tls"]}[security]
                    # swaks's --timeout does not cover a TLS handshake: it may never decide.
                    ss, sp = run([swaks, "--server", "127.0.0.1", "--port", str(port), "--quit-after", "EHLO",
                                  "--timeout", f"{t:g}"] + flag, limit=4 * t)
                    line += f" {ss:>6.2f}s" if sp else f" >{4 * t:g}s (killed)"
                print(line + ("" if ratio <= bound else "   OVER THE RULE"), flush=True)
        ports = ",".join(str(p) for p in servers.values())
        seconds, p = run([cli, "scan", "127.0.0.1", "--ports", ports, "--timeout", f"{t:g}", "--json"])
        ratio = seconds / t
        if ratio > worst:
            worst, worst_case = ratio, f"scan of all six --timeout {t:g}"
        print(f"{t:>3g} {'all six':<10} {'scan':<9} {seconds:>8.2f}s {ratio:>6.2f}"
              + ("" if ratio <= bound else "   OVER THE RULE"), flush=True)
    print(f"worst ratio {worst:.2f} ({worst_case}); the rule allows 1.5 + 1/T "
          f"(2.00 at T=2, 1.83 at T=3, 1.70 at T=5, 1.57 at T=15)")


if __name__ == "__main__":
    main()
