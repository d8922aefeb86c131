/** How much of a file detection looks at. */
const SAMPLE = 20_000;

/** Caddyfile directives and global options (Caddy v2 docs, "Directives" and "Global options"). */
const DIRECTIVES = new Set(
  (
    'reverse_proxy file_server respond encode root tls handle handle_path handle_errors route ' +
    'redir rewrite uri header request_header php_fastcgi basicauth basic_auth templates ' +
    'try_files import log bind abort error metrics push request_body tracing vars map ' +
    'forward_auth method copy_response skip_log log_skip invoke intercept email admin ' +
    'auto_https servers acme_ca storage debug http_port https_port order grace_period ' +
    'local_certs skip_install_trust on_demand_tls transport to lb_policy health_uri timeouts ' +
    'keepalive keepalive_idle_conns keepalive_idle_conns_per_host idle read_header'
  ).split(' '),
);

const JVM_LINE =
  /^(?:package\s+[a-z_][\w.]*|import\s+(?:static\s+)?[a-z_]\w*(?:\.\w+){2,}(?:\.\*)?)$/;

const SITE = /^(?:https?:\/\/)?(?:[\w*.-]+)?(?::\d{1,5})?(?:\/\S*)?(?:,\s*\S+)*\s*\{$/;

/** Confidence 0..1 that `text` is Caddy's JSON config (`{"apps": {"http": {"servers": …}}}`). */
export function detectCaddyJson(text: string): number {
  const sample = text.slice(0, SAMPLE);
  if (!/^\s*\{\s*"/.test(sample)) return 0;
  if (/"apps"\s*:\s*\{/.test(sample) && /"servers"\s*:\s*\{/.test(sample)) return 0.95;
  return /"handler"\s*:\s*"reverse_proxy"/.test(sample) ? 0.8 : 0;
}

/**
 * Confidence 0..1 that `text` is a Caddyfile: lines of known directives and site-block headers
 * (`example.com {`, `:8080 {`) with no `;` line ends (nginx), `<Section>` tags (Apache), YAML
 * keys (`tls:` in a Kubernetes manifest), or HAProxy section keywords at the start of a line
 * without a brace.
 */
export function detectCaddyfile(text: string, fileName?: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (/^\s*\{\s*"/.test(sample)) return 0;
  let known = 0;
  let sites = 0;
  let foreign = 0;
  for (const raw of sample.split(/\r\n?|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line === '{' || line === '}') continue;
    const word = /^[a-z_]+/.exec(line)?.[0] ?? '';
    if (/;\s*(?:#.*)?$/.test(line) || line.startsWith('<')) foreign++;
    // Java/Kotlin (`package com.example`, `import org.springframework.context.annotation.Bean`):
    // a JVM import names a package path; Caddy's `import` names a snippet or a file.
    else if (JVM_LINE.test(line)) foreign++;
    // A YAML key (`tls:`, `- path: /`, `metrics:`): Caddy never puts a colon right after a word.
    else if (/^(?:-\s+)?[\w.-]+:(?:\s|$)/.test(line)) foreign++;
    else if (
      /^(?:frontend|backend|defaults|listen|global)(?:\s|$)/.test(line) &&
      !line.endsWith('{')
    )
      foreign++;
    else if (DIRECTIVES.has(word)) known++;
    else if (SITE.test(line) && /[.:]|^localhost|^\(/.test(line)) sites++;
    else if (/^\([\w.-]+\)\s*\{$/.test(line)) sites++;
  }
  const hint = /(^|[\\/])caddyfile([.-][\w.-]*)?$/i.test(fileName ?? '') ? 0.2 : 0;
  if (known + sites === 0) return hint;
  const share = (known + sites) / (known + sites + foreign);
  const evidence = Math.min(known + 2 * sites, 4) / 4;
  const strong = /^\s*(?:reverse_proxy|file_server|php_fastcgi)\b/m.test(sample) ? 0.15 : 0;
  return Math.min(0.99, share * (0.2 + 0.55 * evidence + strong) + hint);
}
