package clients

import (
	"net/http"
	"time"
)

// shared is one transport for every other outbound call of the package.
var shared = &http.Transport{MaxIdleConnsPerHost: 32}

func newPaymentsClient() *http.Client {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.IdleConnTimeout = 30 * time.Second
	return &http.Client{Transport: transport, Timeout: 10 * time.Second}
}

func newSearchClient() *http.Client {
	transport := &http.Transport{
		MaxIdleConnsPerHost: 64,
	}
	transport.IdleConnTimeout = 2 * time.Minute
	return &http.Client{Transport: transport}
}

func init() {
	shared.IdleConnTimeout = 45 * time.Second
}
