"""user-profile-service: serves user profiles from PostgreSQL."""
import os
import signal
import sys
from pathlib import Path

from flask import Flask, jsonify

app = Flask(__name__)
SCHEMA = Path(__file__).parent / "data" / "schema.sql"


@app.get("/healthz")
def healthz():
    return "ok"


@app.get("/users/<int:user_id>")
def user(user_id: int):
    return jsonify({"id": user_id, "name": "example"})


def stop(_signum, _frame):
    sys.exit(0)


if __name__ == "__main__":
    print(f"schema: {SCHEMA.read_text().count('create table')} tables")
    signal.signal(signal.SIGTERM, stop)
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
