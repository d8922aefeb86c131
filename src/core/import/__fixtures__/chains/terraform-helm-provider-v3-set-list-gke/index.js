const http = require('node:http');
const app = require('./app');

const server = http.createServer(app);
server.keepAliveTimeout = 30 * 1000;
server.headersTimeout = 35 * 1000;
server.listen(process.env.PORT || 8080);
