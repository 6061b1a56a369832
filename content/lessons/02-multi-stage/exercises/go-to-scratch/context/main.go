// rates serves today's exchange rates, fetched over HTTPS from an upstream API,
// and shuts down cleanly on SIGTERM.
package main

import (
	"context"
	"io"
	"log"
	"net/http"
	"os/signal"
	"syscall"
	"time"
)

const upstream = "https://api.frankfurter.app/latest?from=EUR"

func rates(w http.ResponseWriter, r *http.Request) {
	response, err := http.Get(upstream) // needs the CA certificates to verify the upstream's TLS certificate
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer response.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	io.Copy(w, response.Body)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	server := &http.Server{Addr: ":8080", Handler: http.HandlerFunc(rates)}
	go func() {
		if err := server.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()

	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	server.Shutdown(shutdown)
}
