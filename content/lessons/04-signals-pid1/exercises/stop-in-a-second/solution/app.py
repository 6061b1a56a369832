# The thumbnail service's status endpoint: a small HTTP server.
import signal
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer


class Status(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok\n")


def stop(signum, frame):
    # docker stop sends SIGTERM to PID 1. Python installs no handler for it,
    # and the kernel drops an unhandled signal sent to PID 1.
    print("SIGTERM: shutting down", flush=True)
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
server = HTTPServer(("", 8000), Status)
print("listening on :8000", flush=True)
server.serve_forever()
