const http = require('node:http');
const server = http.createServer(require('./app'));
server.keepAliveTimeout = 65_000;
server.listen(8080);
