package main

import (
	"log"
	"net/http"
	"time"
)

func main() {
	s := &http.Server{
		Addr:        ":8080",
		Handler:     newMux(),
		IdleTimeout: 25 * time.Second,
	}
	log.Fatal(s.ListenAndServe())
}
