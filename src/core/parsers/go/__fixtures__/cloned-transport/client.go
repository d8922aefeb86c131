package main

import (
	"io"
	"log"
	"net/http"
	"time"
)

func main() {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 100
	t.MaxIdleConnsPerHost = 100
	t.IdleConnTimeout = 55 * time.Second

	client := &http.Client{Transport: t, Timeout: 10 * time.Second}
	resp, err := client.Get("http://backend:8080/health")
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
}
