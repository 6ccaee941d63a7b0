#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A time-stamping authority (RFC 3161 over HTTP) for the tests, on 127.0.0.1 only.

Each POST body is a TimeStampReq; the stock `openssl ts -reply` answers it with the TSA
certificate and key given, through a config this script writes. The port is chosen by
the system and printed as the first line of stdout. The mode picks how it answers:

  ok       the token openssl made (status granted)
  reject   a real refusal from openssl: the config allows only SHA-1 imprints, so a
           SHA-256 request gets status rejection, failure info badAlg
  garbage  HTTP 200 with a body that is not a TimeStampResp
  slow     waits --delay seconds before answering (a client timeout must fire first)

It stops by itself after --lifetime seconds, and answers at most --max-requests.
"""

import argparse
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time

CONFIG = """\
[ tsa ]
default_tsa = tsa_config

[ tsa_config ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = {cert}
certs = {chain}
signer_key = {key}
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5.6
digests = {digests}
accuracy = secs:1, millisecs:500, microsecs:100
clock_precision_digits = 0
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--openssl", default="openssl")
    parser.add_argument("--cert", required=True, help="the TSA certificate (PEM)")
    parser.add_argument("--key", required=True, help="its private key (PEM)")
    parser.add_argument("--chain", required=True, help="certificates sent along (PEM)")
    parser.add_argument("--mode", choices=["ok", "reject", "garbage", "slow"], default="ok")
    parser.add_argument("--delay", type=float, default=15.0)
    parser.add_argument("--lifetime", type=float, default=300.0)
    parser.add_argument("--max-requests", type=int, default=50)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="vouch-tsa-")
    with open(os.path.join(work, "serial"), "w") as serial:
        serial.write("01\n")
    config = os.path.join(work, "tsa.cnf")
    with open(config, "w") as out:
        out.write(CONFIG.format(dir=work, cert=args.cert, key=args.key, chain=args.chain,
                                digests="sha1" if args.mode == "reject" else "sha256, sha384, sha512"))
    answered = [0]
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format, *values):  # quiet: stdout carries the port only
            sys.stderr.write("tsa_responder: " + (format % values) + "\n")

        def do_POST(self):
            with lock:
                answered[0] += 1
                number = answered[0]
            if number > args.max_requests:
                self.send_error(503, "too many requests for a test TSA")
                return
            length = int(self.headers.get("Content-Length", "0"))
            query = self.rfile.read(length)
            if args.mode == "slow":
                time.sleep(args.delay)
            if args.mode == "garbage":
                self.answer(b"<html><body>This is not a time-stamping authority.</body></html>",
                            "text/html")
                return
            query_file = os.path.join(work, "query-%d.tsq" % number)
            reply_file = os.path.join(work, "reply-%d.tsr" % number)
            with open(query_file, "wb") as out:
                out.write(query)
            made = subprocess.run([args.openssl, "ts", "-reply", "-config", config,
                                   "-queryfile", query_file, "-out", reply_file],
                                  capture_output=True, timeout=30)
            if made.returncode != 0 or not os.path.exists(reply_file):
                sys.stderr.write("tsa_responder: openssl ts -reply failed: %s\n"
                                 % made.stderr.decode(errors="replace"))
                self.send_error(500, "openssl ts -reply failed")
                return
            with open(reply_file, "rb") as reply:
                self.answer(reply.read(), "application/timestamp-reply")

        def answer(self, body, content_type):
            try:
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (the slow mode's timeout)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    stopper = threading.Timer(args.lifetime, server.shutdown)
    stopper.daemon = True
    stopper.start()
    server.serve_forever()


if __name__ == "__main__":
    main()
