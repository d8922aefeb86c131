const http = require('http');
const server = http.createServer(require('./app'));
server.keepAliveTimeout = 65000;
server.listen(3000);
