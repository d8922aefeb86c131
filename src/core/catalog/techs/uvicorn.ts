import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { fallbackFrom } from './effective';
import { fractionalSeconds, wholeSeconds } from './snippet-format';

const DOC = 'https://www.uvicorn.org/settings/#timeouts';
const SRC = 'src: uvicorn e6c7ce791f';

/** uvicorn (ASGI server), alone or as gunicorn's UvicornWorker. Sends no Keep-Alive header. */
export const uvicorn: TechDef = {
  id: 'uvicorn',
  name: 'uvicorn',
  kind: 'app-server',
  versions: ['0.35.0', '0.30.0', '0.20.0'],
  defaultVersion: '0.35.0',
  sides: 'server',
  doc: DOC,
  settings: [
    {
      key: 'timeout_keep_alive',
      label: 'Seconds before closing an idle keep-alive connection',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 5000, source: `${SRC} uvicorn/main.py L276-280; config.py L214` }],
      doc: DOC,
      snippet: (v) => `--timeout-keep-alive ${fractionalSeconds(v)}`,
    },
    {
      key: 'gunicorn',
      label: "Run by gunicorn's UvicornWorker (gunicorn's keepalive then applies)",
      role: null,
      kind: 'bool',
      defaults: [{ value: false, source: `${SRC} uvicorn/workers.py L48` }],
      doc: 'https://www.uvicorn.org/deployment/#gunicorn',
      snippet: (v) =>
        v === true
          ? 'worker_class = "uvicorn.workers.UvicornWorker"  # gunicorn.conf.py'
          : 'uvicorn app:app',
    },
    {
      key: 'gunicorn.keepalive',
      label: "gunicorn's keepalive, which replaces timeout_keep_alive under UvicornWorker",
      role: null,
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 2000, source: 'src: gunicorn 65ac1a3a4c gunicorn/config.py L890-909' }],
      doc: 'https://docs.gunicorn.org/en/stable/settings.html#keepalive',
      snippet: (v) => `keepalive = ${wholeSeconds(v)}  # gunicorn.conf.py`,
    },
  ],
  resolve(r) {
    const underGunicorn = r.bool('gunicorn');
    const own = r.num('timeout_keep_alive');
    const notes: string[] = [];
    if (underGunicorn && r.isSet('timeout_keep_alive'))
      notes.push(
        "timeout_keep_alive is ignored under gunicorn's UvicornWorker: gunicorn's keepalive applies.",
      );
    const gk = r.num('gunicorn.keepalive');
    const idle = underGunicorn
      ? fallbackFrom(
          'timeout_keep_alive',
          gk,
          gk.value,
          "UvicornWorker passes gunicorn's keepalive",
        )
      : own;
    return {
      server: {
        idle,
        keepAlive: idle.value !== 0,
        ...(idle.value === 0
          ? { keepAliveNote: 'a keep-alive timeout of 0 closes right after each response' }
          : {}),
        hint: null,
        granularityMs: ms(5),
        fixKey: underGunicorn ? 'gunicorn.keepalive' : 'timeout_keep_alive',
        notes,
      },
    };
  },
};
