'use strict';

const express = require('express');
const { exportsRouter } = require('./routes/exports');

const PORT = process.env.PORT || 3000;
const app = express();
app.get('/healthz', (_req, res) => res.send('ok'));
app.use('/exports', exportsRouter);

const server = app.listen(PORT, () => console.log(`reports listening on ${PORT}`));
// ALB idle timeout was 60 s when this was written: stay above it
server.keepAliveTimeout = 120 * 1000;
server.headersTimeout = 121 * 1000;
