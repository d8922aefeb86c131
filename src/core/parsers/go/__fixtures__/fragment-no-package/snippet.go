	// pasted from our service's main(): no package, no imports
	srv := &http.Server{
		Addr:    addr,
		Handler: router,
	}
	srv.ReadTimeout = 20 * time.Second
	srv.IdleTimeout = 2 * time.Minute
	go srv.ListenAndServe()
