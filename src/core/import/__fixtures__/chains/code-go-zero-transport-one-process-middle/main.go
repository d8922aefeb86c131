// Command thumbs resizes images fetched from the media origin.
package main

import (
	"io"
	"log"
	"net/http"
	"time"
)

var origin = &http.Client{
	Transport: &http.Transport{
		MaxIdleConnsPerHost: 32,
		DisableCompression:  true,
	},
	Timeout: 20 * time.Second,
}

func main() {
	http.HandleFunc("/thumb/", thumbHandler)
	srv := &http.Server{
		Addr:         ":8080",
		ReadTimeout:  90 * time.Second,
		WriteTimeout: 90 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}

func thumbHandler(w http.ResponseWriter, r *http.Request) {
	resp, err := origin.Get("http://media-origin" + r.URL.Path[len("/thumb"):])
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	_, _ = io.Copy(w, resize(resp.Body))
}
