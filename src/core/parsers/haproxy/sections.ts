import type { Line, Word } from './lexer';
import { ownEntry } from '../../model/own-entry';

/** The kinds of proxy section that carry keep-alive settings. */
export type ProxyKind = 'defaults' | 'frontend' | 'backend' | 'listen';

/** A section of haproxy.cfg: its header line and the lines up to the next header. */
export interface Section {
  kind: ProxyKind | 'global' | 'other';
  /** The section's name (`web`); empty for an anonymous `defaults` or `global`. */
  name: string;
  /** The named defaults section given with `from <name>`, when written. */
  from?: Word;
  header: Line;
  body: Line[];
}

/**
 * Keywords that open a section (HAProxy configuration manual, section 2 and 3–11). Sections
 * other than the proxies and `global` are skipped whole: their keywords mean other things.
 */
const SECTIONS: Record<string, Section['kind']> = {
  global: 'global',
  defaults: 'defaults',
  frontend: 'frontend',
  backend: 'backend',
  listen: 'listen',
  peers: 'other',
  resolvers: 'other',
  userlist: 'other',
  mailers: 'other',
  program: 'other',
  'http-errors': 'other',
  ring: 'other',
  cache: 'other',
  'log-forward': 'other',
  'crt-store': 'other',
  traces: 'other',
  'fcgi-app': 'other',
  acme: 'other',
};

/** Whether a line opens a section (its first word is a section keyword). */
export const opensSection = (line: Line): boolean =>
  Object.hasOwn(SECTIONS, line.words[0]?.text ?? '');

/** Reads `<kind> [name] [from <defaults>]` off a header line. */
function readHeader(line: Line, kind: Section['kind']): Omit<Section, 'body'> {
  const [, a, b, c] = line.words;
  // `defaults from base` (anonymous, inheriting) and `defaults web from base`.
  if (a?.text === 'from' && b) return { kind, name: '', from: b, header: line };
  const name = kind === 'global' ? '' : (a?.text ?? '');
  return { kind, name, ...(b?.text === 'from' && c ? { from: c } : {}), header: line };
}

/**
 * Groups lines into sections. Lines before the first header (a pasted fragment) form an
 * anonymous `defaults`-like section of kind `defaults` whose header is their first line.
 */
export function groupSections(lines: readonly Line[]): { sections: Section[]; loose: Line[] } {
  const sections: Section[] = [];
  const loose: Line[] = [];
  let current: Section | undefined;
  for (const line of lines) {
    const kind = ownEntry(SECTIONS, line.words[0]?.text ?? '');
    if (kind !== undefined && Object.hasOwn(SECTIONS, line.words[0]?.text ?? '')) {
      current = { ...readHeader(line, kind), body: [] };
      sections.push(current);
    } else if (current) current.body.push(line);
    else loose.push(line);
  }
  return { sections, loose };
}
