const http = require('http');
const app = require('./app');

const server = http.createServer(app);
server.keepAliveTimeout = 30000;
server.headersTimeout = 31000;
server.listen(process.env.PORT || 8080);
