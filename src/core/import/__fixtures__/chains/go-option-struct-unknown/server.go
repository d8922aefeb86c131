package httpserver

import (
	"net/http"
	"time"
)

// Options are loaded from config.yaml by the caller.
type Options struct {
	Addr        string
	ReadTimeout time.Duration
	IdleTimeout time.Duration
}

// New builds the API server from the loaded options.
func New(opts Options, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              opts.Addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       opts.ReadTimeout,
		IdleTimeout:       opts.IdleTimeout,
	}
}
