const http = require('node:http');
const app = require('./app');

const server = http.createServer(app);
server.keepAliveTimeout = 61_000;
server.listen(3000);
