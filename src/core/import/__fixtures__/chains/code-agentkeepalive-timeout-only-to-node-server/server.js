'use strict';

const http = require('http');
const { handler } = require('./routes');

const server = http.createServer(handler);
server.keepAliveTimeout = 20000;
server.headersTimeout = 25000;
server.requestTimeout = 60000;
server.listen(3000);
