// Package pricing is the HTTP client for the pricing service.
package pricing

import (
	"net"
	"net/http"
	"time"
)

// ClientConfig is filled by the caller from the service's YAML config.
type ClientConfig struct {
	BaseURL         string
	RequestTimeout  time.Duration
	IdleConnTimeout time.Duration
	MaxIdlePerHost  int
}

// NewClient builds the pooled client used for every call to pricing.
func NewClient(cfg ClientConfig) *http.Client {
	transport := &http.Transport{
		DialContext: (&net.Dialer{
			Timeout:   3 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		MaxIdleConns:        100,
		MaxIdleConnsPerHost: cfg.MaxIdlePerHost,
		IdleConnTimeout:     cfg.IdleConnTimeout,
	}
	return &http.Client{Transport: transport, Timeout: cfg.RequestTimeout}
}
