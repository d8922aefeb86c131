import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { kestrelLimitSnippet } from './dotnet-snippets';
import { dotnetTimeSpan } from './snippet-format';

const KESTREL_DOC =
  'https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.server.kestrel.core.kestrelserverlimits';
const HANDLER_DOC = 'https://learn.microsoft.com/dotnet/api/system.net.http.socketshttphandler';
const KESTREL_SRC =
  'src: aspnetcore KestrelServerLimits (_keepAliveTimeout = TimeSpan.FromSeconds(130), dotnet/runtime#52267)';

/**
 * Kestrel's limits take any positive TimeSpan (the setters throw on zero or negative, except
 * Timeout.InfiniteTimeSpan, stored as TimeSpan.MaxValue): 130 days is a real value, not a typo.
 */
const KESTREL_RANGE = {
  min: 1,
  max: 922_337_203_685_477,
  source: 'src: aspnetcore KestrelServerLimits KeepAliveTimeout/RequestHeadersTimeout setters',
};

/** ASP.NET Core Kestrel. */
export const kestrel: TechDef = {
  id: 'kestrel',
  name: 'ASP.NET Core Kestrel',
  kind: 'app-server',
  versions: ['9.0', '8.0', '6.0'],
  defaultVersion: '8.0',
  sides: 'server',
  doc: KESTREL_DOC,
  settings: [
    {
      key: 'Limits.KeepAliveTimeout',
      label: 'Idle time of a keep-alive connection',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'human',
      defaults: [{ value: 130_000, source: KESTREL_SRC }],
      range: KESTREL_RANGE,
      doc: `${KESTREL_DOC}.keepalivetimeout`,
      snippet: kestrelLimitSnippet('KeepAliveTimeout'),
    },
    {
      key: 'Limits.RequestHeadersTimeout',
      label: 'Time to receive request headers',
      role: 'request-timeout',
      kind: 'duration',
      dialect: 'human',
      defaults: [{ value: 30_000, source: 'src: aspnetcore KestrelServerLimits (code search)' }],
      range: KESTREL_RANGE,
      doc: `${KESTREL_DOC}.requestheaderstimeout`,
      snippet: kestrelLimitSnippet('RequestHeadersTimeout'),
    },
  ],
  resolve: (r) => ({
    server: {
      idle: r.num('Limits.KeepAliveTimeout'),
      keepAlive: true,
      hint: null,
      // Kestrel checks connection timeouts on its 1 s heartbeat.
      granularityMs: ms(1000),
      fixKey: 'Limits.KeepAliveTimeout',
      notes: ['Whether Kestrel sends a Keep-Alive header is UNVERIFIED (assumed not).'],
    },
  }),
};

/** .NET `HttpClient` over `SocketsHttpHandler`. */
export const dotnetHttpClient: TechDef = {
  id: 'dotnet-http-client',
  name: '.NET HttpClient (SocketsHttpHandler)',
  kind: 'client',
  versions: ['9.0', '8.0', '6.0', '5.0', '3.1'],
  defaultVersion: '8.0',
  sides: 'client',
  doc: HANDLER_DOC,
  settings: [
    {
      key: 'PooledConnectionIdleTimeout',
      label: 'Idle time of a pooled connection',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'human',
      defaults: [
        {
          since: '6.0',
          value: 60_000,
          source: 'doc: SocketsHttpHandler.PooledConnectionIdleTimeout; HttpHandlerDefaults',
        },
        {
          value: 120_000,
          source: 'doc: SocketsHttpHandler.PooledConnectionIdleTimeout (.NET Core, .NET 5: 2 min)',
        },
      ],
      doc: `${HANDLER_DOC}.pooledconnectionidletimeout`,
      snippet: (v) =>
        `new SocketsHttpHandler { PooledConnectionIdleTimeout = ${dotnetTimeSpan(v)} };`,
    },
    {
      key: 'PooledConnectionLifetime',
      label: 'Maximum age of a pooled connection (infinite by default)',
      role: 'max-age',
      kind: 'duration',
      dialect: 'human',
      defaults: [{ value: null, source: 'src: HttpHandlerDefaults (Timeout.InfiniteTimeSpan)' }],
      doc: `${HANDLER_DOC}.pooledconnectionlifetime`,
      snippet: (v) => `new SocketsHttpHandler { PooledConnectionLifetime = ${dotnetTimeSpan(v)} };`,
    },
    {
      key: 'HandlerLifetime',
      label: 'IHttpClientFactory handler lifetime (new connections after it; factory clients only)',
      role: null,
      kind: 'duration',
      dialect: 'human',
      defaults: [
        {
          value: 120_000,
          source: 'doc: HttpClientBuilderExtensions.SetHandlerLifetime (default two minutes)',
        },
      ],
      doc: 'https://learn.microsoft.com/dotnet/api/microsoft.extensions.dependencyinjection.httpclientbuilderextensions.sethandlerlifetime',
      snippet: (v) => `services.AddHttpClient("<name>").SetHandlerLifetime(${dotnetTimeSpan(v)});`,
    },
  ],
  resolve: (r) => ({
    client: {
      idle: r.num('PooledConnectionIdleTimeout'),
      reuse: true,
      hint: {
        honours: true,
        marginMs: ms(1000),
        source:
          'src: dotnet/runtime SocketsHttpHandler/HttpConnection.cs ProcessKeepAliveHeader (code search)',
      },
      finDetection: true,
      retry: {
        policy: 'any-unsent',
        attempts: 1,
        summary:
          'retried when a pooled connection fails before the body is sent and before any response byte (dotnet/corefx#26708); .NET 6 regressed this (dotnet/runtime#60644): current behaviour UNVERIFIED',
        source: 'dotnet/corefx#26708; dotnet/runtime#60644',
      },
      granularityMs: ms(1),
      maxAge: r.num('PooledConnectionLifetime'),
      fixKey: 'PooledConnectionIdleTimeout',
      notes: ['A hint of timeout ≤ 1 (or max=0) makes the connection non-reusable.'],
    },
  }),
};
