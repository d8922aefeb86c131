// Command edge-api serves the public API behind Google's load balancer and calls the
// recommendation service.
package main

import (
	"log"
	"net/http"
	"time"
)

type timeouts struct {
	idle   time.Duration
	header time.Duration
}

func newServer(h http.Handler) *http.Server {
	opts := timeouts{idle: 620 * time.Second, header: 10 * time.Second}
	return &http.Server{
		Addr:              ":8080",
		Handler:           h,
		ReadHeaderTimeout: opts.header,
		IdleTimeout:       opts.idle,
	}
}

func newRecoClient() *http.Client {
	opts := timeouts{idle: 30 * time.Second}
	return &http.Client{
		Transport: &http.Transport{
			MaxIdleConnsPerHost: 64,
			IdleConnTimeout:     opts.idle,
		},
		Timeout: 2 * time.Second,
	}
}

func main() {
	reco := newRecoClient()
	log.Fatal(newServer(api(reco)).ListenAndServe())
}
