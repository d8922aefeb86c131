'use strict';

const express = require('express');
const helmet = require('helmet');
const { router } = require('./routes');

const PORT = process.env.PORT || 3000;
const app = express();

app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.use('/v1', router);

const server = app.listen(PORT, () => {
  console.log(`api listening on ${PORT}`);
});

// nginx keeps upstream connections for 60s (its upstream keepalive_timeout default):
// stay open longer than that.
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000; // must be above keepAliveTimeout

process.on('SIGTERM', () => server.close(() => process.exit(0)));
