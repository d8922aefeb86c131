import { describe, expect, it } from 'vitest';
import { importFiles } from './import-files';

const MAIN_GO = `package main

import (
	"net/http"
	"time"
)

var upstream = &http.Client{
	Transport: &http.Transport{
		MaxIdleConnsPerHost: 32,
		IdleConnTimeout:     90 * time.Second,
	},
}

func main() {
	srv := &http.Server{
		Addr:        ":8080",
		IdleTimeout: 120 * time.Second,
	}
	srv.ListenAndServe()
}
`;

describe('a file that is one process', () => {
  it('becomes one node: the server side from http.Server, the client side from http.Transport', () => {
    const r = importFiles([{ name: 'main.go', text: MAIN_GO }]);
    expect(r.nodes).toHaveLength(1);
    const node = r.nodes[0];
    expect(node?.tech).toBe('go-http-server');
    expect(node?.settings['IdleTimeout']?.value).toBe(120_000);
    expect(node?.client?.tech).toBe('go-transport');
    expect(node?.client?.settings['IdleConnTimeout']?.value).toBe(90_000);
    // extract still lists each component with its own values.
    expect(r.files[0]?.extracted.map((n) => n.tech).sort()).toEqual([
      'go-http-server',
      'go-transport',
    ]);
  });

  it('keeps separate processes apart when the parser marks them', () => {
    const r = importFiles([{ name: 'x.conf', text: 'http { server { listen 80; } }' }]);
    expect(r.nodes.every((n) => n.client === undefined)).toBe(true);
  });
});
