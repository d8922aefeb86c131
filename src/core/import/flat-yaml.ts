import type { Diagnostic } from '../source/diagnostic';

/**
 * YAML copied from a web page often loses its indentation: every line starts in column 0 and the
 * parents are left with empty values (`server:` / `tomcat:` / `keep-alive-timeout: 60s`). For key
 * paths we know (Spring, Kubernetes ConfigMaps, ingress-nginx Helm values) the nesting can be
 * rebuilt; for others we can only say that the indentation looks lost.
 *
 * Known paths, `*` for any key (a ConfigMap's data). Keys are compared without case, `-` or `_`,
 * as Spring's relaxed binding does.
 */
const KNOWN_PATHS = [
  'server.port',
  'server.address',
  'server.shutdown',
  'server.servlet.context-path',
  'server.tomcat.*',
  'server.tomcat.threads.*',
  'server.tomcat.accesslog.*',
  'server.jetty.*',
  'server.jetty.threads.*',
  'server.netty.*',
  'server.undertow.*',
  'server.http2.enabled',
  'server.compression.*',
  'server.ssl.*',
  'spring.application.name',
  'spring.profiles.active',
  'spring.profiles.include',
  'spring.config.activate.on-profile',
  'spring.config.import',
  'spring.main.*',
  'spring.cloud.gateway.httpclient.*',
  'spring.cloud.gateway.httpclient.pool.*',
  'spring.datasource.*',
  'management.*',
  'management.endpoints.web.exposure.*',
  'logging.level.*',
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.labels.*',
  'metadata.annotations.*',
  'data.*',
  'controller.config.*',
  'controller.service.annotations.*',
  'controller.service.*',
  'controller.*',
];

interface Trie {
  children: Map<string, Trie>;
  /** Any key may sit below (as a leaf). */
  any: boolean;
}

const norm = (k: string) => k.toLowerCase().replace(/[-_]/g, '');

function buildTrie(): Trie {
  const root: Trie = { children: new Map(), any: false };
  for (const path of KNOWN_PATHS) {
    let at = root;
    for (const part of path.split('.')) {
      if (part === '*') {
        at.any = true;
        break;
      }
      const key = norm(part);
      let next = at.children.get(key);
      if (!next) at.children.set(key, (next = { children: new Map(), any: false }));
      at = next;
    }
  }
  return root;
}

const TRIE = buildTrie();

/** `key:` or `key: value` in column 0 (a YAML mapping line), with its key and whether it has a value. */
const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(\S.*))?$/;

interface KeyLine {
  index: number;
  key: string;
  empty: boolean;
}

/** The key lines of a text whose every line starts in column 0, or null when it is not so. */
function readFlatKeys(lines: readonly string[]): KeyLine[] | null {
  const keys: KeyLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.startsWith('#') || line === '---') continue;
    if (/^[ \t]/.test(line)) return null; // some indentation survived: not flat
    const m = KEY_LINE.exec(line);
    if (!m) {
      if (line.startsWith('- ')) return null; // a top-level list: not what we rebuild
      continue;
    }
    const value = (m[2] ?? '').replace(/[ \t]+#.*$/, '');
    keys.push({ index: i, key: m[1] ?? '', empty: value === '' || value.startsWith('#') });
  }
  return keys;
}

/** Whether a text is YAML whose indentation looks lost: parents with empty values, flat. */
function looksFlat(keys: readonly KeyLine[]): boolean {
  let parents = 0;
  for (let k = 0; k + 1 < keys.length; k++) if (keys[k]?.empty) parents++;
  return parents >= 1 && keys.length >= 3;
}

/**
 * The depth each key line goes at: the deepest open parent under which the key is a known path
 * (an explicit match anywhere beats a wildcard), else the deepest open parent. Returns null when
 * some key matched nothing known: the nesting cannot be trusted then.
 */
function rebuildDepths(keys: readonly KeyLine[]): Map<number, number> | null {
  const stack: { key: string; node: Trie | undefined }[] = [];
  const depths = new Map<number, number>();
  let matchedAll = true;
  for (const k of keys) {
    const key = norm(k.key);
    let explicit = -1;
    let wildcard = -1;
    for (let d = stack.length; d >= 0; d--) {
      const parent = d === 0 ? TRIE : stack[d - 1]?.node;
      if (!parent) continue;
      if (explicit < 0 && parent.children.has(key)) explicit = d;
      if (wildcard < 0 && parent.any) wildcard = d;
    }
    const depth = explicit >= 0 ? explicit : wildcard;
    if (depth < 0) matchedAll = false;
    const at = depth >= 0 ? depth : stack.length;
    stack.length = at;
    depths.set(k.index, at);
    if (k.empty) {
      const parent = at === 0 ? TRIE : stack[at - 1]?.node;
      stack.push({ key, node: parent?.children.get(key) });
    }
  }
  return matchedAll ? depths : null;
}

export interface FlatYamlRepair {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Rebuilds the indentation of YAML pasted flat, for known key paths, with a warning that says so;
 * for unknown paths, only the warning that the indentation looks lost. Other texts: undefined.
 * Lines are only indented, never moved, so line numbers stay those of the pasted text.
 */
export function repairFlatYaml(text: string, file: string): FlatYamlRepair | undefined {
  // An indented line that is not blank: some indentation survived (found within the first lines
  // of any indented config, so a large nginx.conf is not scanned to its end).
  if (/(?:^|[\r\n])[ \t]+\S/.test(text)) return undefined;
  if (text.includes('{') && !/^\w[\w.-]*:/m.test(text)) return undefined;
  const lines = text.split(/\r\n|\r|\n/);
  const keys = readFlatKeys(lines);
  if (!keys || !looksFlat(keys)) return undefined;
  const depths = rebuildDepths(keys);
  const at = { line: 1, column: 1, file };
  if (!depths)
    return {
      text,
      diagnostics: [
        {
          code: 'IMPORT_INDENTATION_LOST',
          severity: 'warning',
          message:
            'every line starts in column 0 and some keys have no value: the indentation looks lost (copied from a web page?); re-indent it and paste again',
          ...at,
        },
      ],
    };
  let depth = 0;
  const out = lines.map((line, i) => {
    const d = depths.get(i);
    if (d !== undefined) depth = d;
    // Comments and list items follow the key before them, one level in for a parent.
    const indent = d !== undefined ? d : line.trim() === '' ? 0 : depth + 1;
    return `${'  '.repeat(indent)}${line}`;
  });
  return {
    text: out.join('\n'),
    diagnostics: [
      {
        code: 'IMPORT_INDENTATION_REBUILT',
        severity: 'warning',
        message:
          'the indentation looked lost (every line in column 0): the nesting was rebuilt from the known keys; check the values, and the columns shown are those of the rebuilt text',
        ...at,
      },
    ],
  };
}
