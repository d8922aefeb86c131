const http = require('http');
const app = require('./app');
const server = http.createServer(app);
server.keepAliveTimeout = 61 * 1000;
server.listen(3000);
