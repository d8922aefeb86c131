const http = require('http');
const { createApp } = require('./src/app');

const server = http.createServer(createApp());
server.keepAliveTimeout = 65000;
server.headersTimeout = 70000;
server.listen(8080);
