# A small HTTP service with no signal handling of its own.
from http.server import HTTPServer, SimpleHTTPRequestHandler

HTTPServer(("", 8000), SimpleHTTPRequestHandler).serve_forever()
