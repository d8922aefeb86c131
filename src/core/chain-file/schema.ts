import { ROLES, type Role } from '../model/roles';
import { TECHS } from '../catalog/registry';
import type { SettingDef, TechDef } from '../catalog/types';
import { CHAIN_FILE_VERSION } from './types';

type Schema = Record<string, unknown>;

const NUM = '(?:\\d+(?:\\.\\d*)?|\\.\\d+)';
/** Units in descending order, each at most once, as parseDuration(…, 'human') requires. */
const COMPOUND = `(?=[\\d.])${['d', 'h', '(?:min|m(?!s))', 's', 'ms', 'us', 'ns'].map((u) => `(?:${NUM}\\s*${u}\\s*)?`).join('')}`;
const ISO =
  'P(?=\\d|T\\d)(?:\\d+(?:\\.\\d+)?D)?(?:T(?=\\d)(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?';
const FINITE = `${COMPOUND}|\\d[\\d_]*(?:\\.\\d*)?|\\.\\d+|${ISO}`;
const DURATION_HELP = 'A duration: 65s, 1m30s, 500ms, 2h; a bare number is milliseconds';

const ROLE_HELP: Record<Role, string> = {
  'server-idle': 'Server idle timeout: how long the server keeps an idle keep-alive connection',
  'client-idle': 'Client idle timeout: how long the client pool keeps an idle connection',
  'l4-idle': 'Idle timeout of an L4 middlebox (NAT, NLB, conntrack)',
  'max-requests': 'Requests per connection before it is closed',
  'max-age': 'Maximum age of a connection',
  'request-timeout': 'Time allowed to receive a request',
  hint: 'The Keep-Alive: timeout=N the server advertises',
};

/** The duration syntax as a pattern (`none` allowed or not) or a number of milliseconds. */
const durationShape = (allowNone: boolean): Schema => ({
  anyOf: [
    {
      type: 'string',
      pattern: `^\\s*(?:${allowNone ? 'none|unlimited|infinite|infinity|inf|never|∞|' : ''}${FINITE})\\s*$`,
    },
    { type: 'number', minimum: 0 },
  ],
});

const DEFINITIONS = {
  duration: durationShape(true),
  finiteDuration: durationShape(false),
  count: { anyOf: [{ type: 'integer', minimum: 0 }, { enum: ['none', 'unlimited'] }] },
};

const duration = (description: string, allowNone = true): Schema => ({
  description: `${description}. ${DURATION_HELP}${allowNone ? '; none = no limit' : ''}.`,
  allOf: [{ $ref: allowNone ? '#/definitions/duration' : '#/definitions/finiteDuration' }],
});

const count = (description: string): Schema => ({
  description: `${description}. A whole number; none = no limit.`,
  allOf: [{ $ref: '#/definitions/count' }],
});

function settingSchema(def: SettingDef): Schema {
  const description = `${def.label} (${def.doc})`;
  switch (def.kind) {
    case 'duration':
      return duration(description);
    case 'count':
      return count(description);
    case 'enum':
      return { description, enum: [...(def.enumValues ?? [])] };
    case 'bool':
      return { description, type: 'boolean' };
    case 'text':
      return { description, type: 'string' };
  }
}

/** Per technology: which `settings:` keys exist and what their values look like. */
function techRule(tech: TechDef): Schema {
  return {
    // JSON Schema's if/then keywords (draft-07), not a promise.
    if: { properties: { tech: { pattern: `^${tech.id.replace(/[.-]/g, '\\$&')}(?:@.*)?$` } } },
    // oxlint-disable-next-line unicorn/no-thenable
    then: {
      properties: {
        settings: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(tech.settings.map((s) => [s.key, settingSchema(s)])),
        },
        version: { description: `${tech.name} version`, examples: [...tech.versions] },
      },
    },
  };
}

function nodeSchema(): Schema {
  const ids = TECHS.map((t) => t.id);
  const roles = Object.fromEntries(
    ROLES.map((r) => [r, r === 'max-requests' ? count(ROLE_HELP[r]) : duration(ROLE_HELP[r])]),
  );
  const config = {
    anyOf: [
      { type: 'string', description: 'A config file to import values from, relative to this file' },
      {
        type: 'object',
        additionalProperties: false,
        required: ['path'],
        properties: {
          path: { type: 'string' },
          scope: {
            type: 'string',
            description: 'Which block of the file (server :8080, upstream backend)',
          },
        },
      },
    ],
  };
  return {
    type: 'object',
    required: ['tech'],
    additionalProperties: false,
    properties: {
      tech: {
        description: 'Catalog technology id, optionally with @version',
        anyOf: [{ enum: ids }, { type: 'string', pattern: `^(?:${ids.join('|')})@.+$` }],
      },
      version: {
        type: ['string', 'number'],
        description: 'Technology version: picks defaults that changed between versions',
      },
      id: {
        type: 'string',
        description: 'Node id used in reports and fixes (default: the tech id)',
      },
      label: { type: 'string', description: 'A name for people' },
      ...roles,
      settings: {
        type: 'object',
        description: 'Values by catalog setting key (docs/catalog-keys.md)',
      },
      locked: {
        type: 'array',
        items: { type: 'string' },
        description: 'Setting keys or roles the fix plan must not change',
      },
      config: {
        description: 'Config file(s) to import values from',
        anyOf: [config, { type: 'array', items: config }],
      },
      client: {
        type: 'object',
        description:
          "The process's client side when it is another technology (a Go app's http.Transport beside its http.Server)",
        required: ['tech'],
        additionalProperties: false,
        properties: {
          tech: { description: 'Catalog technology id, optionally with @version', type: 'string' },
          version: { type: ['string', 'number'] },
          ...roles,
          settings: { type: 'object', description: 'Values by catalog setting key' },
          locked: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    allOf: TECHS.map(techRule),
  };
}

/**
 * JSON Schema (draft-07) for chain files, built from the catalog so technology ids and setting
 * keys stay in step with it. schema/chain.schema.json is this, printed by `timeout-chain schema`.
 */
export function buildChainSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Timeout Chain chain file',
    description: 'A request chain, client end first (docs/chain-file.md).',
    definitions: DEFINITIONS,
    type: 'object',
    required: ['nodes'],
    additionalProperties: false,
    properties: {
      version: { const: CHAIN_FILE_VERSION, description: 'Chain file format version' },
      nodes: {
        type: 'array',
        minItems: 1,
        items: nodeSchema(),
        description: 'Nodes in request order, client end first',
      },
      links: {
        type: 'array',
        description: 'The network between node i and i+1 (default rtt 1ms)',
        items: {
          anyOf: [
            {
              type: 'object',
              additionalProperties: false,
              properties: { rtt: duration('Round-trip time', false) },
            },
            duration('Round-trip time', false),
          ],
        },
      },
      traffic: {
        type: 'object',
        additionalProperties: false,
        required: ['rps'],
        properties: {
          rps: { type: 'number', minimum: 0, description: 'Requests per second at the client end' },
          'non-idempotent': {
            description:
              'Share of POST/PATCH requests (not retried): 0..1 or a percentage like 10%',
            anyOf: [
              { type: 'number', minimum: 0, maximum: 1 },
              { type: 'string', pattern: '^\\d+(?:\\.\\d+)?\\s*%$' },
            ],
          },
        },
      },
      options: {
        type: 'object',
        additionalProperties: false,
        properties: {
          'safety-margin': duration(
            'Safety allowance added to the required margin (default 1s)',
            false,
          ),
          'reaction-delay': duration('Client reaction delay to a FIN (default 10ms)', false),
        },
      },
    },
  };
}
