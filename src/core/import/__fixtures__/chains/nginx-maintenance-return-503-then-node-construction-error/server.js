const http = require('node:http');
const server = http.createServer(require('./app'));
server.keepAliveTimeout = 70_000;
server.listen(3000);
