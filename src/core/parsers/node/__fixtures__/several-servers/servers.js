const http = require('node:http');
const { register } = require('prom-client');
const app = require('./app');

const publicServer = http.createServer(app);
publicServer.keepAliveTimeout = publicServer.headersTimeout = 65_000;
publicServer.listen(8080);

const metrics = http.createServer(async (req, res) => {
  res.setHeader('Content-Type', register.contentType);
  res.end(await register.metrics());
});
metrics.keepAliveTimeout = 0; // scraped every 15 s, no need to keep sockets
metrics.listen(9100);

Object.assign(publicServer, { requestTimeout: 30_000, headersTimeout: 66_000 });
