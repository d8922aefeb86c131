// server.go
server := &http.Server{
Addr: ":8080",
Handler: handler,
// Keep-alive timeout
IdleTimeout: 60 * time.Second,
// Read/Write timeouts
ReadTimeout: 30 * time.Second,
WriteTimeout: 30 * time.Second,
}
