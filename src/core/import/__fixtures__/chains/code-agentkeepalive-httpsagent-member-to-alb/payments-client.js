'use strict';

const Agent = require('agentkeepalive');
const fetch = require('node-fetch');

const httpsAgent = new Agent.HttpsAgent({
  maxSockets: 50,
  maxFreeSockets: 10,
  timeout: 120_000, // slow settlement calls
  freeSocketTimeout: 30_000,
});

async function settle(batchId) {
  const res = await fetch(`https://payments.example.com/v2/settlements/${batchId}`, {
    method: 'POST',
    agent: httpsAgent,
    headers: { 'content-type': 'application/json' },
  });
  if (!res.ok) throw new Error(`settlement failed: ${res.status}`);
  return res.json();
}

module.exports = { settle };
