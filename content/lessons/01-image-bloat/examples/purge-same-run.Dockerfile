FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# Install the compiler, use it and remove it in one RUN: it never reaches a layer
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libpq-dev libpq5 \
 && pip install --no-cache-dir -r requirements.txt \
 && apt-get purge -y --auto-remove gcc libpq-dev \
 && rm -rf /var/lib/apt/lists/*
COPY . .
CMD ["python", "app.py"]
