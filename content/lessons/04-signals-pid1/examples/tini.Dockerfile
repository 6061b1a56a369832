FROM python:3.12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY app.py .
ENTRYPOINT ["tini", "--"]
CMD ["python", "app.py"]
