package app

import (
	"net/http"
	"time"
)

const defaultIdle = 65 * time.Second

type App struct {
	public   *http.Server
	internal *http.Server
}

func newPublicServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:        ":443",
		Handler:     h,
		IdleTimeout: defaultIdle,
	}
}

func (a *App) Start(h http.Handler) {
	a.public = newPublicServer(h)
	a.internal = &http.Server{
		Addr:        ":8081",
		Handler:     h,
		ReadTimeout: 5 * time.Second,
	}
	a.internal.IdleTimeout = 2 * defaultIdle
	go a.internal.ListenAndServe()
	go a.public.ListenAndServeTLS("cert.pem", "key.pem")
}
