import { describe, expect, it } from 'vitest';
import { families } from '../testing/scaling/spring';
import { parseSpring } from './index';

/** Generous for a shared machine; the sizes below took tens of seconds or crashed before. */
const LIMIT_MS = 20_000;

function parseFamily(name: string, n: number) {
  const family = families.find((f) => f.name === `spring: ${name}`);
  const [file] = family?.make(n) ?? [];
  if (!file) throw new Error(`no family ${name}`);
  return parseSpring(file);
}

const keepAlive = (r: ReturnType<typeof parseSpring>) =>
  r.nodes[0]?.settings['server.tomcat.keep-alive-timeout']?.value;

describe('spring at the sizes that hung or crashed', () => {
  it(
    'reads a mapping of 40 000 keys (13 s or more with yaml’s duplicate check)',
    () => {
      const r = parseFamily('many keys in one mapping', 40_000);
      expect(keepAlive(r)).toBe(20_000);
      expect(r.diagnostics).toEqual([]);
    },
    LIMIT_MS,
  );

  it(
    'keeps the settings of a file with 150 000 duplicate keys, with the duplicates capped',
    () => {
      const r = parseFamily('duplicate keys', 150_000);
      expect(keepAlive(r)).toBe(20_000);
      const codes = r.diagnostics.map((d) => d.code);
      expect(codes.every((c) => c === 'SPRING_DUPLICATE_KEY')).toBe(true);
      expect(codes).toHaveLength(101);
      expect(r.diagnostics[0]?.line).toBe(5);
      expect(r.diagnostics[100]?.severity).toBe('info');
    },
    LIMIT_MS,
  );

  it(
    'keeps the settings before 1 MB of quotes in a value, the errors capped',
    () => {
      const file = {
        name: 'application.yml',
        text: 'server:\n  tomcat:\n    keep-alive-timeout: 20s\nbanner: ' + '"'.repeat(1_000_000),
      };
      const r = parseSpring(file);
      expect(keepAlive(r)).toBe(20_000);
      // 100 errors in full, one line for the rest, one for the stray tokens left unread.
      expect(r.diagnostics).toHaveLength(102);
      expect(r.diagnostics.every((d) => d.code === 'SPRING_YAML_SYNTAX')).toBe(true);
    },
    LIMIT_MS,
  );

  it(
    'reports nesting deeper than it reads, and keeps the settings',
    () => {
      const r = parseFamily('deep nesting', 2_000);
      expect(keepAlive(r)).toBe(20_000);
      expect(r.diagnostics.map((d) => d.code)).toContain('SPRING_TOO_DEEP');
    },
    LIMIT_MS,
  );

  it(
    'reads 20 000 profile documents, one node each',
    () => {
      const r = parseFamily('many documents', 20_000);
      expect(r.nodes).toHaveLength(20_000);
      expect(r.nodes[19_999]?.scope).toBe('profile p19999');
    },
    LIMIT_MS,
  );

  it(
    'reads every line of a CR-only file on its own line',
    () => {
      const r = parseFamily('CR-only line ends', 10_000);
      expect(r.nodes[0]?.settings['server.tomcat.keep-alive-timeout']?.origin).toMatchObject({
        line: 3,
      });
    },
    LIMIT_MS,
  );

  it(
    'reports 100 000 bad \\u escapes at most 100 times and reads the rest',
    () => {
      const family = families.find((f) => f.name === 'spring: bad unicode escapes');
      const [file] = family?.make(100_000) ?? [];
      const text = `server.tomcat.keep-alive-timeout=20s\n${file?.text ?? ''}`;
      const r = parseSpring({ name: 'application.properties', text });
      expect(keepAlive(r)).toBe(20_000);
      expect(r.diagnostics).toHaveLength(100);
      expect(r.diagnostics[1]).toMatchObject({ code: 'SPRING_INVALID_ESCAPE', line: 3 });
    },
    LIMIT_MS,
  );
});
