'use strict';

const fastify = require('fastify');
const { registerOrders } = require('./orders');

const app = fastify({ logger: true, bodyLimit: 2 * 1024 * 1024 });
registerOrders(app);

const port = Number(process.env.PORT) || 8080;
app.listen({ port, host: '0.0.0.0' }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});
