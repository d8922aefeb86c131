const http = require('http');
const app = require('./app');

const server = http.createServer(app);
server.keepAliveTimeout = 65 * 1000;
server.headersTimeout = 66 * 1000;
server.listen(3000, '127.0.0.1');
