const http = require('node:http');
const https = require('node:https');
const app = require('./app');

// Tuned per environment; the values after || / ?? apply when nothing is set.
const KEEP_ALIVE_MS = parseInt(process.env.KEEP_ALIVE_MS || '75000', 10);

const server = http.createServer(app);
server.keepAliveTimeout = KEEP_ALIVE_MS;
server.headersTimeout = Number(process.env.HEADERS_TIMEOUT_MS) || KEEP_ALIVE_MS + 1000;
server.requestTimeout = process.env.REQUEST_TIMEOUT_MS ? Number(process.env.REQUEST_TIMEOUT_MS) : 120 * 1000;
server.maxRequestsPerSocket = +process.env['MAX_REQUESTS'] || 1000;
server.listen(process.env.PORT || 8080);

const upstream = new https.Agent({
  keepAlive: true,
  timeout: Number(process.env.UPSTREAM_IDLE_MS ?? 30_000),
});
module.exports = { server, upstream };
