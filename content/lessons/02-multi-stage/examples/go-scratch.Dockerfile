# Stage 1: the toolchain (about 800 MB), used only to compile
FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/pong .

# Stage 2: what ships - the binary and nothing else
FROM scratch
COPY --from=build /out/pong /pong
EXPOSE 8080
USER 65534
ENTRYPOINT ["/pong"]
