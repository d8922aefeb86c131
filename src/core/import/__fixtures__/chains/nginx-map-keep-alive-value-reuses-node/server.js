import http from 'node:http';
import { handler } from './build/handler.js';

const server = http.createServer(handler);
server.listen(3000, '127.0.0.1');
