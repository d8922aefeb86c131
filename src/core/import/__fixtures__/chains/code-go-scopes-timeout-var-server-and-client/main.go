// Command geoapi serves geocoding lookups.
package main

import (
	"log"
	"net/http"
	"time"
)

func newAPIServer(h http.Handler) *http.Server {
	timeout := 120 * time.Second
	return &http.Server{
		Addr:              ":8080",
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       timeout,
	}
}

// newTileClient is the client for the tile cache; it uses http.DefaultTransport.
func newTileClient() *http.Client {
	timeout := 10 * time.Second
	return &http.Client{Timeout: timeout}
}

func main() {
	tiles := newTileClient()
	log.Fatal(newAPIServer(routes(tiles)).ListenAndServe())
}
