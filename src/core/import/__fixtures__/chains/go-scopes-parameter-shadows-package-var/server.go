package main

import (
	"flag"
	"log"
	"net/http"
	"time"
)

// Defaults for local development.
var (
	addr        = ":8080"
	idleTimeout = 30 * time.Second
)

// NewServer builds the API server; cmd/api passes flag values in.
func NewServer(addr string, idleTimeout time.Duration, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       idleTimeout,
	}
}

func main() {
	idle := flag.Duration("idle-timeout", idleTimeout, "keep-alive idle timeout")
	listen := flag.String("addr", addr, "listen address")
	flag.Parse()
	log.Fatal(NewServer(*listen, *idle, http.DefaultServeMux).ListenAndServe())
}
