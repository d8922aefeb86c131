import type { EnvValue } from '../../source/env-values';
import type { NginxSpanDiagnostic } from './diagnostics';
import type { NginxDirective } from './tree';

/*
 * The official nginx image writes /etc/nginx/templates/*.template to conf.d with envsubst when the
 * container starts: `keepalive_timeout ${NGINX_KEEPALIVE_TIMEOUT};` takes the environment's value
 * (docker-library/docs nginx "Using environment variables in nginx configuration"). nginx's own
 * variables are lower case (`${host}`); an upper-case `${NAME}` is taken as such a placeholder.
 */
const NAME = String.raw`\$\{([A-Z_][A-Z0-9_]*)\}`;
const PLACEHOLDER = new RegExp(NAME, 'g');
const ANY = new RegExp(NAME);
const ALONE = new RegExp(`^${NAME}$`);

/** True when an argument holds a placeholder the container's environment fills in. */
export const hasEnvPlaceholder = (arg: string): boolean => arg.includes('${') && ANY.test(arg);

/** True when an argument is one placeholder and nothing else (`listen ${NGINX_PORT};`). */
export const isEnvPlaceholder = (arg: string): boolean => ALONE.test(arg);

/** Why a setting written with a placeholder whose value was not given is unknown. */
export const ENV_PLACEHOLDER_REASON =
  'filled in from the environment when the nginx container starts (envsubst of a template): give the compose file, .env or Dockerfile that sets it';

/**
 * Fills the placeholders of the tree's arguments with the values the given files set (`env`:
 * compose `environment:`, `.env`, Dockerfile `ENV`, Kubernetes `env`), as the container would;
 * says which value came from where, and which were not given. Returns the files values came from.
 */
export function fillEnvPlaceholders(
  directives: readonly NginxDirective[],
  env: ReadonlyMap<string, EnvValue>,
  diagnostics: NginxSpanDiagnostic[],
): string[] {
  const lookup = (name: string) => env.get(name);
  const reported = new Set<string>();
  const sources = new Set<string>();
  const visit = (list: readonly NginxDirective[]): void => {
    for (const d of list) {
      if (d.children) {
        if (!d.opaque) visit(d.children);
        continue;
      }
      for (let i = 0; i < d.args.length; i++) {
        const arg = d.args[i] ?? '';
        if (!hasEnvPlaceholder(arg)) continue;
        d.args[i] = arg.replace(PLACEHOLDER, (written, name: string) => {
          const found = lookup(name);
          if (!reported.has(name)) {
            reported.add(name);
            diagnostics.push({
              code: 'NGINX_ENV_PLACEHOLDER',
              severity: 'info',
              message: found
                ? `\${${name}} is "${found.value}" in ${found.file} (line ${found.line}): the nginx image fills it in when the container starts`
                : `\${${name}} is filled in from the environment when the nginx container starts, and no given file sets it: the value is unknown until you give it`,
              file: d.file,
              start: d.start,
              end: d.start + d.name.length,
            });
          }
          if (!found) return written;
          sources.add(found.file);
          return found.value;
        });
      }
    }
  };
  visit(directives);
  return [...sources];
}
