"""Makes 256-pixel thumbnails by calling ImageMagick's `convert`."""
import signal
import subprocess
import sys

from flask import Flask, request

app = Flask(__name__)


@app.post("/thumbnail")
def thumbnail():
    result = subprocess.run(
        ["convert", "-", "-thumbnail", "256x256", "png:-"],
        input=request.get_data(), capture_output=True, check=True,
    )
    return result.stdout, 200, {"Content-Type": "image/png"}


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app.run(host="0.0.0.0", port=8000)
