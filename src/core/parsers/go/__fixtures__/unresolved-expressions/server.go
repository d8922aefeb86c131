package server

import (
	"flag"
	"net/http"
	"time"

	"example.com/app/config"
)

var idleFlag = flag.Duration("idle-timeout", 90*time.Second, "idle keep-alive timeout")

func Run(cfg config.HTTP) error {
	srv := &http.Server{
		Addr:         cfg.Addr,
		ReadTimeout:  time.Duration(cfg.ReadTimeoutSeconds) * time.Second,
		WriteTimeout: 30 * time.Second,
		IdleTimeout:  *idleFlag,
	}
	tr := &http.Transport{
		IdleConnTimeout:   cfg.UpstreamIdle,
		DisableKeepAlives: cfg.NoKeepAlive,
	}
	_ = tr
	return srv.ListenAndServe()
}
