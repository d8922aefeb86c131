package api

import "time"

// Server defaults. Keep idleTimeout in line with the load balancer.
const (
	writeTimeout = 20 * time.Second
	idleTimeout  = 30 * time.Second
)
