package main

import (
	"net/http"
	"time"
)

func main() {
	server := &http.Server{
		Addr:        ":8000",
		Handler:     routes(),
		IdleTimeout: 75 * time.Second,
	}
	server.ListenAndServe()
}
