package main

import (
	"log"
	"net/http"
	"time"
)

// idleTimeout bounds idle connections to the upstream health checker.
const idleTimeout = 5 * time.Second

func newHealthClient() *http.Client {
	return &http.Client{Timeout: idleTimeout}
}

func newServer(h http.Handler) *http.Server {
	// Google's load balancer keeps backend connections for 600 s: stay above it.
	const idleTimeout = 620 * time.Second
	return &http.Server{
		Addr:        ":8080",
		Handler:     h,
		IdleTimeout: idleTimeout,
	}
}

func main() {
	_ = newHealthClient()
	log.Fatal(newServer(http.DefaultServeMux).ListenAndServe())
}
