const http = require('http');
const { createProxyMiddleware } = require('http-proxy-middleware');
const express = require('express');

const upstreamAgent = new http.Agent({ keepAlive: true, timeout: 4_000 });

const app = express();
app.use('/api', createProxyMiddleware({ target: 'http://api:3000', agent: upstreamAgent }));

const server = http.createServer(app);
server.keepAliveTimeout = 65 * 1000;
server.headersTimeout = 66 * 1000;
server.listen(8080);
