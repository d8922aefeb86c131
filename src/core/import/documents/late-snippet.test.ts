import { describe, expect, it } from 'vitest';
import { importFiles } from '../import-files';

/** A pasted access log: 800 lines, about 100 KB, before the config a reader asks about. */
const LOG = Array.from(
  { length: 800 },
  (_, i) =>
    `10.0.${i % 250}.${(i * 7) % 250} - - [03/Dec/2026:10:${String(i % 60).padStart(2, '0')}:00 +0000] "GET /api/orders/${1000 + i} HTTP/1.1" 502 157 "-" "okhttp/4.12.0" rt=60.001 uct=- urt=60.001`,
).join('\n');

const README = `# Incident 2026-12-03: 502s from the orders API

The balancer answered 502 to about one request in a thousand. The nginx access log:

\`\`\`
${LOG}
\`\`\`

The nginx config at the time:

\`\`\`nginx
server {
    listen 80;
    keepalive_timeout 50s;
    location / { proxy_pass http://orders; }
}
\`\`\`
`;

describe('a snippet past the first 64 KiB of a document', () => {
  it('is detected on its own lines', () => {
    expect(README.indexOf('keepalive_timeout')).toBeGreaterThan(65_536);
    const file = importFiles([{ name: 'incident.md', text: README }]).files[0];
    expect(file?.nodes.map((n) => [n.tech, n.label])).toEqual([
      ['nginx', 'nginx :80 (incident.md, lines 811–815)'],
    ]);
  });
});
