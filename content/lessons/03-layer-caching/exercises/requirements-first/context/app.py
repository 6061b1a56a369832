import signal
import sys

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello():
    return "hello"


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app.run(host="0.0.0.0", port=8000)
