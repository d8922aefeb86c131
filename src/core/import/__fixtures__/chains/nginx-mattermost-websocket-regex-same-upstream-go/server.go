package app

import (
	"net/http"
	"time"
)

func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:         ":8065",
		Handler:      h,
		ReadTimeout:  300 * time.Second,
		WriteTimeout: 300 * time.Second,
		IdleTimeout:  45 * time.Second,
	}
}
