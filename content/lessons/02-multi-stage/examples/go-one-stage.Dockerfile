FROM golang:1.23
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/pong .
EXPOSE 8080
CMD ["pong"]
