import { describe, expect, it } from 'vitest';
import { parsePython } from './index';

/** Issue 11 sizes that hung or took seconds; each must now finish well under a second. */
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = f();
  return { value, ms: performance.now() - started };
};

describe('Python parser on hostile input', () => {
  it.each([
    ['\\n', 128 * 1024, 'gunicorn.conf.py'],
    ['\\n', 128 * 1024, 'Dockerfile'],
    ['\\r', 128 * 1024, 'gunicorn.conf.py'],
    ['\\r\\n', 512 * 1024, 'gunicorn.conf.py'],
    ['\\n', 1024 * 1024, 'gunicorn.conf.py'],
    ['\\n', 1024 * 1024, 'Dockerfile'],
    ['\\r', 1024 * 1024, 'Dockerfile'],
  ])('%s line ends, %i bytes, in %s (was 9 s at 128 KB)', (written, n, name) => {
    const eol = written.replaceAll('\\r', '\r').replaceAll('\\n', '\n');
    const setting = name === 'Dockerfile' ? 'CMD gunicorn --keep-alive 5 app:app' : 'keepalive = 5';
    const text = `${eol.repeat(n / eol.length)}${setting}${eol}`;
    const { value, ms } = timed(() => parsePython({ name, text }));
    // Linear: well under a second at 128 KB; 1 MB gets room for a loaded CI machine.
    expect(ms).toBeLessThan(n <= 128 * 1024 ? 1000 : 5000);
    expect(value.nodes[0]?.settings['keepalive']?.value).toBe(5000);
  });

  it('uvicorn.run with 3 000 nested parentheses: no lost file, the rest is read', () => {
    const deep = `${'('.repeat(3000)}1${')'.repeat(3000)}`;
    const text = `import uvicorn\nuvicorn.run(app, timeout_keep_alive=${deep})\nserver = uvicorn.Config(app, timeout_keep_alive=9)\n`;
    const { value, ms } = timed(() => parsePython({ name: 'main.py', text }));
    expect(ms).toBeLessThan(1000);
    expect(value.diagnostics.map((d) => d.code)).toEqual(['PY_UNRESOLVED_EXPRESSION']);
    const config = value.nodes.find((n) => n.scope === 'server');
    expect(config?.settings['timeout_keep_alive']?.value).toBe(9000);
  });
});
