package main

import (
	"encoding/json"
	"log"
	"net/http"
)

type status struct {
	OK bool `json:"ok"`
}

// poll uses the package-level helpers, so the shared http.DefaultTransport (IdleConnTimeout 90s).
func poll(url string) (bool, error) {
	resp, err := http.Get(url)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	var s status
	err = json.NewDecoder(resp.Body).Decode(&s)
	return s.OK, err
}

func main() {
	ok, err := poll("http://localhost:8080/status")
	log.Println(ok, err, http.DefaultClient.Timeout)
}
