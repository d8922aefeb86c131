const http = require('http');
const https = require('https');
const axios = require('axios');

// Keep-alive on, but no `timeout`: idle sockets stay in the pool forever
// and Node ignores the server's Keep-Alive hint without one.
const internalAgent = new http.Agent({ keepAlive: true, maxSockets: 50 });

const api = axios.create({
  baseURL: 'https://payments.internal',
  httpsAgent: new https.Agent({
    keepAlive: true,
    timeout: 4_000,
    maxSockets: 100,
  }),
});

module.exports = { internalAgent, api };
