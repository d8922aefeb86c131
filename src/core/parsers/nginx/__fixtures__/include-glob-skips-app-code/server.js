const http = require('http');
const server = http.createServer(require('./app'));
server.keepAliveTimeout = 61 * 1000;
server.listen(3000);
