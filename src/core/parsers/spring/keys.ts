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
  /**
   * Catalog setting key, or undefined while the catalog has no module for `tech`: the value is
   * then only reported (SPRING_OTHER_SERVER), not extracted.
   */
  catalogKey: string | undefined;
}

const TOMCAT = 'spring-boot-tomcat';

/** Source: spring-boot c329ffa25d TomcatServerProperties / JettyServerProperties / NettyServerProperties. */
export const SPRING_KEYS: readonly SpringKeyDef[] = [
  {
    key: 'server.tomcat.connection-timeout',
    tech: TOMCAT,
    kind: 'duration',
    catalogKey: 'server.tomcat.connection-timeout',
  },
  {
    key: 'server.tomcat.keep-alive-timeout',
    tech: TOMCAT,
    kind: 'duration',
    catalogKey: 'server.tomcat.keep-alive-timeout',
  },
  {
    key: 'server.tomcat.max-keep-alive-requests',
    tech: TOMCAT,
    kind: 'count',
    catalogKey: 'server.tomcat.max-keep-alive-requests',
  },
  {
    key: 'server.jetty.connection-idle-timeout',
    tech: 'jetty',
    kind: 'duration',
    // Spring passes it to the ServerConnector's idle timeout (unset: Jetty's 30 s).
    catalogKey: 'idleTimeout',
  },
  {
    key: 'server.netty.idle-timeout',
    // The Reactor Netty *server*; the catalog's reactor-netty is its client pool, so not mapped yet.
    tech: 'reactor-netty',
    kind: 'duration',
    catalogKey: undefined,
  },
  {
    key: 'server.netty.max-keep-alive-requests',
    tech: 'reactor-netty',
    kind: 'count',
    catalogKey: undefined,
  },
];

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
  const replacement = DEPRECATED_KEYS[canonical];
  if (replacement !== undefined) return { kind: 'deprecated', replacement };
  if (env) {
    const near = BY_SQUASHED.get(squash(written));
    if (near) return { kind: 'unbound-env', def: near };
  }
  return { kind: 'other' };
}
