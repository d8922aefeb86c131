'use strict';

const { HttpsAgent } = require('agentkeepalive');
const got = require('got');

const agentOptions = {
  maxSockets: 32,
  maxFreeSockets: 8,
  freeSocketTimeout: 15000,
};

const client = got.extend({
  prefixUrl: 'https://search.internal',
  agent: { https: new HttpsAgent(agentOptions) },
  retry: { limit: 0 },
});

module.exports = client;
