package api

import (
	"context"
	"net/http"
	"time"
)

// Server wraps net/http with graceful shutdown.
// Note: no IdleTimeout here, so Go falls back to ReadTimeout for idle keep-alive connections.
type Server struct {
	http *http.Server
}

func New(addr string, h http.Handler) *Server {
	s := &Server{}
	s.http = &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 2 * time.Second,
		ReadTimeout:       30 * time.Second,
	}
	return s
}

func (s *Server) Shutdown(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	return s.http.Shutdown(ctx)
}
