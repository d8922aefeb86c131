import { describe, expect, it } from 'vitest';
import { indexEnvValues } from './env-values';

const find = (name: string, text: string, file = 'f') =>
  indexEnvValues([{ name: file, text }]).get(name);

describe('indexEnvValues (environment variables set in the given files)', () => {
  it('reads the forms Dockerfiles, compose, .env, shells and Kubernetes use', () => {
    expect(find('KA', 'FROM nginx:1.27\nENV KA=75s\n')).toEqual({
      file: 'f',
      value: '75s',
      line: 2,
    });
    expect(find('KA', 'FROM nginx\nENV KA 75s\n')?.value).toBe('75s');
    expect(find('KA', 'export KA="75s"\n')?.value).toBe('75s');
    expect(find('KA', '# timeouts\nKA=75s # seconds\n')).toEqual({
      file: 'f',
      value: '75s',
      line: 2,
    });
    expect(find('KA', 'services:\n  web:\n    environment:\n      KA: "75s"\n')?.value).toBe('75s');
    expect(find('KA', 'services:\n  web:\n    environment:\n      - KA=75s\n')?.value).toBe('75s');
    expect(find('KA', 'env:\n  - name: KA\n    value: "75s"\n')).toEqual({
      file: 'f',
      value: '75s',
      line: 2,
    });
  });

  it('takes only the variable itself, and only a literal value', () => {
    expect(find('KA', 'NGINX_KA=75s\nKA_MAX=10\n')).toBeUndefined();
    expect(find('KA', 'KA=${FROM_CI}\n')).toBeUndefined();
    expect(find('KA', 'the KA setting is 75s\n')).toBeUndefined();
  });

  it('takes the first file that sets it', () => {
    const files = [
      { name: '.env', text: 'KA=70s\n' },
      { name: 'docker-compose.yml', text: 'environment:\n  KA: 80s\n' },
    ];
    expect(indexEnvValues(files).get('KA')).toEqual({ file: '.env', value: '70s', line: 1 });
  });
});
