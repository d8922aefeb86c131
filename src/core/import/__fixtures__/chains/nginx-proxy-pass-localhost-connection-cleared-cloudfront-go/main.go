package main

import (
	"log"
	"net/http"
	"time"

	"example.io/api/internal/routes"
)

func main() {
	mux := http.NewServeMux()
	routes.Register(mux)

	srv := &http.Server{
		Addr:         ":8080",
		Handler:      mux,
		ReadTimeout:  5 * time.Second,
		WriteTimeout: 10 * time.Second,
		IdleTimeout:  5 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
