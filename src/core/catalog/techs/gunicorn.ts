import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { wholeSeconds } from './snippet-format';

const DOC = 'https://docs.gunicorn.org/en/stable/settings.html';
const CONFIG = 'src: gunicorn 65ac1a3a4c gunicorn/config.py';

type WorkerFamily = 'sync' | 'gthread' | 'uvicorn' | 'async';

/** Classifies a worker_class value (short name or dotted path); sync with threads > 1 runs gthread. */
export function classifyGunicornWorker(workerClass: string, threads: number): WorkerFamily {
  const w = workerClass.trim().toLowerCase();
  if (w.includes('uvicorn')) return 'uvicorn';
  if (w === 'gthread' || w.endsWith('threadworker')) return 'gthread';
  if (w === 'sync' || w.endsWith('syncworker') || w === '') return threads > 1 ? 'gthread' : 'sync';
  return 'async';
}

/** gunicorn (Python WSGI/ASGI process manager). Sends no Keep-Alive header. */
export const gunicorn: TechDef = {
  id: 'gunicorn',
  name: 'gunicorn',
  kind: 'app-server',
  versions: ['26.1.0', '23.0.0', '22.0.0', '21.2.0', '20.1.0'],
  defaultVersion: '26.1.0',
  sides: 'server',
  doc: DOC,
  settings: [
    {
      key: 'keepalive',
      label:
        'Seconds to wait for the next request on a keep-alive connection (not used by the sync worker)',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 2000, source: `${CONFIG} L890-909` }],
      doc: `${DOC}#keepalive`,
      snippet: (v) =>
        `keepalive = ${wholeSeconds(v)}  # gunicorn.conf.py (or --keep-alive ${wholeSeconds(v)})`,
    },
    {
      key: 'worker_class',
      label:
        'Worker type: sync (no keep-alive), gthread, gevent, eventlet, uvicorn.workers.UvicornWorker…',
      role: null,
      kind: 'text',
      defaults: [{ value: 'sync', source: `${CONFIG} (worker_class)` }],
      doc: `${DOC}#worker-class`,
      snippet: (v) => `worker_class = "${String(v)}"  # gunicorn.conf.py`,
    },
    {
      key: 'threads',
      label: 'Threads per worker (> 1 with the sync worker means gthread)',
      role: null,
      kind: 'count',
      defaults: [{ value: 1, source: `${CONFIG} (threads)` }],
      doc: `${DOC}#threads`,
      snippet: (v) => `threads = ${String(v ?? 1)}  # gunicorn.conf.py`,
    },
  ],
  resolve(r) {
    const idle = r.num('keepalive');
    const family = classifyGunicornWorker(r.str('worker_class'), r.num('threads').value ?? 1);
    const offReason =
      family === 'sync'
        ? 'the sync worker closes the connection after every response (no keep-alive)'
        : idle.value === 0
          ? 'keepalive = 0 makes gunicorn close after every response'
          : undefined;
    const notes: string[] = [];
    if (family === 'uvicorn')
      notes.push(
        "Under UvicornWorker, uvicorn's timeout_keep_alive is replaced by gunicorn's keepalive.",
      );
    return {
      server: {
        idle,
        keepAlive: offReason === undefined,
        ...(offReason ? { keepAliveNote: offReason } : {}),
        hint: null,
        // gthread closes expired keep-alive connections after each 1 s poll (workers/gthread.py).
        granularityMs: ms(family === 'gthread' ? 1000 : 5),
        fixKey: 'keepalive',
        notes,
      },
    };
  },
};
