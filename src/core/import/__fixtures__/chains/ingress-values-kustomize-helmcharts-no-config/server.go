package main

import (
	"net/http"
	"time"
)

func main() {
	http.HandleFunc("/", index)
	srv := &http.Server{
		Addr:              ":8080",
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       30 * time.Second,
	}
	_ = srv.ListenAndServe()
}
