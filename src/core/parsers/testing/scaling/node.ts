import { numbered, oneFile, repeated, type ScalingFamily } from './family';

const SERVER = `const server% = http.createServer(app);
server%.keepAliveTimeout = 65000;
const agent% = new http.Agent({ keepAlive: true, timeout: 60000 });
`;

const node = (name: string, make: (n: number) => string): ScalingFamily => ({
  name: `node: ${name}`,
  parser: 'node',
  make: (n) => oneFile('server.js', make(n)),
});

/** Node.js servers and agents. */
export const families: ScalingFamily[] = [
  node('many servers', (n) => "const http = require('http');\n" + numbered(n, SERVER)),
  node('nested option objects', (n) =>
    repeated(n, '{ a: ', 'const agent = new http.Agent(', '1' + ' }'.repeat(n) + ');\n'),
  ),
  node('U+2028 line ends', (n) =>
    repeated(n, 'server.keepAliveTimeout = 5000;\u2028', "const http = require('http');\n"),
  ),
  {
    name: 'node: detect U+2028',
    parser: 'node',
    stage: 'detect',
    make: (n) => oneFile('pasted', '\u2028'.repeat(n)),
  },
];
