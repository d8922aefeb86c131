package main

import (
	"net/http"
	"time"
)

func main() {
	srv := &http.Server{Addr: ":8080", Handler: router(), IdleTimeout: 60 * time.Second}
	srv.ListenAndServe()
}
