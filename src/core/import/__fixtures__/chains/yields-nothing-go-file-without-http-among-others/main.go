package main

import (
	"net/http"
	"time"

	"example.com/api/config"
)

func main() {
	srv := &http.Server{
		Addr:        ":" + config.Port(),
		Handler:     routes(),
		IdleTimeout: 120 * time.Second,
	}
	srv.ListenAndServe()
}
