const http = require('http');
const app = require('./app');

const server = http.createServer(app);
server.keepAliveTimeout = 90_000;
server.headersTimeout = 91_000;
server.listen(8080, () => console.log('orders-api on 8080'));
