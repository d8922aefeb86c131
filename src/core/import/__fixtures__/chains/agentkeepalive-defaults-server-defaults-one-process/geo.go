package main

import (
	"log"
	"net/http"
	"time"
)

func main() {
	s := &http.Server{Addr: ":8080", Handler: geoHandler(), IdleTimeout: 2 * time.Minute}
	log.Fatal(s.ListenAndServe())
}
