package main

import (
	"log"
	"net/http"
	"time"
)

/*
Old settings, kept for reference:
	srv.IdleTimeout = 5 * time.Second
	tr := &http.Transport{IdleConnTimeout: time.Second}
*/

const usage = `
Tuning:
  srv.IdleTimeout = 30 * time.Second   // example only
`

func main() {
	srv := &http.Server{Addr: ":8080"}
	// srv.IdleTimeout = time.Second
	srv.IdleTimeout = 75 * time.Second // must stay above the ALB's 60s

	log.Printf("IdleTimeout: %v", srv.IdleTimeout)
	log.Println("set srv.ReadTimeout = 1 * time.Second to fail fast", usage)
	var r rune = '"'
	_ = r
	srv.WriteTimeout = 15 * time.Second /* srv.WriteTimeout = 1 */

	log.Fatal(srv.ListenAndServe())
}
