package main

import (
	"net/http"
	"time"

	"example.com/media/handlers"
)

func main() {
	s := &http.Server{
		Addr:        "127.0.0.1:8081",
		Handler:     handlers.New(),
		IdleTimeout: 75 * time.Second,
	}
	if err := s.ListenAndServe(); err != nil {
		panic(err)
	}
}
