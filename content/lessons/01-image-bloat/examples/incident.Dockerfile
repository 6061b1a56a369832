# user-profile-service, as deployed on the night of the incident
FROM python:latest

# No .dockerignore: this sends and copies everything in the folder
COPY . /app
WORKDIR /app

# Compilers and editors "just in case", with recommends, lists left behind
RUN apt-get update && apt-get install -y git build-essential vim cmake
RUN pip install -r requirements.txt

CMD python main.py
