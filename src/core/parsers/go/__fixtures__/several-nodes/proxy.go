package main

import (
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
	"time"
)

// A small reverse proxy: it is a server towards its clients and a client towards the backend.
func main() {
	backend, err := url.Parse("http://app:3000")
	if err != nil {
		log.Fatal(err)
	}

	proxy := httputil.NewSingleHostReverseProxy(backend)
	proxy.Transport = &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		MaxIdleConnsPerHost: 64,
		IdleConnTimeout:     50 * time.Second,
		DisableKeepAlives:   false,
	}

	srv := &http.Server{
		Addr:        ":8080",
		Handler:     proxy,
		ReadTimeout: 30 * time.Second,
		IdleTimeout: 90 * time.Second,
	}

	health := &http.Client{Timeout: 2 * time.Second}
	go func() {
		for range time.Tick(30 * time.Second) {
			if _, err := health.Get("http://app:3000/healthz"); err != nil {
				log.Println(err)
			}
		}
	}()

	log.Fatal(srv.ListenAndServe())
}
