// Package main runs the inventory API.
//
// The API sits behind an AWS load balancer whose idle timeout is 60 seconds.
// Idle connections must therefore stay open longer than that.
package main

import (
	"log"
	"net/http"
	"time"
)

// newServer builds the HTTP server.
// Its idle timeout is above the balancer's so the balancer always closes first.
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:        ":8080",
		Handler:     h,
		IdleTimeout: 75 * time.Second,
		ReadTimeout: 10 * time.Second,
	}
}

func main() {
	log.Fatal(newServer(http.NotFoundHandler()).ListenAndServe())
}
