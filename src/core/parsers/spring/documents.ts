import type { Position } from '../../source/line-index';
import type { Diagnostic, Severity } from '../../source/diagnostic';

/** The closed set of diagnostic codes this parser reports. */
export type SpringCode =
  | 'SPRING_CUSTOMIZER_OF_APP'
  | 'SPRING_YAML_SYNTAX'
  | 'SPRING_INVALID_ESCAPE'
  | 'SPRING_TOO_DEEP'
  | 'SPRING_GATEWAY_POOL_DISABLED'
  | 'SPRING_DUPLICATE_KEY'
  | 'SPRING_EMPTY_VALUE'
  | 'SPRING_INVALID_DURATION'
  | 'SPRING_INVALID_COUNT'
  | 'SPRING_PLACEHOLDER_DEFAULT'
  | 'SPRING_UNRESOLVED_PLACEHOLDER'
  | 'SPRING_SERVER_NOT_USED'
  | 'SPRING_LEGACY_PROFILES'
  | 'SPRING_PROFILE_EXPRESSION'
  | 'SPRING_ENV_NAME_NOT_BOUND'
  | 'SPRING_DEPRECATED_KEY'
  | 'SPRING_INTERNAL_ERROR';

export type { Position } from '../../source/line-index';

/** One `name: value` found in a document, before interpretation. */
export interface RawEntry {
  /** The setting as written: a dotted path (`server.tomcat.keep-alive-timeout`) or an env name. */
  written: string;
  /** The name to match when it differs from `written` (a .properties key with escapes). */
  lookup?: string;
  /** The scalar value as text; undefined when the value is a map or list. */
  value: string | undefined;
  /** Where the last element of the name starts. */
  keyAt: Position;
  valueAt: Position;
  /** The compose service or Kubernetes container whose environment holds the entry. */
  owner?: string;
}

/** One Spring config document (`---` in YAML, `#---` in .properties). */
export interface RawDocument {
  entries: RawEntry[];
  /**
   * The profile of a profile-specific file (`application-prod.yml`, also when embedded in a
   * ConfigMap): the document applies to that profile when it has no activation of its own.
   */
  profile?: string;
}

export interface SourceScan {
  documents: RawDocument[];
  diagnostics: Diagnostic[];
}

export function makeDiagnostic(
  code: SpringCode,
  severity: Severity,
  message: string,
  at: Position,
): Diagnostic {
  return { code, severity, message, line: at.line, column: at.column };
}

/**
 * Diagnostics of one code, the first `limit` in full and the rest counted in one closing line:
 * a file with 150 000 duplicate keys must not yield 150 000 diagnostics.
 */
export class CappedReport {
  private count = 0;
  private last: Position = { line: 1, column: 1 };
  constructor(
    private readonly out: Diagnostic[],
    private readonly code: SpringCode,
    private readonly what: string,
    private readonly limit = 100,
  ) {}

  add(severity: Severity, message: () => string, at: Position): void {
    if (++this.count <= this.limit)
      this.out.push(makeDiagnostic(this.code, severity, message(), at));
    else this.last = at;
  }

  /** Adds the "and N more" line, at the last one left out. */
  close(): void {
    const more = this.count - this.limit;
    if (more > 0)
      this.out.push(
        makeDiagnostic(this.code, 'info', `${more} more ${this.what} not shown`, this.last),
      );
  }
}
