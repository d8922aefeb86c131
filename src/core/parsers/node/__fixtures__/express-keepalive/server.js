'use strict';

const express = require('express');
const morgan = require('morgan');

const PORT = Number(process.env.PORT) || 3000;

const app = express();
app.use(morgan('combined'));
app.get('/healthz', (req, res) => res.send('ok'));

const server = app.listen(PORT, () => {
  console.log(`listening on ${PORT}`);
});

// The ALB in front keeps idle connections for 60s: stay above it.
server.keepAliveTimeout = 65 * 1000;
server.headersTimeout = 66 * 1000;

process.on('SIGTERM', () => server.close());
