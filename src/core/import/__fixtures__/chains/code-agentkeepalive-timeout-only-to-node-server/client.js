'use strict';

const http = require('http');
const Agent = require('agentkeepalive');

// Working sockets that stall for 30 s are killed; pool up to 64 per host.
const agent = new Agent({
  maxSockets: 64,
  maxFreeSockets: 16,
  timeout: 30000,
});

function fetchProfile(userId) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: 'profiles', port: 3000, path: `/v1/profiles/${userId}`, method: 'GET', agent },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

module.exports = { fetchProfile };
