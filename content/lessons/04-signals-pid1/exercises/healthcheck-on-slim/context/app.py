# The invoice service: answers /health with 200 once it can serve requests.
import signal
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/health":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok\n")
        else:
            self.send_response(404)
            self.end_headers()


def stop(signum, frame):
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
HTTPServer(("", 8000), Handler).serve_forever()
