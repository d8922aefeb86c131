// Command checkout serves the storefront API and calls the payments service.
package main

import (
	"log"
	"net"
	"net/http"
	"time"
)

var paymentsClient *http.Client

func main() {
	transport := &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   5 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		MaxIdleConns:        200,
		MaxIdleConnsPerHost: 50,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 5 * time.Second,
	}
	paymentsClient = &http.Client{Transport: transport, Timeout: 15 * time.Second}

	mux := http.NewServeMux()
	mux.HandleFunc("/checkout", handleCheckout)

	server := &http.Server{
		Addr:              ":8080",
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       75 * time.Second,
	}
	log.Fatal(server.ListenAndServe())
}

func handleCheckout(w http.ResponseWriter, r *http.Request) {
	resp, err := paymentsClient.Post("http://payments:8080/charge", "application/json", r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
