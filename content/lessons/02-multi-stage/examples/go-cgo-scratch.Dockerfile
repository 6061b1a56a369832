FROM golang:1.23 AS build
WORKDIR /src
COPY . .
# No CGO_ENABLED=0: net/http links against glibc
RUN go build -o /out/pong .

FROM scratch
COPY --from=build /out/pong /pong
ENTRYPOINT ["/pong"]
