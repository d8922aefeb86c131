import http from 'node:http';
import { readFile } from 'node:fs/promises';

const page = await readFile(new URL('./index.html', import.meta.url));

const server = http.createServer(
  {
    keepAliveTimeout: 75_000,
    headersTimeout: 76_000,
    requestTimeout: 0,
  },
  (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page);
  },
);

server.maxRequestsPerSocket = 1000;
server.listen(8080);
