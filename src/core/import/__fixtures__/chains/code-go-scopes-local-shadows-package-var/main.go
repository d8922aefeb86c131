package main

import (
	"log"
	"net/http"
	"time"

	"example.com/sessions/internal/cache"
)

// idleTimeout is how long an unused cache entry lives.
var idleTimeout = 30 * time.Second

func startJanitor(c *cache.Cache) {
	go func() {
		for range time.Tick(idleTimeout) {
			c.EvictOlderThan(idleTimeout)
		}
	}()
}

func main() {
	c := cache.New()
	startJanitor(c)

	// HTTP keep-alive: above the ALB's 60 s.
	idleTimeout := 90 * time.Second
	srv := &http.Server{
		Addr:        ":8080",
		Handler:     routes(c),
		ReadTimeout: 15 * time.Second,
		IdleTimeout: idleTimeout,
	}
	log.Fatal(srv.ListenAndServe())
}
