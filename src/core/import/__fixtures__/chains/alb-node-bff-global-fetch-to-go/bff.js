const http = require('http');

// Browser-facing BFF: proxies /api/* to the orders service with the global fetch().
const server = http.createServer(async (req, res) => {
  const upstream = await fetch(`http://orders.internal:8080${req.url}`, { method: req.method });
  res.writeHead(upstream.status, { 'content-type': 'application/json' });
  res.end(await upstream.text());
});
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(3000);
