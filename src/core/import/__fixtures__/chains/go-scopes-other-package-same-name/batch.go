package worker

import "time"

// Limits for the background job runner.
const (
	idleTimeout = 10 * time.Second
	maxRetries  = 5
)
