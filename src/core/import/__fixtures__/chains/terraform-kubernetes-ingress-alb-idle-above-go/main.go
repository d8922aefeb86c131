package main

import (
	"log"
	"net/http"
	"time"
)

func main() {
	srv := &http.Server{
		Addr:        ":8080",
		Handler:     routes(),
		IdleTimeout: 90 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
