const http = require('node:http');
const { router } = require('./router');

const server = http.createServer(router);
server.keepAliveTimeout = 65_000;
server.listen(3000);
