package main

import (
	"log"
	"net/http"
	"time"
)

func main() {
	srv := &http.Server{
		Addr:        "127.0.0.1:9000",
		Handler:     newRouter(),
		IdleTimeout: 120 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
