FROM python:3.12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libpq-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
# "Cleaning up" in a new layer: the compiler is hidden, not gone
RUN apt-get purge -y --auto-remove gcc libpq-dev
CMD ["python", "app.py"]
