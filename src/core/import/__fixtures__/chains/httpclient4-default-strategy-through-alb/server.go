package main

import (
	"log"
	"net/http"
	"time"
)

func main() {
	http.HandleFunc("/reports", reportsHandler)
	s := &http.Server{
		Addr:        ":8080",
		ReadTimeout: 20 * time.Second,
		IdleTimeout: 120 * time.Second,
	}
	log.Fatal(s.ListenAndServe())
}

func reportsHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write([]byte(`{"status":"ok"}`))
}
