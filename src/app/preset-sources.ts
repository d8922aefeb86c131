import type { SourceFile } from '../core/parsers/types';

/**
 * The configuration snippets of the article the product starts from (shared/seed), as files.
 * Preset values cite their lines here, so every origin the app shows points at text that exists.
 */
export const ARTICLE_SOURCES: readonly SourceFile[] = [
  {
    name: 'http_client.go',
    text: `func newHTTPClient() *http.Client {
	transport := &http.Transport{
		// Max idle connections
		MaxIdleConns:        100,
		MaxIdleConnsPerHost: 10,
		// CRITICAL: Close connection before server does
		IdleConnTimeout: 55 * time.Second, // Server: 60s
	}
	return &http.Client{Transport: transport, Timeout: 30 * time.Second}
}
`,
  },
  {
    name: 'nginx.conf',
    text: `http {
    # Keep-alive to clients
    keepalive_timeout 65s;
    # Keep-alive to upstream (backends)
    upstream backend {
        server app:8080;
        # Reuse connections to backend
        keepalive 100;
        # CRITICAL: Close before backend timeout
        keepalive_timeout 55s; # Backend: 60s
    }
    server {
        location / {
            proxy_pass http://backend;
            # Enable keep-alive to upstream
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
`,
  },
  {
    name: 'server.go',
    text: `server := &http.Server{
	Addr:    ":8080",
	Handler: handler,
	// Keep-alive timeout
	IdleTimeout: 60 * time.Second,
	// Read/Write timeouts
	ReadTimeout:  30 * time.Second,
	WriteTimeout: 30 * time.Second,
}
`,
  },
];
