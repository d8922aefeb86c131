import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect';
import { seedsFrom } from '../testing/mutate';

/** Every Java/Kotlin input of the java-client fixtures (Apache HttpClient code). */
const CLIENT_CODE = import.meta.glob<string>('../java-client/__fixtures__/*/*.{java,kt}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const CUSTOMIZERS = import.meta.glob<string>('./__fixtures__/tomcat-customizer-*/*.{java,kt}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const inputs = seedsFrom;

describe('Tomcat customizer code and Apache HttpClient code', () => {
  it('sends each Tomcat customizer to the spring parser', () => {
    const files = inputs(CUSTOMIZERS);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(detectFormat(f.text, f.name).parser?.id, f.name).toBe('spring');
  });

  it('leaves HttpClient code to the java-client parser', () => {
    const files = inputs(CLIENT_CODE);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files)
      expect(detectFormat(f.text, f.name).parser?.id, f.name).toBe('java-client');
  });

  it('does not claim an HTTP client that happens to call setConnectionTimeout', () => {
    const text = `@Bean
RestTemplate restTemplate() {
    HttpComponentsClientHttpRequestFactory f = new HttpComponentsClientHttpRequestFactory();
    f.setConnectionTimeout(5000);
    return new RestTemplate(f);
}
`;
    expect(detectFormat(text, 'HttpConfig.java').parser?.id).not.toBe('spring');
  });
});
