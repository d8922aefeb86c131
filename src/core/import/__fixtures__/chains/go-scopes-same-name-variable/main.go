package main

import (
	"log"
	"net/http"
	"time"

	"example.com/search/internal/stats"
)

func newServer(h http.Handler) *http.Server {
	s := &http.Server{Addr: ":8080", Handler: h}
	s.ReadTimeout = 15 * time.Second
	s.WriteTimeout = 15 * time.Second
	return s
}

func newCollector() *stats.Collector {
	s := stats.NewCollector("search")
	s.IdleTimeout = 5 * time.Minute
	s.FlushInterval = 10 * time.Second
	return s
}

func main() {
	c := newCollector()
	defer c.Close()
	log.Fatal(newServer(routes(c)).ListenAndServe())
}
