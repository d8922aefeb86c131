package main

import (
	"net/http"
	"time"
)

func init() {
	// Everyone in this binary uses http.DefaultClient; tune the shared transport once.
	http.DefaultTransport.(*http.Transport).IdleConnTimeout = 30 * time.Second
	http.DefaultTransport.(*http.Transport).MaxIdleConnsPerHost = 32
}

func fetch(url string) (*http.Response, error) {
	return http.DefaultClient.Get(url)
}
