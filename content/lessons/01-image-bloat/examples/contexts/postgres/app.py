import os

import psycopg2

connection = psycopg2.connect(os.environ.get("DATABASE_URL", "postgresql://localhost/app"))
print("connected")
