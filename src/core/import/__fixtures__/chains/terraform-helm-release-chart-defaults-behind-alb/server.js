const fastify = require('fastify')({ logger: true });

fastify.get('/healthz', async () => ({ ok: true }));

fastify.listen({ port: 3000, host: '0.0.0.0' }).then(() => {
  // keep-alive above ingress-nginx's upstream pool (60 s)
  fastify.server.keepAliveTimeout = 65000;
});
