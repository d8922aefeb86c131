import { describe, expect, it } from 'vitest';
import { writtenSetting } from '../parsers/written';
import { enforceSettingRanges } from './enforce-ranges';

describe('enforceSettingRanges', () => {
  const file = { name: 'server.js', text: 'a\rserver.keepAliveTimeout = Infinity;\rb' };

  it('turns a non-finite number into an unknown value with a warning at the setting', () => {
    const parsed = {
      format: 'node',
      diagnostics: [],
      nodes: [
        {
          tech: 'node-http-server',
          scope: 'server',
          settings: {
            'server.keepAliveTimeout': writtenSetting(
              Infinity,
              'server.js',
              { line: 2, column: 1 },
              'server.keepAliveTimeout',
            ),
          },
        },
      ],
    };
    const out = enforceSettingRanges(parsed, file);
    expect(out.nodes[0]?.settings['server.keepAliveTimeout']?.value).toMatchObject({
      unknown: 'Infinity',
      reason: expect.stringMatching(/^not a finite number: outside what Node\.js/),
    });
    expect(out.diagnostics).toEqual([
      expect.objectContaining({ code: 'IMPORT_VALUE_OUT_OF_RANGE', line: 2, column: 1 }),
    ]);
  });

  it('leaves values in range untouched (same object)', () => {
    const parsed = { format: 'node', diagnostics: [], nodes: [] };
    expect(enforceSettingRanges(parsed, file)).toBe(parsed);
  });
});
