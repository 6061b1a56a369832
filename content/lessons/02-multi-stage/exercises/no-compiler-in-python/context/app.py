"""orders: a small Flask API backed by PostgreSQL (psycopg2, compiled against libpq)."""
import os

import psycopg2
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/healthz")
def healthz():
    return "ok"


@app.get("/orders/count")
def count():
    with psycopg2.connect(os.environ["DATABASE_URL"]) as connection, connection.cursor() as cursor:
        cursor.execute("select count(*) from orders")
        return jsonify({"orders": cursor.fetchone()[0]})
