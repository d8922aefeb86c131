package api

import (
	"net/http"
	"time"
)

// API owns its HTTP server; New builds it, Run tunes and starts it.
type API struct {
	srv    *http.Server
	logger Logger
}

func New(handler http.Handler, logger Logger) *API {
	return &API{
		logger: logger,
		srv: &http.Server{
			Addr:         ":8080",
			Handler:      handler,
			ReadTimeout:  10 * time.Second,
			WriteTimeout: 30 * time.Second,
		},
	}
}

func (a *API) Run() error {
	a.srv.IdleTimeout = 75 * time.Second
	a.logger.Info("listening", "addr", a.srv.Addr)
	return a.srv.ListenAndServe()
}
