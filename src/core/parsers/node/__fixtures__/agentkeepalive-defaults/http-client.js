'use strict';

const Agent = require('agentkeepalive');
const axios = require('axios');

// One pooled agent for every call to the orders service.
// (timeout: 30000 would be the active-socket timeout, not the idle one)
const keepaliveAgent = new Agent({
  maxSockets: 100,
  maxFreeSockets: 10,
});

module.exports = axios.create({
  baseURL: 'http://orders.internal:8080',
  httpAgent: keepaliveAgent,
});
