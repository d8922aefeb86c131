/**
 * Says what a file that no parser claims is when it is not a config of any technology (a binary,
 * a log, a file of comments, a Kubernetes object or Compose file with nothing this tool reads),
 * so the user learns why it yields nothing. Each test reads the head of the file, line-anchored
 * with no nested quantifiers: linear.
 */
const WINDOW = 65_536;

const COMMENT_LINE = /^[ \t]*(?:#|\/\/|;|--|<!--)/;
const LOG_LINE =
  /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F]*:[0-9a-fA-F:]*) - \S+ \[|^\d{4}[/-]\d\d[/-]\d\d[T ]\d\d:\d\d:\d\d|^\[?\d{4}-\d\d-\d\dT|^(?:https?|h2|ws|wss) \d{4}-\d\d-\d\dT|^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d /;
const K8S_KIND = /^kind:[ \t]*([A-Za-z]+)[ \t]*$/m;
const K8S_API = /^apiVersion:[ \t]*\S/m;
const COMPOSE = /^services:[ \t]*$/m;

function isBinary(head: string): boolean {
  const sample = head.slice(0, 4096);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd++;
  }
  return odd > 8 && odd * 10 > sample.length;
}

/** The non-blank lines of the head, at most `max` of them. */
function firstLines(head: string, max: number): string[] {
  const out: string[] = [];
  for (const line of head.split('\n')) {
    if (line.trim() !== '') out.push(line);
    if (out.length >= max) break;
  }
  return out;
}

function describeKubernetes(kind: string): string {
  if (kind === 'Ingress')
    return 'a Kubernetes Ingress with no annotations that set keep-alive or idle timeouts: ingress-nginx reads them from its controller ConfigMap (keep-alive, upstream-keepalive-timeout); give that ConfigMap or its Helm values, or tech:ingress-nginx for its defaults';
  return `a Kubernetes ${kind} with nothing this tool reads: keep-alive settings are read from ingress-nginx ConfigMaps and Helm values, AWS Load Balancer Controller Ingress/Service annotations, and the app's own config`;
}

/** What the file is, as a phrase after "<file>: ", or undefined when it may be a config. */
export function describeNotAConfig(text: string): string | undefined {
  const head = text.length > WINDOW ? text.slice(0, WINDOW) : text;
  if (isBinary(head))
    return 'a binary file, not text (an archive or an image?): give the config file itself';
  const lines = firstLines(head, 40);
  if (lines.length > 0 && lines.every((l) => COMMENT_LINE.test(l)))
    return 'holds only comments: nothing is set in it (uncomment the settings, or add the node with tech:<id> to check its defaults)';
  const logLines = lines.filter((l) => LOG_LINE.test(l)).length;
  if (logLines > 0 && logLines * 2 >= lines.length)
    return 'looks like a log file, not a config: check reads the config files of each hop (the log lines tell which hop resets; give that hop’s config)';
  const kind = K8S_KIND.exec(head)?.[1];
  if (kind !== undefined && K8S_API.test(head)) return describeKubernetes(kind);
  if (COMPOSE.test(head))
    return 'a Docker Compose file, but no service runs a command or sets an environment variable this tool reads (gunicorn or uvicorn command lines, GUNICORN_CMD_ARGS)';
  return undefined;
}
