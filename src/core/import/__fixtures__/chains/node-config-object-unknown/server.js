const { createServer } = require('node:http');
const { config } = require('./config');
const { app } = require('./app');

const server = createServer(app);
server.keepAliveTimeout = config.http.keepAliveTimeoutMs;
server.headersTimeout = config.http.keepAliveTimeoutMs + 1000;

server.listen(config.http.port, () => {
  console.log(`listening on ${config.http.port}`);
});
