package main

import (
	"net/http"
	"time"
)

func main() {
	s := &http.Server{
		Addr:              ":9000",
		Handler:           newRouter(),
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       90 * time.Second,
	}
	if err := s.ListenAndServe(); err != nil {
		panic(err)
	}
}
