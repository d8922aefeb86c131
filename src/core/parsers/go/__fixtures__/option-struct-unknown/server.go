package httpserver

import (
	"net/http"
	"time"
)

// Options come from the service's YAML config (not pasted here).
type Options struct {
	Addr        string
	IdleTimeout time.Duration
	ReadTimeout time.Duration
}

// New builds the public listener. IdleTimeout: 5 * time.Second was the old value.
func New(opts Options, handler http.Handler) *http.Server {
	return &http.Server{
		Addr:              opts.Addr,
		Handler:           handler,
		ReadTimeout:       opts.ReadTimeout,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       opts.IdleTimeout,
	}
}
