package main

import (
	"net/http"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/", handle)
	srv := http.Server{Addr: ":9090", Handler: mux, IdleTimeout: 90 * time.Second}
	srv.ListenAndServe()
}
