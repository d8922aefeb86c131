// http_client.go
import (
	"net/http"
	"time"
)

func newHTTPClient() *http.Client {
	transport := &http.Transport{
		// Max idle connections
		MaxIdleConns:        100,
		MaxIdleConnsPerHost: 10,
		// CRITICAL: Close connection before server does
		IdleConnTimeout: 55 * time.Second, // Server: 60s
		// Connection timeout
		DialContext: (&net.Dialer{
			Timeout:   30 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
	}
	return &http.Client{
		Transport: transport,
		Timeout:   30 * time.Second, // Total request timeout
	}
}
