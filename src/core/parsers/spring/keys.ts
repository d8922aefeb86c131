import { ownEntry } from '../../model/own-entry';
/**
 * The Spring Boot properties this parser knows, and Spring's relaxed binding of their names
 * (docs.spring.io "Relaxed Binding": kebab-case, camelCase, underscore and environment-variable
 * forms all bind to the same property).
 */

export interface SpringKeyDef {
  /** Canonical (kebab-case) name, as written in docs/catalog-keys.md. */
  key: string;
  /** Catalog technology the value belongs to. */
  tech: string;
  kind: 'duration' | 'count';
  /** Catalog setting key of `tech`. */
  catalogKey: string;
}

const TOMCAT = 'spring-boot-tomcat';
const NETTY = 'spring-boot-netty';
/** Spring Cloud Gateway's HttpClient pool (Reactor Netty ConnectionProvider). */
const GATEWAY_CLIENT = 'reactor-netty';

/** Technologies whose node is the client side of the process (the others are servers). */
export const CLIENT_TECHS: ReadonlySet<string> = new Set([GATEWAY_CLIENT]);

const keyDef = (
  key: string,
  tech: string,
  kind: SpringKeyDef['kind'],
  catalogKey: string,
): SpringKeyDef => ({
  key,
  tech,
  kind,
  catalogKey,
});

/**
 * Spring Cloud Gateway (WebFlux) pool properties: `spring.cloud.gateway.httpclient.pool.*` up to
 * 4.2, `spring.cloud.gateway.server.webflux.httpclient.pool.*` since 4.3. Unset: no max idle
 * time and no max life time (src: spring-cloud-gateway HttpClientProperties.Pool, null defaults).
 */
const gatewayPool = (prefix: string): SpringKeyDef[] => [
  keyDef(`${prefix}.httpclient.pool.max-idle-time`, GATEWAY_CLIENT, 'duration', 'maxIdleTime'),
  keyDef(`${prefix}.httpclient.pool.max-life-time`, GATEWAY_CLIENT, 'duration', 'maxLifeTime'),
];

/**
 * Source: spring-boot c329ffa25d TomcatServerProperties / JettyServerProperties /
 * NettyServerProperties; spring-cloud-gateway HttpClientProperties.
 */
export const SPRING_KEYS: readonly SpringKeyDef[] = [
  keyDef(
    'server.tomcat.connection-timeout',
    TOMCAT,
    'duration',
    'server.tomcat.connection-timeout',
  ),
  keyDef(
    'server.tomcat.keep-alive-timeout',
    TOMCAT,
    'duration',
    'server.tomcat.keep-alive-timeout',
  ),
  keyDef(
    'server.tomcat.max-keep-alive-requests',
    TOMCAT,
    'count',
    'server.tomcat.max-keep-alive-requests',
  ),
  // Spring passes it to the ServerConnector's idle timeout (unset: Jetty's 30 s).
  keyDef('server.jetty.connection-idle-timeout', 'jetty', 'duration', 'idleTimeout'),
  keyDef('server.netty.idle-timeout', NETTY, 'duration', 'server.netty.idle-timeout'),
  keyDef(
    'server.netty.max-keep-alive-requests',
    NETTY,
    'count',
    'server.netty.max-keep-alive-requests',
  ),
  ...gatewayPool('spring.cloud.gateway'),
  ...gatewayPool('spring.cloud.gateway.server.webflux'),
];

/**
 * What a property says about the process without being a timeout: a Spring Cloud Gateway on
 * WebFlux runs on Reactor Netty and proxies with a pooled Reactor Netty HttpClient (it "does not
 * work in a traditional Servlet Container"); `spring.main.web-application-type: reactive` runs on
 * Netty too. Gateway Server MVC (`…gateway.mvc`, `…gateway.server.webmvc`) runs on Tomcat.
 */
export function impliedTechs(written: string, value: string | undefined): string[] {
  const c = isEnvName(written) ? canonicalizeEnv(written) : canonicalizeDotted(written);
  if (c.startsWith('spring.cloud.gateway.')) {
    if (/^spring\.cloud\.gateway\.(mvc|server\.webmvc)\./.test(c)) return [];
    if (c === 'spring.cloud.gateway.enabled' && value?.trim().toLowerCase() === 'false') return [];
    return [NETTY, GATEWAY_CLIENT];
  }
  if (c === 'spring.main.webapplicationtype' && value?.trim().toLowerCase() === 'reactive')
    return [NETTY];
  return [];
}

/** `spring.cloud.gateway[.server.webflux].httpclient.pool.type: disabled` (a connection per request). */
export function isPoolDisabled(written: string, value: string | undefined): boolean {
  const c = isEnvName(written) ? canonicalizeEnv(written) : canonicalizeDotted(written);
  return (
    /^spring\.cloud\.gateway\.(server\.webflux\.)?httpclient\.pool\.type$/.test(c) &&
    value?.trim().toLowerCase() === 'disabled'
  );
}

/** Properties that choose which documents apply (Spring Boot 2.4+ and the legacy form). */
export const ACTIVATION_KEYS = {
  onProfile: 'spring.config.activate.onprofile',
  onCloudPlatform: 'spring.config.activate.oncloudplatform',
  legacyProfiles: 'spring.profiles',
} as const;

/** `server.connection-timeout` was replaced by server-specific properties in Spring Boot 2.3. */
export const DEPRECATED_KEYS: Readonly<Record<string, string>> = {
  'server.connectiontimeout': 'server.tomcat.connection-timeout',
};

/** Uniform form of a dotted name: lower case, `-` and `_` dropped inside each element. */
export function canonicalizeDotted(name: string): string {
  return name
    .split('.')
    .map((e) => e.toLowerCase().replace(/[-_]/g, ''))
    .join('.');
}

/** Uniform form of an environment-variable name: `_` separates elements (SERVER_TOMCAT_X → server.tomcat.x). */
export function canonicalizeEnv(name: string): string {
  return name.toLowerCase().split('_').join('.');
}

/** An environment-style name: no dots, at least one underscore, letters/digits/underscores only. */
export const isEnvName = (name: string): boolean =>
  !name.includes('.') && name.includes('_') && /^[A-Za-z][A-Za-z0-9_]*$/.test(name);

const BY_CANONICAL = new Map(SPRING_KEYS.map((d) => [canonicalizeDotted(d.key), d]));
const BY_SQUASHED = new Map(SPRING_KEYS.map((d) => [squash(d.key), d]));

function squash(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, '');
}

export type KeyMatch =
  | { kind: 'known'; def: SpringKeyDef }
  /** An environment name that looks like a known key but does not bind (extra `_` inside an element). */
  | { kind: 'unbound-env'; def: SpringKeyDef }
  | { kind: 'activation'; which: keyof typeof ACTIVATION_KEYS }
  | { kind: 'deprecated'; replacement: string }
  | { kind: 'other' };

/** Matches a name as written (dotted path or environment name) against the known properties. */
export function matchSpringKey(written: string): KeyMatch {
  const env = isEnvName(written);
  const canonical = env ? canonicalizeEnv(written) : canonicalizeDotted(written);
  const def = BY_CANONICAL.get(canonical);
  if (def) return { kind: 'known', def };
  for (const [which, key] of Object.entries(ACTIVATION_KEYS))
    if (key === canonical)
      return { kind: 'activation', which: which as keyof typeof ACTIVATION_KEYS };
  const replacement = ownEntry(DEPRECATED_KEYS, canonical);
  if (replacement !== undefined) return { kind: 'deprecated', replacement };
  if (env) {
    const near = BY_SQUASHED.get(squash(written));
    if (near) return { kind: 'unbound-env', def: near };
  }
  return { kind: 'other' };
}
