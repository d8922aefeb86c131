package main

import (
	"log"
	"net/http"
	"time"
)

func main() {
	srv := &http.Server{
		Addr:        ":8080",
		Handler:     router(),
		IdleTimeout: time.Minute,
	}
	log.Fatal(srv.ListenAndServe())
}
