package main

import (
	"log"
	"net/http"
	"os"
	"time"
)

// Config is read from the environment at start-up.
type Config struct {
	Addr        string
	IdleTimeout time.Duration
}

func loadConfig() Config {
	cfg := Config{Addr: ":8080", IdleTimeout: 30 * time.Second}
	if v := os.Getenv("IDLE_TIMEOUT"); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			cfg.IdleTimeout = d
		}
	}
	return cfg
}

func newServer(cfg Config, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              cfg.Addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       cfg.IdleTimeout,
	}
}

func main() {
	srv := newServer(loadConfig(), http.DefaultServeMux)
	log.Fatal(srv.ListenAndServe())
}
