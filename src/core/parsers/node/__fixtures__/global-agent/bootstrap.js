import http from 'node:http';
import https from 'node:https';

// Applied once at start-up: every http.get()/https.request() without an agent uses these.
http.globalAgent.keepAlive = true;
http.globalAgent.options.timeout = 30_000;
https.globalAgent.options.timeout = 15_000;

export function ping(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => resolve(res.statusCode)).on('error', reject);
  });
}
