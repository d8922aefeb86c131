const http = require('node:http');
const { handler } = require('./handler');

const server = http.createServer(handler);
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(8080);
