/**
 * Caddy and Apache httpd for the lab, from the OS packages, like nginx and HAProxy in servers.ts:
 * 127.0.0.1 on a free port, their own temp dir (config, pid, logs, Caddy's data and config
 * homes), in the foreground in a process group of their own, stopped by process group.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort, makeDir, startChild, type LabServer } from './servers';

export const CADDY_BIN = process.env['CADDY_BIN'] ?? '/usr/bin/caddy';
export const APACHE_BIN = process.env['APACHE_BIN'] ?? '/usr/sbin/apache2';
const APACHE_MODULES = process.env['APACHE_MODULES'] ?? '/usr/lib/apache2/modules';

/** Caddy with `servers { timeouts { idle <n>ms } }`, answering 200 "ok"; no admin endpoint, no HTTPS. */
export async function startCaddy(idleMs: number): Promise<LabServer> {
  const dir = makeDir('caddy');
  const port = await findFreePort();
  const conf = join(dir, 'Caddyfile');
  writeFileSync(
    conf,
    `{
	admin off
	auto_https off
	storage file_system ${dir}/data
	servers {
		timeouts {
			idle ${idleMs}ms
		}
	}
}

http://127.0.0.1:${port} {
	bind 127.0.0.1
	respond "ok" 200
}
`,
  );
  const env = { XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, HOME: dir };
  return startChild(
    'caddy',
    CADDY_BIN,
    ['run', '--config', conf, '--adapter', 'caddyfile'],
    port,
    dir,
    env,
  );
}

/** Apache httpd (event MPM, one process with -X) with `KeepAliveTimeout <n>ms`, answering 200 "ok". */
export async function startApache(keepaliveMs: number): Promise<LabServer> {
  const dir = makeDir('apache');
  const port = await findFreePort();
  const conf = join(dir, 'httpd.conf');
  writeFileSync(join(dir, 'ok'), 'ok');
  writeFileSync(
    conf,
    `ServerRoot "${dir}"
LoadModule mpm_event_module ${APACHE_MODULES}/mod_mpm_event.so
LoadModule authz_core_module ${APACHE_MODULES}/mod_authz_core.so
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
Mutex file:${dir} default
DefaultRuntimeDir ${dir}
DocumentRoot "${dir}"
ServerLimit 1
ThreadLimit 256
ThreadsPerChild 200
MaxRequestWorkers 200
KeepAlive On
KeepAliveTimeout ${keepaliveMs}ms
MaxKeepAliveRequests 0
<Directory "${dir}">
    Require all granted
</Directory>
`,
  );
  return startChild('apache', APACHE_BIN, ['-X', '-DFOREGROUND', '-f', conf], port, dir);
}

/** `caddy version` (v2.6.2 …) or `apache2 -v` (Apache/2.4.62) as a version number, or null. */
export function readVersion(path: string, args: string[]): string | null {
  const r = spawnSync(path, args, { encoding: 'utf8', timeout: 5000 });
  const m = /(?:^v?|Apache\/)(\d+(?:\.\d+)+)/m.exec(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  return m?.[1] ?? null;
}
