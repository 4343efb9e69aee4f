#!/usr/bin/python3
"""A loopback Pismo accounts server for bench/compare's bulk phase: answers every request after a
fixed delay and counts what it was sent.

    accounts_server.py DELAY_MS TOKEN

Listens on 127.0.0.1 on a free port and prints the port on the first line of standard output.
HTTP/1.1 with keep-alive, one thread per connection (http.server.ThreadingHTTPServer), so any
number of requests can wait out their delay at once.

  GET   /accounts/v1/accounts/ID  after DELAY_MS: 200 {"account_id": ID, "account_name": "old ID"}
  PATCH /accounts/v1/accounts/ID  after DELAY_MS: 200 {"account_id": ID, "account_name": <as sent>}
  POST  /__reset                  at once: the counts so far as JSON, then all counts set to zero

The counts: requests by method, accounts read and written (distinct), writes whose body is not
exactly {"account_name": "Bench ID"} or whose Authorization is not "Bearer TOKEN", any other
request, the connections accepted and the most requests under way at once. Python 3 standard
library only.
"""

import http.server
import json
import re
import sys
import threading
import time

ACCOUNT = re.compile(r"^/accounts/v1/accounts/([0-9]+)$")


class Counts:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.requests = {}  # method: count
        self.read = set()
        self.written = set()
        self.wrong_body = 0
        self.wrong_auth = 0
        self.other = 0
        self.connections = 0
        self.in_flight = 0
        self.most_in_flight = 0

    def snapshot(self):
        return {"requests": dict(self.requests), "accountsRead": len(self.read), "accountsWritten": len(self.written),
                "wrongBody": self.wrong_body, "wrongAuth": self.wrong_auth, "other": self.other,
                "connections": self.connections, "mostInFlight": self.most_in_flight}


COUNTS = Counts()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # The headers and the body go out in two writes: without TCP_NODELAY the body waits for the
    # client's delayed ACK of the headers (up to 40 ms on Linux) on every kept-alive connection.
    disable_nagle_algorithm = True
    delay = 0.05
    token = ""

    def setup(self):
        super().setup()
        with COUNTS.lock:
            COUNTS.connections += 1

    def reply(self, status, document):
        body = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        if self.command == "POST" and self.path == "/__reset":
            with COUNTS.lock:
                counts = COUNTS.snapshot()
                COUNTS.reset()
            return self.reply(200, counts)
        with COUNTS.lock:
            COUNTS.requests[self.command] = COUNTS.requests.get(self.command, 0) + 1
            COUNTS.in_flight += 1
            COUNTS.most_in_flight = max(COUNTS.most_in_flight, COUNTS.in_flight)
        try:
            if self.delay > 0:
                time.sleep(self.delay)
            match = ACCOUNT.match(self.path)
            authorized = self.headers.get("Authorization") == f"Bearer {self.token}"
            if not match or self.command not in ("GET", "PATCH"):
                with COUNTS.lock:
                    COUNTS.other += 1
                return self.reply(404, {"code": "NOT_FOUND", "message": "not an account"})
            account = int(match.group(1))
            if self.command == "GET":
                with COUNTS.lock:
                    COUNTS.read.add(account)
                    COUNTS.wrong_auth += not authorized
                return self.reply(200, {"account_id": account, "account_name": f"old {account}"})
            try:
                sent = json.loads(body)
            except ValueError:
                sent = None
            with COUNTS.lock:
                COUNTS.written.add(account)
                COUNTS.wrong_auth += not authorized
                COUNTS.wrong_body += sent != {"account_name": f"Bench {account}"}
            name = sent.get("account_name") if isinstance(sent, dict) else None
            return self.reply(200, {"account_id": account, "account_name": name})
        finally:
            with COUNTS.lock:
                COUNTS.in_flight -= 1

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = answer

    def log_message(self, format, *args):  # quiet: the counts are the record
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the shell loop and newman open many connections in a row


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    Handler.delay = int(sys.argv[1]) / 1000
    Handler.token = sys.argv[2]
    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
