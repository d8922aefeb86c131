'use strict';

const http = require('http');
const Agent = require('agentkeepalive');
const { createProxy } = require('./proxy');

// Pooled connections to the orders service.
const ordersAgent = new Agent({
  maxSockets: 100,
  maxFreeSockets: 10,
  timeout: 60000, // active socket keepalive for 60 seconds
  freeSocketTimeout: 30000, // free socket keepalive for 30 seconds
});

const server = http.createServer(createProxy({ target: 'http://orders:8080', agent: ordersAgent }));

// Outlive the ALB (60 s) so the ALB always closes first.
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;

server.listen(process.env.PORT || 3000);
