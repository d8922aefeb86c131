import { describe, expect, it } from 'vitest';
import { requestPathSegments } from './request-path';

describe('requestPathSegments', () => {
  it.each([
    ['/', ['index.html']],
    ['/?x=1', ['index.html']],
    ['/assets/index-abc.js', ['assets', 'index-abc.js']],
    ['/assets/a%20b.css?v=2', ['assets', 'a b.css']],
    ['/sub/', ['sub', 'index.html']],
  ])('%s names %j', (url, segments) => {
    expect(requestPathSegments(url)).toEqual({ ok: true, value: segments });
  });

  it.each([
    '/../package.json',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2Fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/..\\package.json',
    '/assets%5c..%5c..%5cpackage.json',
    '/.git/config',
    '/./index.html',
    '//etc/passwd',
    '/index.html%00.js',
    '/%E0%A4%A',
    'index.html',
    'http://127.0.0.1/index.html',
  ])('refuses %s', (url) => {
    expect(requestPathSegments(url).ok).toBe(false);
  });
});
