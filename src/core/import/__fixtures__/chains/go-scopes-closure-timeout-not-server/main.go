package main

import (
	"context"
	"io"
	"log"
	"net/http"
	"time"
)

func main() {
	timeout := 30 * time.Second

	upstream := &http.Client{
		Transport: &http.Transport{
			MaxIdleConnsPerHost: 16,
			IdleConnTimeout:     90 * time.Second,
		},
		Timeout: timeout,
	}

	http.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		timeout := 2 * time.Second // per-request budget
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, r.Method, "http://backend.internal"+r.URL.Path, r.Body)
		resp, err := upstream.Do(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		_, _ = io.Copy(w, resp.Body)
	})

	srv := &http.Server{
		Addr:        ":8080",
		ReadTimeout: timeout,
		IdleTimeout: timeout * 4,
	}
	log.Fatal(srv.ListenAndServe())
}
