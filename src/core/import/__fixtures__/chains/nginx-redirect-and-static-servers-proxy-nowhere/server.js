const http = require('node:http');
const { handler } = require('./handler');

const server = http.createServer(handler);
server.keepAliveTimeout = 310_000;
server.listen(8080);
