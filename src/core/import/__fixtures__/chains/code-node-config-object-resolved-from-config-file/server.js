'use strict';

const http = require('node:http');
const config = require('./config');
const app = require('./app');

const server = http.createServer(app);

// Must outlive the ALB idle timeout (60 s), see runbook "502 after deploy".
server.keepAliveTimeout = config.http.keepAliveTimeout;
server.headersTimeout = config.http.keepAliveTimeout + 5000;

server.listen(config.http.port, () => {
  console.log(`accounts listening on :${config.http.port}`);
});
