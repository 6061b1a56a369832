FROM python:3.11.9-slim-bookworm

# Create a non-privileged user
RUN groupadd -g 10001 appgroup && \
    useradd -u 10000 -g appgroup -m -s /bin/bash appuser

WORKDIR /app
COPY --chown=10000:10001 app.py .

# Switch to non-root user
USER 10000

# Use tini to handle signals correctly
RUN apt-get update && apt-get install -y tini && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["/usr/bin/tini", "--"]

CMD ["python", "app.py"]
