import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect';
import { detectTraefik } from './index';

const FIXTURES = join(__dirname, '__fixtures__');

const SPRING = `server:
  port: 8080
  tomcat:
    keep-alive-timeout: 30s
spring:
  application:
    name: orders
`;

const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    traefik.ingress.kubernetes.io/router.entrypoints: websecure
spec:
  rules:
    - host: example.com
`;

describe('detectTraefik', () => {
  it('says 0 for Spring YAML and for an Ingress routed by Traefik', () => {
    expect(detectTraefik(SPRING, 'application.yml')).toBe(0);
    expect(detectTraefik(INGRESS, 'ingress.yaml')).toBe(0);
    expect(detectFormat(SPRING, 'application.yml').parser?.id).not.toBe('traefik');
    expect(detectFormat(INGRESS, 'ingress.yaml').parser?.id).not.toBe('traefik');
  });

  it('wins detection over every other reader for each Traefik fixture', () => {
    for (const dir of readdirSync(FIXTURES))
      for (const name of readdirSync(join(FIXTURES, dir)).filter((n) => n !== 'expected.json')) {
        const text = readFileSync(join(FIXTURES, dir, name), 'utf8');
        expect(detectFormat(text, name).parser?.id, `${dir}/${name}`).toBe('traefik');
      }
  });
});
