package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
)

func health(w http.ResponseWriter, _ *http.Request) {
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", health)

	addr := ":" + os.Getenv("PORT")
	log.Printf("listening on %s", addr)
	// http.ListenAndServe uses a zero http.Server: no idle, read or write timeouts.
	log.Fatal(http.ListenAndServe(addr, mux))
}
