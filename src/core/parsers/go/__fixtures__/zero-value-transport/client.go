package upstream

import (
	"net"
	"net/http"
	"time"
)

// NewClient builds the client used to call the billing service.
// Trap: a zero-value Transport has no idle limit (IdleConnTimeout 0), unlike DefaultTransport (90s).
func NewClient() *http.Client {
	tr := &http.Transport{
		DialContext: (&net.Dialer{
			Timeout:   5 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		MaxIdleConns:        200,
		MaxIdleConnsPerHost: 50,
		TLSHandshakeTimeout: 10 * time.Second,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   20 * time.Second,
	}
}
