const http = require('http');
const { app } = require('./dist/app');

const server = http.createServer(app);
server.keepAliveTimeout = 35 * 1000;
server.headersTimeout = 36 * 1000;
server.listen(8080);
