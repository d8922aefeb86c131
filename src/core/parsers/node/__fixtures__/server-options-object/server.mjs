import http from 'node:http';
import { settings } from './settings.mjs';
import app from './app.mjs';

const serverOptions = {
  keepAliveTimeout: 61_000,
  headersTimeout: 62_000,
};

export const publicServer = http.createServer(serverOptions, app);

// The admin listener takes its options from the settings module (not pasted).
export const adminServer = http.createServer(settings.admin, app);
