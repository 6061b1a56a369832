# The same service, with a SIGTERM handler that ends it cleanly.
import signal
import sys
from http.server import HTTPServer, SimpleHTTPRequestHandler


def stop(signum, frame):
    print("SIGTERM: shutting down", flush=True)
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
HTTPServer(("", 8000), SimpleHTTPRequestHandler).serve_forever()
