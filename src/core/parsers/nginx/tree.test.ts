import { describe, expect, it } from 'vitest';
import { buildTree, type NginxDirective } from './tree';

const shape = (list: readonly NginxDirective[]): unknown[] =>
  list.map((d) => (d.children ? [d.name, ...d.args, shape(d.children)] : [d.name, ...d.args]));
const codes = (text: string) => buildTree(text, 'f.conf').diagnostics.map((d) => [d.code, d.start]);

describe('buildTree', () => {
  it('nests blocks and keeps offsets', () => {
    const text = 'http {\n  server {\n    listen 80;\n  }\n}\n';
    const tree = buildTree(text, 'f.conf');
    expect(tree.diagnostics).toEqual([]);
    expect(shape(tree.directives)).toEqual([['http', [['server', [['listen', '80']]]]]]);
    const listen = tree.directives[0]?.children?.[0]?.children?.[0];
    expect(listen).toMatchObject({
      start: text.indexOf('listen'),
      end: text.indexOf('80;') + 3,
      file: 'f.conf',
    });
    expect(tree.directives[0]?.end).toBe(text.lastIndexOf('}') + 1);
  });

  it('splits a directive missing its ";" where the next line starts a known directive', () => {
    const text = 'keepalive_timeout 65\nkeepalive_requests 10;\n';
    const tree = buildTree(text, 'f.conf');
    expect(shape(tree.directives)).toEqual([
      ['keepalive_timeout', '65'],
      ['keepalive_requests', '10'],
    ]);
    expect(codes(text)).toEqual([['NGINX_UNTERMINATED_DIRECTIVE', 0]]);
  });

  it('splits when the pending directive already has all its arguments', () => {
    expect(shape(buildTree('keepalive_requests 16\nmy_module_thing on;', 'f').directives)).toEqual([
      ['keepalive_requests', '16'],
      ['my_module_thing', 'on'],
    ]);
  });

  it('keeps multi-line arguments together', () => {
    const text = "log_format main '$a'\n    '$b';\nproxy_next_upstream error\n  timeout;";
    expect(shape(buildTree(text, 'f').directives)).toEqual([
      ['log_format', 'main', '$a', '$b'],
      ['proxy_next_upstream', 'error', 'timeout'],
    ]);
    expect(codes(text)).toEqual([]);
  });

  it('does not split inside data blocks such as map', () => {
    const text = 'map $a $b {\n default\n keepalive_timeout;\n}';
    expect(shape(buildTree(text, 'f').directives)).toEqual([
      ['map', '$a', '$b', [['default', 'keepalive_timeout']]],
    ]);
  });

  it('closes blocks a missing "}" left open when a block cannot open where it stands', () => {
    const text = 'http {\n server {\n  location / {\n   root /x;\n server {\n  listen 81;\n }\n}\n';
    const tree = buildTree(text, 'f');
    expect(shape(tree.directives)).toEqual([
      [
        'http',
        [
          ['server', [['location', '/', [['root', '/x']]]]],
          ['server', [['listen', '81']]],
        ],
      ],
    ]);
    expect(codes(text)).toEqual([
      ['NGINX_UNCLOSED_BLOCK', text.indexOf('location')],
      ['NGINX_UNCLOSED_BLOCK', text.indexOf('server')],
    ]);
  });

  it('reports an unexpected "}" and carries on', () => {
    const text = 'a 1;\n}\nb 2;';
    expect(shape(buildTree(text, 'f').directives)).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(codes(text)).toEqual([['NGINX_UNEXPECTED_BRACE', 5]]);
  });

  it('terminates a directive cut short by "}"', () => {
    const text = 'server { listen 80 }';
    expect(shape(buildTree(text, 'f').directives)).toEqual([['server', [['listen', '80']]]]);
    expect(codes(text)).toEqual([['NGINX_UNTERMINATED_DIRECTIVE', 9]]);
  });

  it('reports blocks still open at the end', () => {
    expect(codes('http {\n server {\n')).toEqual([
      ['NGINX_UNCLOSED_BLOCK', 8],
      ['NGINX_UNCLOSED_BLOCK', 0],
    ]);
  });

  it('keeps the content of a block opened without a directive', () => {
    const text = 'http { { keepalive_timeout 5; } }';
    expect(shape(buildTree(text, 'f').directives)).toEqual([
      ['http', [['keepalive_timeout', '5']]],
    ]);
    expect(codes(text)).toEqual([['NGINX_UNEXPECTED_BRACE', 7]]);
  });

  it('reports a stray ";" as a warning', () => {
    const tree = buildTree('server { };', 'f');
    expect(tree.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['NGINX_UNEXPECTED_SEMICOLON', 'warning'],
    ]);
  });

  it('flattens absurdly deep nesting instead of recursing without bound', () => {
    const text = 'location / {\n'.repeat(20_000) + 'keepalive_timeout 5s;';
    const tree = buildTree(text, 'f');
    expect(tree.diagnostics.filter((d) => d.code === 'NGINX_TOO_DEEP')).toHaveLength(1);
    let depth = 0;
    for (let list = tree.directives; list.length > 0; list = list[0]?.children ?? []) depth++;
    expect(depth).toBeLessThanOrEqual(66);
  });

  it('marks Lua blocks opaque', () => {
    const tree = buildTree('location / { content_by_lua_block { ngx.say("}") } }', 'f');
    expect(tree.directives[0]?.children?.[0]).toMatchObject({
      name: 'content_by_lua_block',
      opaque: true,
      children: [],
    });
  });
});
