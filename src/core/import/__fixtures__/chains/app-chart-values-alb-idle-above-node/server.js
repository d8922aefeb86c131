const express = require('express');
const { reportsRouter } = require('./routes/reports');

const app = express();
app.use('/reports', reportsRouter);

const server = app.listen(3000);
server.keepAliveTimeout = 65 * 1000;
server.headersTimeout = 66 * 1000;
