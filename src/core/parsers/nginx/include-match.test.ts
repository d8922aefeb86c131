import { describe, expect, it } from 'vitest';
import { isGlob, isStockInclude, matchInclude } from './include-match';
import { readFileSync } from 'node:fs';
import { parseNginx } from './index';

describe('matchInclude', () => {
  const names = [
    'nginx.conf',
    'conf.d/a.conf',
    'conf.d/b.conf',
    'sites-enabled/shop',
    'proxy_params',
  ];

  it('matches a glob by its directory and sorts like nginx', () => {
    expect(matchInclude('/etc/nginx/conf.d/*.conf', names)).toEqual([
      'conf.d/a.conf',
      'conf.d/b.conf',
    ]);
    expect(matchInclude('sites-enabled/*', names)).toEqual(['sites-enabled/shop']);
  });

  it('matches bare file names by basename when no directory matches', () => {
    expect(matchInclude('/etc/nginx/conf.d/*.conf', ['nginx.conf', 'default.conf'])).toEqual([
      'default.conf',
      'nginx.conf',
    ]);
    expect(matchInclude('/etc/nginx/proxy_params', names)).toEqual(['proxy_params']);
  });

  it('picks the longest matching tail for a plain path', () => {
    expect(matchInclude('conf.d/a.conf', ['x/a.conf', 'conf.d/a.conf', 'a.conf'])).toEqual([
      'conf.d/a.conf',
    ]);
    expect(matchInclude('a.conf', ['/etc/nginx/conf.d/a.conf'])).toEqual([
      '/etc/nginx/conf.d/a.conf',
    ]);
  });

  it('supports ?, [] classes and Windows separators', () => {
    expect(
      matchInclude('conf.d/site-?.conf', ['conf.d\\site-1.conf', 'conf.d/site-10.conf']),
    ).toEqual(['conf.d\\site-1.conf']);
    expect(matchInclude('conf.d/[ab].conf', names)).toEqual(['conf.d/a.conf', 'conf.d/b.conf']);
    expect(matchInclude('conf.d/[!a].conf', names)).toEqual(['conf.d/b.conf']);
  });

  it('matches nothing for a different directory or an empty pattern', () => {
    expect(matchInclude('snippets/*.conf', ['conf.d/a.conf'])).toEqual([]);
    expect(matchInclude('', names)).toEqual([]);
    expect(matchInclude('[', ['['])).toEqual(['[']);
  });

  it('classifies patterns', () => {
    expect(isGlob('conf.d/*.conf')).toBe(true);
    expect(isGlob('proxy_params')).toBe(false);
    expect(isStockInclude('/etc/nginx/mime.types')).toBe(true);
    expect(isStockInclude('timeouts.conf')).toBe(false);
  });
});

describe('an include glob among files given without directories', () => {
  it('takes only the nginx files, not the app code given beside them', () => {
    const dir = 'src/core/parsers/nginx/__fixtures__/include-glob-skips-app-code';
    const files = ['input.conf', 'example.com', 'server.js'].map((name) => ({
      name,
      text: readFileSync(`${dir}/${name}`, 'utf8'),
    }));
    const main = files[0] ?? { name: '', text: '' };
    expect(parseNginx(main, { files }).included).toEqual(['example.com']);
  });
});

describe('a stock include not given', () => {
  it('is read as the stock file (no keep-alive setting), an unknown one as unknown', () => {
    const text = 'server {\n  include uwsgi_params;\n  include snippets/timeouts.conf;\n}\n';
    const file = { name: 'site.conf', text };
    const messages = parseNginx(file, { files: [file] })
      .diagnostics.filter((d) => d.code === 'NGINX_INCLUDE_NOT_FOUND')
      .map((d) => [d.severity, d.message]);
    expect(messages).toEqual([
      [
        'info',
        'included file "uwsgi_params" was not given: read as the stock file nginx ships under that name, which sets no keep-alive setting; give the file if yours differs',
      ],
      ['warning', 'included file "snippets/timeouts.conf" was not given; its settings are unknown'],
    ]);
  });
});
