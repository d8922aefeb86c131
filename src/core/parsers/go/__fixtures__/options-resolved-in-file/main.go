package main

import (
	"log"
	"net/http"
	"time"
)

type config struct {
	idle   time.Duration
	header time.Duration
}

var defaults = config{
	idle:   75 * time.Second, // longer than the ALB's 60 s
	header: 5 * time.Second,
}

func main() {
	limits := struct{ write time.Duration }{write: 30 * time.Second}
	srv := &http.Server{
		Addr:              ":8080",
		IdleTimeout:       defaults.idle,
		ReadHeaderTimeout: defaults.header,
		WriteTimeout:      limits.write,
	}
	log.Fatal(srv.ListenAndServe())
}
