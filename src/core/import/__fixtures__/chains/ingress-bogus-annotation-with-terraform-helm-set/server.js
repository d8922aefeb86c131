const http = require('http');
const { handler } = require('./search');

const server = http.createServer(handler);
server.keepAliveTimeout = 120000;
server.listen(9200);
