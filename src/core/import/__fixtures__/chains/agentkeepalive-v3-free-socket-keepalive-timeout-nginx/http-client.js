// Legacy service still on agentkeepalive 3.x.
var Agent = require('agentkeepalive');
var request = require('request');

var keepaliveAgent = new Agent({
  maxSockets: 64,
  maxFreeSockets: 16,
  timeout: 60000,
  freeSocketKeepAliveTimeout: 30000, // free socket keepalive for 30 seconds
});

module.exports = request.defaults({
  baseUrl: 'http://search-proxy.internal',
  agent: keepaliveAgent,
  forever: false,
});
