FROM python:3.12-slim
RUN apt-get update
RUN apt-get install -y imagemagick
RUN rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
