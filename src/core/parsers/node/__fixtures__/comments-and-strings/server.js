const http = require('http');

/*
 * Tried before:
 *   server.keepAliveTimeout = 1000;
 */
const help = `
  Tune with: server.keepAliveTimeout = ${5 * 1000}
`;
const re = /server\.keepAliveTimeout = \d+/;

const server = http.createServer((req, res) => {
  console.log('keepAliveTimeout = 5000');
  res.end(help.replace(re, ''));
});

// server.keepAliveTimeout = 2000;
server.keepAliveTimeout = 90_000; // server.keepAliveTimeout = 3000
server.headersTimeout = 91_000 /* server.headersTimeout = 4000 */;
const note = "server.requestTimeout = 5";
server.listen(3000);
