package main

import (
	"net/http"
	"time"
)

func main() {
	srv := &http.Server{
		Addr:        ":8080",
		ReadTimeout: 10 * time.Second,
		IdleTimeout: 60 * time.Second,

	// the closing brace was lost while pasting
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.IdleConnTimeout = 45 * time.Second
