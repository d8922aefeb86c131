package main

import (
	"net/http"
	"time"
)

const keepAlives = false

func main() {
	// Legacy load balancer in front cannot handle keep-alive: turn it off on both sides.
	srv := &http.Server{Addr: ":8080", IdleTimeout: 30 * time.Second}
	srv.SetKeepAlivesEnabled(false)

	transport := &http.Transport{DisableKeepAlives: true}
	client := &http.Client{Transport: transport}
	_ = client

	other := &http.Server{Addr: ":8081"}
	other.SetKeepAlivesEnabled(keepAlives)

	_ = other.ListenAndServe()
	_ = srv.ListenAndServe()
}
