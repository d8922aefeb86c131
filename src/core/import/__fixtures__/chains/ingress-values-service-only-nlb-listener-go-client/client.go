package upstream

import (
	"net/http"
	"time"
)

// Shared client for calls to the public API through the ingress.
var Client = &http.Client{
	Timeout: 20 * time.Second,
	Transport: &http.Transport{
		MaxIdleConnsPerHost: 32,
		IdleConnTimeout:     90 * time.Second,
	},
}
