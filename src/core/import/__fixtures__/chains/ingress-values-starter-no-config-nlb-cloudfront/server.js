const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(helmet());
app.get('/api/health', (req, res) => res.json({ status: 'up' }));

const server = app.listen(8080);
// above ingress-nginx's upstream keepalive (60s by default)
server.keepAliveTimeout = 65 * 1000;
server.headersTimeout = 66 * 1000;
