/**
 * nginx servers for the probe lab: any http-level keep-alive directives, optionally TLS with a
 * self-signed certificate made by `openssl` for the run. Started and stopped like the race lab's
 * servers (lab/servers.ts: own process group, temp dir, watchdog).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort, makeDir, nginxTempPaths, startNginxChild, type LabServer } from './servers';

export const OPENSSL_BIN = process.env['OPENSSL_BIN'] ?? '/usr/bin/openssl';

export interface ProbeNginx extends LabServer {
  /** The nginx.conf it runs, for `probe --expect`. */
  conf: string;
  url: string;
}

/**
 * A self-signed P-256 certificate for localhost, valid one day, in `dir`. Asynchronous: a
 * blocking spawn would stall the event loop under the probes that run beside it.
 */
async function makeCertificate(dir: string): Promise<{ cert: string; key: string }> {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  await promisify(execFile)(
    OPENSSL_BIN,
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
    ],
    { timeout: 10_000 },
  );
  return { cert, key };
}

/** nginx answering 200 "ok" with `directives` at http level (keepalive_timeout, …). */
export async function startProbeNginx(directives: string, tls = false): Promise<ProbeNginx> {
  const dir = makeDir('probe-nginx');
  const port = await findFreePort();
  const pem = tls ? await makeCertificate(dir) : null;
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
events { worker_connections 64; }
http {
${nginxTempPaths(dir)}
  ${directives}
  server {
    listen 127.0.0.1:${port}${pem ? ' ssl' : ''};
${pem ? `    ssl_certificate ${pem.cert};\n    ssl_certificate_key ${pem.key};\n` : ''}    location / { return 200 "ok\\n"; }
  }
}
`,
  );
  const server = await startNginxChild(conf, port, dir);
  return { ...server, conf, url: `${pem ? 'https' : 'http'}://127.0.0.1:${port}/` };
}
