import http from 'node:http';
import { handler } from './build/handler.js';

const server = http.createServer(handler);

server.keepAliveTimeout = 65_000; // above the 60 s ALB default
server.headersTimeout = 66_000;

server.listen(Number(process.env.PORT ?? 3000));
