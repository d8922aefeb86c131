import http from 'node:http';
import { app } from './app.js';

const server = http.createServer(app);
// 10 s is plenty for browsers
server.keepAliveTimeout = 10 * 1000;
server.listen(3000, '127.0.0.1');
