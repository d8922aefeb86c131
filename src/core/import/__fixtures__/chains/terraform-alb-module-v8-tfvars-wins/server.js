const express = require('express');
const routes = require('./routes');

const app = express();
app.use(express.json());
app.use(routes);

const server = app.listen(3000);
// keep idle connections longer than the ALB does
server.keepAliveTimeout = 35_000;
server.headersTimeout = 36_000;
