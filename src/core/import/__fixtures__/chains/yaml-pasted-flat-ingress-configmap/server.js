const express = require('express');
const app = express();
app.get('/healthz', (_req, res) => res.send('ok'));
const server = app.listen(3000);
server.keepAliveTimeout = 65 * 1000;
server.headersTimeout = 66 * 1000;
