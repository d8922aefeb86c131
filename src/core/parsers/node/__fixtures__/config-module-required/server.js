'use strict';

const http = require('http');
const config = require('./config');
const app = require('./app');

const server = http.createServer(app);
// Longer than the load balancer's idle timeout.
server.keepAliveTimeout = config.server.keepAliveTimeout;
server.headersTimeout = config.server.keepAliveTimeout + 1000;

server.listen(config.server.port);
