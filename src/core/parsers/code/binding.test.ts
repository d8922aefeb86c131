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

describe('Kotlin expression-bodied functions', () => {
  it('binds `fun name(): Type = <expr>` to the function, not to its return type', () => {
    const masked = 'class C {\n  fun pricingClient(): WebClient = WebClient.builder().build()\n}\n';
    const b = findBinding(masked, masked.indexOf('WebClient.builder'));
    expect(b).toMatchObject({ kind: 'var', name: 'pricingClient()' });
  });

  it('keeps a typed variable (`val client: WebClient = …`) named by the variable', () => {
    const masked = 'val client: WebClient = WebClient.builder().build()\n';
    expect(findBinding(masked, masked.indexOf('WebClient.builder'))).toMatchObject({
      kind: 'var',
      name: 'client',
    });
  });
});
