package main

import (
	"log"
	"net/http"
	"time"
)

const (
	readTimeout  = 10 * time.Second
	idleMinutes  = 2
	writeTimeout time.Duration = 1500 * time.Millisecond
)

var headerTimeout = time.Duration(3) * time.Second

func main() {
	idle := time.Duration(idleMinutes) * time.Minute

	srv := &http.Server{
		Addr:              ":8080",
		ReadTimeout:       readTimeout,
		ReadHeaderTimeout: headerTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idle,
	}

	// A second listener for metrics. Trap: no unit means nanoseconds.
	metrics := http.Server{Addr: ":9090", IdleTimeout: 65000}

	go func() { log.Fatal(metrics.ListenAndServe()) }()
	log.Fatal(srv.ListenAndServe())
}
