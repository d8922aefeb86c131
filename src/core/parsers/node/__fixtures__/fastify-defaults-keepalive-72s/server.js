'use strict';

const registerRoutes = require('./routes');

// Nothing tuned here: Fastify's own server defaults apply.
const app = require('fastify')({ logger: { level: 'info' }, trustProxy: true });

registerRoutes(app);

app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' }, (err) => {
  if (err) {
    app.log.error(err);
    process.exit(1);
  }
});
