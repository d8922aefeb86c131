package web

import (
	"net/http"
	"time"
)

type Server struct {
	httpServer *http.Server
}

func NewServer(mux *http.ServeMux) *Server {
	return &Server{
		httpServer: &http.Server{
			Addr:              ":8000",
			Handler:           mux,
			ReadHeaderTimeout: 5 * time.Second,
			ReadTimeout:       20 * time.Second,
		},
	}
}

// Start keeps idle connections longer than the ALB in front (60 s).
func (s *Server) Start() error {
	s.httpServer.IdleTimeout = 2 * time.Minute
	return s.httpServer.ListenAndServe()
}
