'use strict';

// BFF: serves the web app's API and forwards /inventory calls to the Go inventory service.
const http = require('node:http');

const inventoryAgent = new http.Agent({
  keepAlive: true,
  timeout: 30000,
  maxSockets: 100,
});

const server = http.createServer((req, res) => {
  if (!req.url.startsWith('/inventory/')) {
    res.writeHead(404).end();
    return;
  }
  const upstream = http.request(
    {
      host: 'inventory',
      port: 8080,
      path: req.url,
      method: req.method,
      headers: req.headers,
      agent: inventoryAgent,
    },
    (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});

server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;
server.listen(3000);
