package api

import (
	"net/http"
	"time"
)

// NewServer returns the public API server.
func NewServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:         ":8080",
		Handler:      h,
		ReadTimeout:  10 * time.Second,
		WriteTimeout: 30 * time.Second,
		IdleTimeout:  idleTimeout,
	}
}
