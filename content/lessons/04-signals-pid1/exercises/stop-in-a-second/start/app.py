# The thumbnail service's status endpoint: a small HTTP server.
from http.server import BaseHTTPRequestHandler, HTTPServer


class Status(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok\n")


server = HTTPServer(("", 8000), Status)
print("listening on :8000", flush=True)
server.serve_forever()
