import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect';
import { expectFixturesDetectedAs } from '../testing/detected-as';

const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('AWS CDK detection', () => {
  it('claims every CDK fixture over the Node.js parser', () =>
    expectFixturesDetectedAs(RAW, 'aws-cdk'));

  it('leaves Node.js server code to the Node.js parser', () => {
    const server = [
      "import http from 'node:http';",
      "import { Duration } from './duration';",
      'const server = http.createServer(app);',
      'server.keepAliveTimeout = 65_000;',
      'export const idle = Duration.seconds(5);',
      '',
    ].join('\n');
    expect(detectFormat(server, 'server.ts').parser?.id).toBe('node');
    const lambda =
      "import { Handler } from 'aws-lambda';\nexport const handler: Handler = async () => ({ statusCode: 200 });\n";
    expect(detectFormat(lambda, 'handler.ts').parser?.id).not.toBe('aws-cdk');
  });
});
