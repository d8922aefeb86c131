const http = require('http');
const Agent = require('agentkeepalive');

const keepaliveAgent = new Agent({
  maxSockets: 50,
  maxFreeSockets: 10,
});

function getUser(id) {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: 'users-svc', port: 8000, path: `/users/${id}`, agent: keepaliveAgent },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(JSON.parse(body)));
      },
    );
    req.on('error', reject);
  });
}

module.exports = { getUser };
