const http = require('node:http');
const Agent = require('agentkeepalive');

const upstream = new Agent();

const server = http.createServer((req, res) => {
  const proxied = http.request(
    { host: 'geo.internal', port: 8080, path: req.url, method: req.method, agent: upstream },
    (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    },
  );
  req.pipe(proxied);
});

server.listen(3000);
