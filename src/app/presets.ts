import type { Chain, ChainNode, SettingInput, SettingScalar } from '../core/model/chain';
import { ms } from '../core/model/duration';
import { LINE_END } from '../core/source/line-index';
import type { SourceFile } from '../core/parsers/types';
import { ARTICLE_SOURCES } from './preset-sources';
import { sameChain } from './store/share-slice';

export interface Preset {
  id: string;
  title: string;
  /** One sentence: what goes wrong (or right) in this chain. */
  summary: string;
  chain: Chain;
  /** The config text the preset's values cite (file:line). */
  sources: readonly SourceFile[];
}

/** A value written in `file`, on the first line that contains `needle`. */
function written(
  sources: readonly SourceFile[],
  file: string,
  needle: string,
  value: SettingScalar,
): SettingInput {
  const text = sources.find((s) => s.name === file)?.text ?? '';
  const lineIndex = text.split(LINE_END).findIndex((l) => l.includes(needle));
  if (lineIndex < 0) throw new Error(`preset: "${needle}" not in ${file}`);
  const line = text.split(LINE_END)[lineIndex] ?? '';
  return {
    value,
    origin: {
      kind: 'explicit',
      file,
      line: lineIndex + 1,
      column: line.indexOf(needle) + 1,
      setting: needle,
    },
  };
}

const sameDatacenter = (nodes: ChainNode[]): Chain => ({
  nodes,
  links: nodes.slice(1).map(() => ({ rttMs: ms(1) })),
});

const article = (file: string, needle: string, value: SettingScalar) =>
  written(ARTICLE_SOURCES, file, needle, value);

/** The article's chain: Go client → nginx → Go app, every timeout ordered with margin. */
export const ARTICLE_PRESET: Preset = {
  id: 'article',
  title: 'Go client → nginx → Go app (the article)',
  summary: 'Each client drops idle connections 5–10 s before its server does: every hop is safe.',
  sources: ARTICLE_SOURCES,
  chain: sameDatacenter([
    {
      id: 'client',
      tech: 'go-transport',
      label: 'Go client',
      settings: {
        MaxIdleConnsPerHost: article('http_client.go', 'MaxIdleConnsPerHost', 10),
        IdleConnTimeout: article('http_client.go', 'IdleConnTimeout', 55_000),
      },
    },
    {
      id: 'nginx',
      tech: 'nginx',
      label: 'nginx',
      settings: {
        keepalive_timeout: article('nginx.conf', 'keepalive_timeout 65s', 65_000),
        'upstream.keepalive': article('nginx.conf', 'keepalive 100', 100),
        'upstream.keepalive_timeout': article('nginx.conf', 'keepalive_timeout 55s', 55_000),
        proxy_http_version: article('nginx.conf', 'proxy_http_version', '1.1'),
        'proxy_set_header.Connection': article('nginx.conf', 'proxy_set_header Connection', ''),
      },
    },
    {
      id: 'app',
      tech: 'go-http-server',
      label: 'Go app',
      settings: {
        IdleTimeout: article('server.go', 'IdleTimeout', 60_000),
        ReadTimeout: article('server.go', 'ReadTimeout', 30_000),
        WriteTimeout: article('server.go', 'WriteTimeout', 30_000),
      },
    },
  ]),
};

const GUNICORN_CONF: SourceFile = {
  name: 'gunicorn.conf.py',
  text: 'workers = 4\nworker_class = "gthread"\nthreads = 8\n',
};

const BACKEND_NGINX: SourceFile = {
  name: 'nginx.conf',
  text: 'http {\n    keepalive_timeout 65s;\n    server {\n        listen 8080;\n    }\n}\n',
};

/** Common incidents from the reference (shared/reference §6), each at its defaults. */
export const INCIDENT_PRESETS: readonly Preset[] = [
  {
    id: 'alb-node',
    title: 'AWS ALB → Node.js (5 s)',
    summary: "Node's 5 s keepAliveTimeout closes connections ALB keeps for 60 s: sporadic 502s.",
    sources: [],
    chain: sameDatacenter([
      { id: 'alb', tech: 'aws-alb', label: 'ALB', settings: {} },
      { id: 'app', tech: 'node-http-server', label: 'Node app', settings: {} },
    ]),
  },
  {
    id: 'alb-gunicorn',
    title: 'AWS ALB → gunicorn (gthread, 2 s)',
    summary: "gunicorn's 2 s keepalive is far below ALB's 60 s idle timeout.",
    sources: [GUNICORN_CONF],
    chain: sameDatacenter([
      { id: 'alb', tech: 'aws-alb', label: 'ALB', settings: {} },
      {
        id: 'app',
        tech: 'gunicorn',
        label: 'gunicorn',
        settings: {
          worker_class: written([GUNICORN_CONF], 'gunicorn.conf.py', 'worker_class', 'gthread'),
          threads: written([GUNICORN_CONF], 'gunicorn.conf.py', 'threads', 8),
        },
      },
    ]),
  },
  {
    id: 'alb-spring',
    title: 'AWS ALB → Spring Boot (60 s tie)',
    summary: "Embedded Tomcat's 60 s equals ALB's 60 s: an exact tie is still a race.",
    sources: [],
    chain: sameDatacenter([
      { id: 'alb', tech: 'aws-alb', label: 'ALB', settings: {} },
      { id: 'app', tech: 'spring-boot-tomcat', label: 'Spring Boot', settings: {} },
    ]),
  },
  {
    id: 'ingress-uvicorn',
    title: 'ingress-nginx → uvicorn (5 s)',
    summary: 'ingress-nginx keeps upstream connections 60 s; uvicorn closes them after 5 s.',
    sources: [],
    chain: sameDatacenter([
      { id: 'ingress', tech: 'ingress-nginx', label: 'ingress-nginx', settings: {} },
      { id: 'app', tech: 'uvicorn', label: 'uvicorn app', settings: {} },
    ]),
  },
  {
    id: 'gcp-nginx',
    title: 'GCP HTTPS LB → nginx (600 s)',
    summary: "Google's front end keeps backend connections 600 s; nginx closes them after 65 s.",
    sources: [BACKEND_NGINX],
    chain: sameDatacenter([
      { id: 'gclb', tech: 'gcp-https-lb', label: 'GCP HTTPS LB', settings: {} },
      {
        id: 'nginx',
        tech: 'nginx',
        label: 'nginx backend',
        settings: {
          keepalive_timeout: written([BACKEND_NGINX], 'nginx.conf', 'keepalive_timeout', 65_000),
        },
      },
    ]),
  },
  {
    id: 'istio-node',
    title: 'Istio sidecar → Node.js (1 h vs 5 s)',
    summary:
      "The sidecar's upstream pool keeps connections an hour; Node closes them after 5 s: 503 UC.",
    sources: [],
    chain: sameDatacenter([
      { id: 'sidecar', tech: 'istio-sidecar', label: 'Istio sidecar', settings: {} },
      { id: 'app', tech: 'node-http-server', label: 'Node app', settings: {} },
    ]),
  },
];

export const PRESETS: readonly Preset[] = [ARTICLE_PRESET, ...INCIDENT_PRESETS];

/** The example `chain` still is (unchanged), if it is one. */
export const findExampleOf = (chain: Chain): Preset | undefined =>
  PRESETS.find((p) => sameChain(p.chain, chain));

/** The chain a first visit opens on. */
export const DEFAULT_CHAIN: Chain = ARTICLE_PRESET.chain;
