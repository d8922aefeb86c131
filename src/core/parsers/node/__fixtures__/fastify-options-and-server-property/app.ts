import Fastify, { type FastifyInstance } from 'fastify';
import { healthRoutes } from './health';

const KEEP_ALIVE_MS = 65_000;

export async function start(): Promise<FastifyInstance> {
  const api = Fastify({
    logger: true,
    keepAliveTimeout: KEEP_ALIVE_MS,
    requestTimeout: 30_000,
    maxRequestsPerSocket: 500,
  });
  await api.register(healthRoutes);
  // The ALB in front idles out after 60 s; keep ours a little longer.
  api.server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  await api.listen({ port: 8080, host: '0.0.0.0' });
  return api;
}
