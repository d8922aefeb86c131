import { chainOf } from '../../analysis/test-chain';
import type { Chain } from '../../model/chain';

/**
 * The seed article's chain, "Client (55s) → nginx (60s) → App (65s)" as its snippets write it: a Go
 * client with IdleConnTimeout 55 s, nginx keeping clients 65 s and its upstream pool 55 s, and a
 * Spring Boot (Tomcat) app with keep-alive-timeout 60 s.
 */
export const seedChain = (): Chain =>
  chainOf([
    ['go-transport', { IdleConnTimeout: 55_000 }, { id: 'client' }],
    [
      'nginx',
      {
        keepalive_timeout: 65_000,
        'upstream.keepalive': 100,
        'upstream.keepalive_timeout': 55_000,
      },
      { id: 'nginx' },
    ],
    ['spring-boot-tomcat', { 'server.tomcat.keep-alive-timeout': 60_000 }, { id: 'app' }],
  ]);

/** ALB → nginx → Node at their defaults. */
export const albNginxNodeChain = (): Chain =>
  chainOf([
    ['aws-alb', {}, { id: 'alb' }],
    ['nginx', {}, { id: 'nginx' }],
    ['node-http-server', {}, { id: 'api' }],
  ]);

/** A chain with one hop per technology whose metrics the alert rules use. */
export const metricsChain = (): Chain =>
  chainOf([
    ['undici', {}, { id: 'web' }],
    ['aws-alb', {}, { id: 'alb' }],
    ['ingress-nginx', {}, { id: 'ingress' }],
    ['envoy', {}, { id: 'envoy' }],
    ['haproxy', {}, { id: 'haproxy' }],
    ['node-http-server', {}, { id: 'api' }],
  ]);
