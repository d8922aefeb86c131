// Command storefront renders product pages; it calls the inventory service for stock levels.
package main

import (
	"log"
	"net/http"
	"time"
)

func newServer(h http.Handler) *http.Server {
	timeout := 75 * time.Second // must outlive the ALB idle timeout (60 s)
	return &http.Server{
		Addr:              ":8080",
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       timeout,
	}
}

func newInventoryClient() *http.Client {
	timeout := 30 * time.Second
	transport := &http.Transport{
		MaxIdleConns:        100,
		MaxIdleConnsPerHost: 20,
		IdleConnTimeout:     timeout,
	}
	return &http.Client{Transport: transport, Timeout: 3 * time.Second}
}

func main() {
	inventory := newInventoryClient()
	srv := newServer(routes(inventory))
	log.Fatal(srv.ListenAndServe())
}
