import type { ScalingFamily } from './family';
import { numbered, oneFile, repeated } from './family';

/**
 * Caddy and .NET shapes: many site blocks and proxies, deep block nesting, snippet fan-out,
 * unclosed quotes; large appsettings.json, many environment lines, long C# files.
 */
export const families: ScalingFamily[] = [
  {
    name: 'caddy many sites',
    parser: 'caddy',
    make: (n) =>
      oneFile(
        'Caddyfile',
        '{\n\tservers {\n\t\ttimeouts {\n\t\t\tidle 30s\n\t\t}\n\t}\n}\n' +
          numbered(
            n,
            's%.example.com {\n\treverse_proxy app%:80 {\n\t\ttransport http {\n\t\t\tkeepalive 20s\n\t\t}\n\t}\n}\n',
          ),
      ),
  },
  {
    name: 'caddy deep nesting',
    parser: 'caddy',
    make: (n) =>
      oneFile('Caddyfile', `${repeated(n, 'handle {\n')}reverse_proxy a:1\n${repeated(n, '}\n')}`),
  },
  {
    name: 'caddy snippet fan-out',
    parser: 'caddy',
    make: (n) => {
      let text = '(s0) {\n\treverse_proxy a:1\n}\n';
      for (let i = 1; i < n; i++) text += `(s${i}) {\n\timport s${i - 1}\n\timport s${i - 1}\n}\n`;
      return oneFile('Caddyfile', `${text}:80 {\n\timport s${n - 1}\n}\n`);
    },
  },
  {
    name: 'caddy unclosed quote',
    parser: 'caddy',
    make: (n) => oneFile('Caddyfile', `:80 {\n\trespond "${repeated(n, 'x {$A\n')}\n`),
  },
  {
    name: 'caddy json many servers',
    parser: 'caddy',
    make: (n) =>
      oneFile(
        'caddy.json',
        `{"apps":{"http":{"servers":{${numbered(n, '"s%":{"idle_timeout":"5s","routes":[{"handle":[{"handler":"reverse_proxy","upstreams":[{"dial":"a:%"}]}]}]},')}"last":{}}}}}`,
      ),
  },
  {
    name: 'dotnet large appsettings',
    parser: 'dotnet',
    make: (n) =>
      oneFile(
        'appsettings.json',
        `{\n${numbered(n, '  "Section%": { "Key": "v" }, // c\n')}  "Kestrel": { "Limits": { "KeepAliveTimeout": "00:01:00" } }\n}\n`,
      ),
  },
  {
    name: 'dotnet many environment lines',
    parser: 'dotnet',
    make: (n) =>
      oneFile('Dockerfile', numbered(n, 'ENV Kestrel__Limits__KeepAliveTimeout=00:00:%\n')),
  },
  {
    name: 'dotnet long C#',
    parser: 'dotnet',
    make: (n) =>
      oneFile(
        'Program.cs',
        `using System;\n${numbered(n, 'handler%.PooledConnectionIdleTimeout = TimeSpan.FromSeconds(%);\n')}`,
      ),
  },
];
