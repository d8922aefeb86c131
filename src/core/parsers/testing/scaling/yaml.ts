import type { SourceFile } from '../../types';

const configMap = (data: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\ndata:\n${data}`;

const ingress = (i: number) =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i${i}\n  annotations:\n    alb.ingress.kubernetes.io/load-balancer-attributes: idle_timeout.timeout_seconds=120\n`;

/**
 * YAML scaling families (issue 11) for the formats read through the shared YAML front end
 * (ingress-nginx, ALB annotations): each `make(n)` builds input that grows with n.
 */
export const families: { name: string; parser: string; make(n: number): SourceFile[] }[] = [
  {
    // Was quadratic: yaml's own duplicate-key check (40 000 keys: 13 s).
    name: 'yaml: many keys in one mapping',
    parser: 'ingress-nginx',
    make: (n) => [
      {
        name: 'cm.yaml',
        text: configMap(Array.from({ length: n }, (_, i) => `  k${i}: "v"\n`).join('')),
      },
    ],
  },
  {
    // A chart template: action lines and templated values, made readable line by line.
    name: 'yaml: helm template actions',
    parser: 'ingress-nginx',
    make: (n) => [
      {
        name: 'cm.yaml',
        text: configMap(
          Array.from(
            { length: n },
            (_, i) => `{{- if .Values.k${i} }}\n  k${i}: {{ .Values.k${i} | quote }}\n{{- end }}\n`,
          ).join(''),
        ),
      },
    ],
  },
  {
    // One line of n actions and a value that opens one and never closes it.
    name: 'yaml: a long line of helm actions',
    parser: 'ingress-nginx',
    make: (n) => [{ name: 'cm.yaml', text: configMap(`  k: {{ ${'{{ a }} '.repeat(n)}x\n`) }],
  },
  {
    name: 'yaml: the same key written many times',
    parser: 'ingress-nginx',
    make: (n) => [{ name: 'cm.yaml', text: configMap('  keep-alive: "75"\n'.repeat(n)) }],
  },
  {
    name: 'yaml: many documents',
    parser: 'alb-ingress',
    make: (n) => [
      { name: 'all.yaml', text: Array.from({ length: n }, (_, i) => ingress(i)).join('---\n') },
    ],
  },
  {
    name: 'yaml: many aliases',
    parser: 'ingress-nginx',
    make: (n) => [
      {
        name: 'values.yaml',
        text: `base: &b "75"\ncontroller:\n  config:\n    keep-alive: *b\n${Array.from({ length: n }, (_, i) => `x${i}: *b\n`).join('')}`,
      },
    ],
  },
  {
    name: 'yaml: deep nesting',
    parser: 'ingress-nginx',
    make: (n) => [{ name: 'deep.yaml', text: `${'- '.repeat(n)}a\n` }],
  },
  {
    name: 'yaml: one long line',
    parser: 'alb-ingress',
    make: (n) => [
      {
        name: 'ing.yaml',
        text: `kind: Ingress\nmetadata:\n  name: x\n  annotations:\n    alb.ingress.kubernetes.io/load-balancer-attributes: ${'a=b,'.repeat(n)}idle_timeout.timeout_seconds=60\n`,
      },
    ],
  },
];
