const http = require('http');
const { createApp } = require('./app');

const server = http.createServer(createApp());
// Must outlive the ALB's idle timeout; override per environment if the ALB changes.
server.keepAliveTimeout = parseInt(process.env.HTTP_KEEPALIVE_MS || '70000', 10);
server.headersTimeout = server.keepAliveTimeout + 1000;
server.listen(process.env.PORT || 8080);
