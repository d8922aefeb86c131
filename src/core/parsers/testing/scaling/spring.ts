import type { ScalingFamily } from './family';

const HEAD = 'server:\n  tomcat:\n    keep-alive-timeout: 20s\n';
const numbered = (n: number, unit: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => unit(i)).join('');

const yml = (name: string, make: (n: number) => string): ScalingFamily => ({
  name: `spring: ${name}`,
  parser: 'spring',
  make: (n) => [{ name: 'application.yml', text: make(n) }],
});

const props = (name: string, make: (n: number) => string): ScalingFamily => ({
  name: `spring: ${name}`,
  parser: 'spring',
  make: (n) => [{ name: 'application.properties', text: make(n) }],
});

const CUSTOMIZER_HEAD =
  'class TomcatConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {\n';

/** Tomcat customizer code (Java) read by the spring parser. */
const customizer = (name: string, make: (n: number) => string): ScalingFamily => ({
  name: `spring: customizer ${name}`,
  parser: 'spring',
  make: (n) => [{ name: 'TomcatConfig.java', text: `${CUSTOMIZER_HEAD}${make(n)}}\n` }],
});

/**
 * Spring application.yml / .properties shapes of issue 11: keys per mapping and duplicate keys
 * (yaml's own duplicate check was quadratic), documents and profiles, nesting, long lines,
 * quotes, CR-only line ends, bad `\u` escapes.
 */
export const families: ScalingFamily[] = [
  yml('many keys in one mapping', (n) => HEAD + numbered(n, (i) => `key${i}: ${i}\n`)),
  yml('duplicate keys', (n) => HEAD + 'a: 1\n'.repeat(n)),
  yml('many documents', (n) =>
    numbered(n, (i) => `---\nspring.config.activate.on-profile: p${i}\n${HEAD}`),
  ),
  yml(
    'many profiles in one activation',
    (n) => `spring.config.activate.on-profile: ${numbered(n, (i) => `p${i},`)}x\n${HEAD}`,
  ),
  yml('deep nesting', (n) => `${HEAD}x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`),
  yml('deep flow nesting', (n) => `${HEAD}x: ${'['.repeat(n)}\n`),
  yml('long line', (n) => `${HEAD}banner: "${'x'.repeat(n)}"\n`),
  yml('quotes', (n) => `${HEAD}${'"'.repeat(n)}`),
  yml('CR-only line ends', (n) => (HEAD + numbered(n, (i) => `k${i}: v\n`)).replace(/\n/g, '\r')),
  props('many properties', (n) => numbered(n, (i) => `app.key${i}=${i}\n`)),
  props('duplicate properties', (n) => 'server.tomcat.keep-alive-timeout=20s\n'.repeat(n)),
  props('bad unicode escapes', (n) => 'app.path=C:\\users\\x\n'.repeat(n)),
  props('long continued value', (n) => `app.list=${'a,\\\n  '.repeat(n)}z\n`),
  props('many documents', (n) =>
    numbered(
      n,
      (i) =>
        `#---\nspring.config.activate.on-profile=p${i}\nserver.tomcat.keep-alive-timeout=${i}s\n`,
    ),
  ),
  customizer('many setter calls', (n) => 'p.setKeepAliveTimeout(65000);\n'.repeat(n)),
  customizer('unclosed setter calls', (n) => 'p.setKeepAliveTimeout(65000\n'.repeat(n)),
  customizer('CR-only line ends', (n) => 'p.setMaxKeepAliveRequests(100);\r'.repeat(n)),
];
