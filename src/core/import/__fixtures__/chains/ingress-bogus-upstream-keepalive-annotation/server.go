package main

import (
	"log"
	"net/http"
	"time"

	"example.com/payments/internal/api"
)

func main() {
	srv := &http.Server{
		Addr:              ":8080",
		Handler:           api.Routes(),
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       30 * time.Second,
	}
	log.Printf("payments listening on %s", srv.Addr)
	log.Fatal(srv.ListenAndServe())
}
