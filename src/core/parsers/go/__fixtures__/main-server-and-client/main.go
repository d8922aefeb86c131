package main

import (
	"net/http"
	"net/http/httputil"
	"net/url"
	"time"
)

func main() {
	backend, _ := url.Parse("http://orders:8080")
	proxy := httputil.NewSingleHostReverseProxy(backend)
	proxy.Transport = &http.Transport{
		IdleConnTimeout:     50 * time.Second,
		MaxIdleConnsPerHost: 100,
	}

	srv := &http.Server{
		Addr:        ":80",
		Handler:     proxy,
		IdleTimeout: 120 * time.Second,
	}
	srv.ListenAndServe()
}
