const https = require('https');

const agentOptions = {
  keepAlive: true,
  timeout: 55_000,
  maxFreeSockets: 10,
};

const shared = new https.Agent(agentOptions);

function makeAgent(opts) {
  return new https.Agent(opts);
}

module.exports = { shared, makeAgent };
