import { blankHelmTemplates } from './helm-template';
import type { Document } from 'yaml';
import { lineBreaksForYaml } from '../line-ends';
import { findExcessiveNesting } from './nesting';
import { composeWithinBudget } from './tokens';
import { walkYaml, type YamlIndex } from './walk';

/**
 * The one YAML front end for every YAML format (ingress-nginx, ALB annotations, and the formats
 * that switch to it: Spring, chain files). It parses every `---` document with yaml's document
 * API (ranges kept, never throws; never `yaml.parse`), within budgets, and reports problems as
 * offsets so each format names them with its own diagnostic codes.
 */

/** What a YAML problem is; a format maps each to its own diagnostic code. */
export type YamlIssueKind =
  | 'syntax'
  | 'warning'
  | 'duplicate-key'
  | 'too-deep'
  | 'too-large'
  | 'too-many-aliases'
  | 'too-many-tokens';

export interface YamlIssue {
  kind: YamlIssueKind;
  severity: 'error' | 'warning';
  /** First line of the message, in plain words. */
  message: string;
  /** 0-based offset in the text. */
  offset: number;
}

export interface YamlBudget {
  /** Larger texts are not parsed (default 8 MiB of UTF-16 code units). */
  maxLength: number;
  /**
   * Nesting deeper than this is not parsed (yaml's composer recurses): the text is read up to the
   * line where it gets that deep, and the rest is reported as not read.
   */
  maxDepth: number;
  /** Aliases resolved per document; the rest read as unknown (alias bombs). */
  maxAliasCount: number;
  /**
   * Local tags the format defines (CloudFormation `!Ref`, `!Sub`): read without a warning, the
   * node keeping its `tag` for the format to interpret.
   */
  localTags: ReadonlySet<string>;
}

export const DEFAULT_YAML_BUDGET: YamlBudget = {
  maxLength: 8 * 1024 * 1024,
  maxDepth: 200,
  maxAliasCount: 1000,
  localTags: new Set(),
};

/** yaml's warning for a tag it has no schema for: `Unresolved tag: !Ref at line …`. */
const UNRESOLVED_TAG = /^Unresolved tag: (\S+)/;

/** One parsed document with the index the readers use (aliases resolved, duplicates found). */
export interface YamlDocument {
  doc: Document;
  index: YamlIndex;
}

export interface YamlDocuments {
  text: string;
  documents: YamlDocument[];
  issues: YamlIssue[];
}

const firstLine = (s: string) => s.split('\n')[0] ?? s;

/**
 * Parses every document of `text`. Linear in the text: yaml's own duplicate-key check is
 * quadratic in the keys of one mapping (40 000 keys: 13 s), so it is off (`uniqueKeys: false`)
 * and duplicates are found here with one Map per mapping.
 */
export function parseYamlDocuments(text: string, budget: Partial<YamlBudget> = {}): YamlDocuments {
  const limits = { ...DEFAULT_YAML_BUDGET, ...budget };
  const issues: YamlIssue[] = [];
  if (text.length > limits.maxLength) {
    const mib = (limits.maxLength / 1024 / 1024).toFixed(0);
    issues.push({
      kind: 'too-large',
      severity: 'error',
      message: `the file is larger than ${mib} MiB; not read`,
      offset: 0,
    });
    return { text, documents: [], issues };
  }
  const tooDeep = findExcessiveNesting(text, limits.maxDepth);
  let readable = text;
  if (tooDeep >= 0) {
    readable = text.slice(0, text.lastIndexOf('\n', tooDeep) + 1);
    issues.push({
      kind: 'too-deep',
      severity: 'error',
      message: `the YAML nests deeper than ${limits.maxDepth} levels; the rest of the file is not read`,
      offset: tooDeep,
    });
  }
  const documents: YamlDocument[] = [];
  // A Helm chart template's actions, blanked or quoted in place (offsets unchanged).
  const { docs, cutAt, cut } = composeWithinBudget(lineBreaksForYaml(blankHelmTemplates(readable)));
  for (const doc of docs) {
    for (const e of doc.errors)
      issues.push({
        kind: 'syntax',
        severity: 'error',
        message: firstLine(e.message),
        offset: e.pos[0],
      });
    for (const e of doc.warnings) {
      const tag = e.code === 'TAG_RESOLVE_FAILED' ? UNRESOLVED_TAG.exec(e.message)?.[1] : undefined;
      if (tag !== undefined && limits.localTags.has(tag)) continue;
      issues.push({
        kind: 'warning',
        severity: 'warning',
        message: firstLine(e.message),
        offset: e.pos[0],
      });
    }
    const index = walkYaml(doc, limits.maxAliasCount, issues);
    documents.push({ doc, index });
  }
  if (cutAt !== undefined)
    issues.push({
      kind: 'too-many-tokens',
      severity: 'error',
      message: `${cut} more stray YAML tokens not read`,
      offset: cutAt,
    });
  return { text, documents, issues };
}
