import { describe, expect, it } from 'vitest';
import type { Chain } from '../model/chain';
import { ms } from '../model/duration';
import { decodeShareDocument } from './codec';

/**
 * Links published by each share version, frozen. These must keep opening to the same chain
 * forever: never edit a fragment or its expected chain; add new versions below instead.
 */
const e = { kind: 'edit' } as const;

const V1_ARTICLE =
  'v1.dZHNasMwEIRfpcxZMRLBaatrD6X33kIwxtk4oo4kJMWkGL17kZXYaX5uy-7st8POAA25HqAg0XSKdABDgERrFsHV2lvjUquDxKd5mSQecsDXtqMPo_W3OpA5htTqIcuSc86wg8Q-BFvlnaI1GfPK0EAuWTp8R4gxsmxGt0qfzl4udXdVjwZ-iGzdqZ6q8M_CarYw6ovG6F0GLMfzZT5_vx8ZjtYHR_WhmKZnqnjGfBuZ7zfMx6wbp-Vzp4I_xF5btc6cfqvxyz05r0xSikLgMvIUqj3VW3JFejM1IWsw_bm2dk48kRaeXE9uzjwrpsCnsFeccx7jhsFBrgUTm_gH';

const V1_ARTICLE_CHAIN: Chain = {
  nodes: [
    {
      id: 'client',
      tech: 'go-transport',
      label: 'Go client',
      settings: {
        IdleConnTimeout: {
          value: 55000,
          origin: {
            kind: 'explicit',
            file: 'http_client.go',
            line: 7,
            column: 3,
            setting: 'IdleConnTimeout',
          },
        },
      },
    },
    {
      id: 'nginx',
      tech: 'nginx',
      label: 'nginx',
      settings: {
        keepalive_timeout: {
          value: 65000,
          origin: {
            kind: 'explicit',
            file: 'nginx.conf',
            line: 3,
            column: 5,
            setting: 'keepalive_timeout',
          },
        },
        'upstream.keepalive': {
          value: 100,
          origin: {
            kind: 'explicit',
            file: 'nginx.conf',
            line: 8,
            column: 9,
            setting: 'keepalive',
          },
        },
        'upstream.keepalive_timeout': {
          value: 55000,
          origin: {
            kind: 'explicit',
            file: 'nginx.conf',
            line: 10,
            column: 9,
            setting: 'keepalive_timeout',
          },
        },
        proxy_http_version: { value: '1.1', origin: e },
        'proxy_set_header.Connection': { value: '', origin: e },
      },
    },
    {
      id: 'app',
      tech: 'go-http-server',
      label: 'Go app',
      settings: { IdleTimeout: { value: 60000, origin: e } },
    },
  ],
  links: [{ rttMs: ms(1) }, { rttMs: ms(1) }],
};

/** Every v1 feature: versions, locks, fix/explicit/edit origins, null, traffic, options, sources. */
const V1_FULL =
  'v1.ddFBb8IgFAfwr9L8z9igiT28ZQePu5ltN9eY2j5jlQID2nUxfPcFW7PExBPwePz4B67QoN0VLQiVOkAgpNmPX0yrAYS6d451gMAFtEPbKN6HtmPTh3we955roxuPMooZs3bGtGl4cQrBLjy7gd2sriQEFAib7RsEPOiKqSG_MNuNagf-nPS0NYCKtZRSYATBOmON5yY7_GbhxNmxHTOrKo0o7siJq4adfyCKG3EE3dvOfoqxXIn0FE9O_7NdNb7zd88--C27D1NfOIB0r1SMpYAD7WS-LgWCS3c660ErKaBbkMyXUcCkepeqKUoDWsrEu_r2Ebrq-CFd4DE8S5a9ZkWxl1K-fGnEMv4B';

const V1_FULL_CHAIN: Chain = {
  nodes: [
    {
      id: 'alb',
      tech: 'aws-alb',
      version: 'current',
      settings: {},
      locked: ['idle_timeout.timeout_seconds'],
    },
    {
      id: 'app',
      tech: 'node-http-server',
      version: '20',
      label: 'API',
      settings: {
        'server.keepAliveTimeout': {
          value: 65000,
          origin: { kind: 'fix', note: 'proposed by the fix plan' },
        },
        'server.headersTimeout': {
          value: 66000,
          origin: {
            kind: 'explicit',
            file: 'server.js',
            line: 12,
            setting: 'server.headersTimeout',
          },
        },
        'server.maxRequestsPerSocket': { value: null, origin: e },
      },
    },
  ],
  links: [{ rttMs: ms(0.5) }],
  traffic: { rps: 20, nonIdempotentShare: 0.1 },
  options: { safetyMarginMs: ms(2000), reactionDelayMs: ms(10) },
};

const V2_UNKNOWN =
  'v2.ZY8xDsIwDEWvYv05RapgChMXYGKrOkDrUkNxoiaUocrdUWgRA4tl633pfc9Q2GqGwOI8XGAQ8_YKRb6SWYn3K1HXctHH6IvA48QjDAZYHF3LtKQC7IwFbu7M_jDIxCd5sHvGjKY8nrBonHZy_WVgMGaXkvNRnJI_h8Atie5JXaTAkUQp9kxXmVipk4EDkkEH-zXewtKo3Bk0sFuT_8Nfj5RS_dFVZZ3e';
const V2_UNKNOWN_CHAIN: Chain = {
  nodes: [
    { id: 'alb', tech: 'aws-alb', settings: {} },
    {
      id: 'app',
      tech: 'node-http-server',
      label: 'Node app',
      settings: {
        'server.keepAliveTimeout': {
          value: {
            unknown: 'config.keepAlive',
            reason: 'an option passed in; not set in the given files',
          },
          origin: {
            kind: 'explicit',
            file: 'server.js',
            line: 14,
            column: 3,
            setting: 'keepAliveTimeout',
          },
        },
      },
    },
  ],
  links: [{ rttMs: ms(1) }],
};

describe('frozen share links', () => {
  it('v2: a value written but unresolved stays unknown', async () => {
    expect(await decodeShareDocument(V2_UNKNOWN)).toEqual({
      ok: true,
      value: { chain: V2_UNKNOWN_CHAIN },
    });
  });

  it('v1: the article chain', async () => {
    expect(await decodeShareDocument(V1_ARTICLE)).toEqual({
      ok: true,
      value: { chain: V1_ARTICLE_CHAIN },
    });
  });

  it('v1: every feature, with shared config text', async () => {
    expect(await decodeShareDocument(V1_FULL)).toEqual({
      ok: true,
      value: {
        chain: V1_FULL_CHAIN,
        sources: [{ name: 'server.js', text: 'server.headersTimeout = 66_000;\n' }],
      },
    });
  });
});
