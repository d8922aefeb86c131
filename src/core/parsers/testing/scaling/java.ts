import { numbered, oneFile, repeated, type ScalingFamily } from './family';

const CLIENT = `CloseableHttpClient client% = HttpClients.custom()
    .setConnectionManager(cm)
    .evictIdleConnections(TimeValue.ofSeconds(30))
    .build();
`;

const java = (name: string, make: (n: number) => string): ScalingFamily => ({
  name: `java: ${name}`,
  parser: 'java-client',
  make: (n) => oneFile('Client.java', make(n)),
});

/** Java/Kotlin HttpClient code: the shapes of issue 11 (builder chains, parentheses, detection). */
export const families: ScalingFamily[] = [
  java(
    'many clients',
    (n) => 'import org.apache.hc.client5.http.impl.classic.HttpClients;\n' + numbered(n, CLIENT),
  ),
  java('chained builder calls', (n) =>
    repeated(
      n,
      '\n    .setMaxConnTotal(5).evictIdleConnections(TimeValue.ofSeconds(10))',
      'CloseableHttpClient c = HttpClients.custom()',
      '\n    .build();\n',
    ),
  ),
  java('nested parentheses in a value', (n) =>
    repeated(
      n,
      '(',
      'HttpClients.custom().evictIdleConnections(TimeValue.ofSeconds(',
      '1' + ')'.repeat(n) + ')).build();\n',
    ),
  ),
  {
    name: 'java: detect U+2028',
    parser: 'java-client',
    stage: 'detect',
    make: (n) => oneFile('pasted', '\u2028'.repeat(n)),
  },
  {
    name: 'java: detect blank lines',
    parser: 'java-client',
    stage: 'detect',
    make: (n) => oneFile('pasted', ' \n'.repeat(n)),
  },
];
