import { describeDuration, type Ms } from './duration';

/**
 * Where a value came from. Every value the tool shows carries one.
 * JSON's `origin` string is `kind` (`explicit`, `default`, `fallback`, `hint`, `edit`).
 */
export type Origin =
  | {
      kind: 'explicit';
      /** File name as the user gave it. */
      file: string;
      /** 1-based line (and column) of the setting in that file. */
      line: number;
      column?: number;
      /** The setting as written, e.g. `keepalive_timeout`. */
      setting: string;
    }
  | {
      kind: 'default';
      tech: string;
      /** Version range the default applies to, e.g. `since 1.15.3`, `before 1.29.7`. */
      versions?: string;
      /** Doc link or source file the default was checked against. */
      source: string;
      /** True where the reference marks the value UNVERIFIED: shown as an assumption. */
      assumption?: boolean;
      note?: string;
    }
  | {
      kind: 'fallback';
      /** The setting the value was taken from, e.g. `ReadTimeout`. */
      from: string;
      /** Where that setting's value came from. */
      via: Origin;
      note?: string;
    }
  | {
      kind: 'hint';
      /** The Keep-Alive `timeout=` the server advertises. */
      hintMs: Ms;
      /** What the client subtracts from the hint. */
      marginMs: Ms;
      /** The node that sent it. */
      from: string;
    }
  | { kind: 'edit' }
  | { kind: 'fix'; note: string };

export type OriginKind = Origin['kind'];

/** The name text pasted into the app goes by, as a file, in origins and diagnostics. */
export const PASTED_NAME = 'pasted text';
/** Earlier versions named pasted text `pasted`: links and saves from then still say so. */
const PASTED_NAMES: ReadonlySet<string> = new Set([PASTED_NAME, 'pasted']);

/** `nginx.conf:12`, or `pasted text, line 12` for text pasted into the app. */
export const describeFileLine = (file: string, line: number): string =>
  PASTED_NAMES.has(file) ? `pasted text, line ${line}` : `${file}:${line}`;

/** One line for people: `nginx.conf:12`, `nginx default (since 1.15.3)`, `fallback from ReadTimeout`. */
export function describeOrigin(origin: Origin): string {
  switch (origin.kind) {
    case 'explicit':
      return describeFileLine(origin.file, origin.line);
    case 'default':
      return `${origin.tech} default${origin.versions ? ` (${origin.versions})` : ''}${origin.assumption ? ' — assumption, unverified' : ''}`;
    case 'fallback':
      return `fallback from ${origin.from} (${describeOrigin(origin.via)})`;
    case 'hint':
      return `Keep-Alive hint timeout=${describeDuration(origin.hintMs)} from ${origin.from}, minus ${describeDuration(origin.marginMs)}`;
    case 'edit':
      return 'edited';
    case 'fix':
      return `fix plan: ${origin.note}`;
  }
}
