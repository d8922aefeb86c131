import { PARSERS } from '../../registry';
import { oneFile, repeated, type ScalingFamily } from './family';

/**
 * Format-agnostic families run on every registered parser: whatever a format's own families
 * cover, no parser may be superlinear on long lines, many lines, deep nesting, many keys or many
 * files. The text mixes the syntaxes of the formats (`k: v`, `k = v;`, `k v;`, `--k v`).
 */
const NAMES: Readonly<Record<string, string>> = {
  go: 'main.go',
  node: 'server.js',
  'java-client': 'Client.java',
  python: 'gunicorn.conf.py',
  'spring-yaml': 'application.yml',
  'tomcat-xml': 'server.xml',
  nginx: 'nginx.conf',
  'ingress-nginx': 'configmap.yaml',
  terraform: 'main.tf',
  'alb-ingress': 'ingress.yaml',
};

const line = (i: number) =>
  `k${i}: ${i} # x${i} = ${i}; keepalive_timeout ${i}s --keep-alive ${i}\n`;

const GENERIC: {
  name: string;
  stage?: ScalingFamily['stage'];
  make(n: number, file: string): ReturnType<typeof oneFile>;
}[] = [
  { name: 'long line', make: (n, f) => oneFile(f, repeated(n, 'a = b, c: d; ')) },
  {
    name: 'many lines',
    make: (n, f) => oneFile(f, Array.from({ length: n }, (_, i) => line(i)).join('')),
  },
  {
    name: 'deep nesting',
    make: (n, f) => oneFile(f, repeated(n, 'a: { b = [ ( ') + repeated(n, ' ) ] }')),
  },
  {
    name: 'many keys',
    make: (n, f) =>
      oneFile(f, `data:\n${Array.from({ length: n }, (_, i) => `  key${i}: "${i}"\n`).join('')}`),
  },
  {
    name: 'many files',
    stage: 'parse-each',
    make: (n, f) =>
      Array.from({ length: n }, (_, i) => ({ name: `${i}-${f}`, text: line(i) + line(i + 1) })),
  },
];

export const families: ScalingFamily[] = PARSERS.flatMap((p) =>
  GENERIC.map((g) => ({
    name: `generic: ${g.name}`,
    parser: p.id,
    ...(g.stage ? { stage: g.stage } : {}),
    make: (n: number) => g.make(n, NAMES[p.id] ?? 'input.txt'),
  })),
);
