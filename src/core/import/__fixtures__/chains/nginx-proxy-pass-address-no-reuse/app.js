const http = require('http');
const next = require('next');

const dev = process.env.NODE_ENV !== 'production';
const app = next({ dev });
const handle = app.getRequestHandler();

app.prepare().then(() => {
  const server = http.createServer((req, res) => handle(req, res));
  server.listen(3000, '127.0.0.1', () => {
    console.log('> Ready on http://127.0.0.1:3000');
  });
});
