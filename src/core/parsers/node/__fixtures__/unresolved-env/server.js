const http = require('http');
const config = require('./config');

const app = require('./app');
const server = http.createServer(app);

server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT ?? 65000);
server.headersTimeout = config.http.headersTimeout;
server.requestTimeout = 120_000;

server.listen(process.env.PORT);
