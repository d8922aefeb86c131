package api

import "time"

// Server timeouts; idleTimeout stays above the load balancer's 60 s.
const (
	idleTimeout = 75 * time.Second
)
