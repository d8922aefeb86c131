import { describe, expect, it } from 'vitest';
import { findBinding, scopeAt } from './binding';
import { maskCode, type CodeLanguage } from './mask';

/** Scope of the expression marked by `@` (the marker is replaced by a space). */
function scopeOf(source: string, lang: CodeLanguage): string {
  const at = source.indexOf('@');
  const masked = maskCode(source.replace('@', ' '), lang);
  return scopeAt(masked, at + 1, lang, 'none');
}

describe('scopeAt', () => {
  it.each<[string, CodeLanguage, string]>([
    ['srv := @&http.Server{}', 'go', 'srv'],
    ['var srv = @&http.Server{}', 'go', 'srv'],
    ['s.http = @&http.Server{}', 'go', 's.http'],
    ['c := &http.Client{\n\tTimeout: 1,\n\tTransport: @&http.Transport{},\n}', 'go', 'c.Transport'],
    ['func newServer() *http.Server {\n\treturn @&http.Server{}\n}', 'go', 'newServer()'],
    ['x := 1\n@&http.Server{}', 'go', 'none'],
    ['log.Fatal((@&http.Server{}).ListenAndServe())', 'go', 'none'],
    ['const server: http.Server = @http.createServer(app)', 'js', 'server'],
    ['const api = axios.create({ agent: @new https.Agent({}) })', 'js', 'api.agent'],
    ['const make = () => @new Agent({})', 'js', 'make()'],
    ['function build() { return @new Agent() }', 'js', 'build()'],
    [
      'CloseableHttpClient client = HttpClients.custom()\n    .setDefaultRequestConfig(RequestConfig.custom()@.setConnectionKeepAlive(x).build())\n    .build();',
      'java',
      'client',
    ],
    [
      'public CloseableHttpClient httpClient() throws Exception {\n  return HttpClients.custom()@.build();\n}',
      'java',
      'httpClient()',
    ],
  ])('%s', (source, lang, scope) => expect(scopeOf(source, lang)).toBe(scope));

  it('names the call an expression is an argument of', () => {
    const text = 'setGlobalDispatcher(new Agent({}))';
    expect(findBinding(maskCode(text, 'js'), text.indexOf('new'))).toMatchObject({
      kind: 'none',
      argOf: 'setGlobalDispatcher',
    });
  });
});
