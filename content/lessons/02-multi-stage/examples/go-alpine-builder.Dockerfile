# golang:*-alpine has no C compiler, so Go (1.20 and later) turns cgo off by itself
FROM golang:1.25-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /out/pong .

FROM scratch
COPY --from=build /out/pong /pong
ENTRYPOINT ["/pong"]
