package main

import (
	"log"
	"net/http"
	"time"

	"example.com/ledger/api"
)

func main() {
	srv := &http.Server{
		Addr:         ":8443",
		Handler:      api.NewRouter(),
		ReadTimeout:  15 * time.Second,
		WriteTimeout: 30 * time.Second,
		IdleTimeout:  12 * time.Minute,
	}
	log.Fatal(srv.ListenAndServeTLS("/etc/ledger/tls.crt", "/etc/ledger/tls.key"))
}
