package main

import (
	"net/http"
	"time"
)

func main() {
	srv := &http.Server{
		Addr:        ":8080",
		Handler:     routes(),
		IdleTimeout: 30 * time.Second,
	}
	_ = srv.ListenAndServe()
}
