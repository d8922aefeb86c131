const Agent = require('agentkeepalive');
const fetch = require('node-fetch');

// The ledger closes connections aggressively; do not pool (one connection per request).
const agent = new Agent({ keepAlive: false, maxSockets: 20 });

async function postEntry(entry) {
  const res = await fetch('http://ledger.internal:8000/entries', {
    method: 'POST',
    body: JSON.stringify(entry),
    headers: { 'content-type': 'application/json' },
    agent,
  });
  return res.json();
}

module.exports = { postEntry };
