'use strict';

const axios = require('axios');
const { HttpsAgent } = require('agentkeepalive');

// Reuse TLS connections to the orders API; "longer is better" was the reasoning here.
const httpsAgent = new HttpsAgent({
  maxSockets: 100,
  maxFreeSockets: 10,
  timeout: 60000, // active socket timeout
  freeSocketTimeout: 90000, // idle (free) socket timeout
});

const orders = axios.create({
  baseURL: 'https://orders.example.com',
  httpsAgent,
  timeout: 10000,
});

async function getOrder(id) {
  const { data } = await orders.get(`/v1/orders/${id}`);
  return data;
}

module.exports = { getOrder };
