import type { SettingInput } from '../../model/chain';
import type { Diagnostic } from '../../source/diagnostic';
import { readActivation } from './activation';
import { makeDiagnostic, type Position, type RawDocument, type RawEntry } from './documents';
import { impliedTechs, isPoolDisabled, matchSpringKey, type SpringKeyDef } from './keys';
import { convertSpringValue } from './values';
import { writtenSetting } from '../written';

export interface Value {
  def: SpringKeyDef;
  input: SettingInput;
  owner: string | undefined;
}

/** One document read: where it applies, its values, and the technologies it shows. */
export interface Interpreted {
  labels: string[] | null;
  values: Value[];
  /**
   * Technologies (per owner) the document shows: written keys (even with an unknown or invalid
   * value) and technologies a key implies (a gateway route implies Reactor Netty). `at` is the
   * first written key of the technology, undefined when only implied.
   */
  touched: { tech: string; owner: string | undefined; at: Position | undefined }[];
}

export interface InterpretOptions {
  file: string;
  /** .properties files keep the last of duplicate keys silently; YAML's own check reports exact ones. */
  reportExactDuplicates: boolean;
}

/** Reads one document's known keys into values, with the diagnostics they call for. */
export function interpretDocument(
  doc: RawDocument,
  options: InterpretOptions,
  diagnostics: Diagnostic[],
): Interpreted {
  const labels =
    readActivation(doc, diagnostics) ??
    (doc.profile === undefined ? null : [`profile ${doc.profile}`]);
  const values: Value[] = [];
  const touched: Interpreted['touched'] = [];
  const seen = new Map<string, RawEntry>();
  for (const entry of doc.entries) {
    const name = entry.lookup ?? entry.written;
    for (const tech of impliedTechs(name, entry.value))
      touched.push({ tech, owner: entry.owner, at: undefined });
    if (isPoolDisabled(name, entry.value))
      diagnostics.push(
        makeDiagnostic(
          'SPRING_GATEWAY_POOL_DISABLED',
          'info',
          `${entry.written}: the gateway opens a new connection per request, so no idle connection is reused on this hop`,
          entry.valueAt,
        ),
      );
    const match = matchSpringKey(name);
    if (match.kind === 'unbound-env')
      diagnostics.push(
        makeDiagnostic(
          'SPRING_ENV_NAME_NOT_BOUND',
          'warning',
          `${entry.written} does not bind to ${match.def.key}: Spring maps each "_" to "."; write ${envNameOf(match.def.key)}`,
          entry.keyAt,
        ),
      );
    if (match.kind === 'deprecated')
      diagnostics.push(
        makeDiagnostic(
          'SPRING_DEPRECATED_KEY',
          'warning',
          `${entry.written} was replaced by ${match.replacement} in Spring Boot 2.3 and is ignored by current versions`,
          entry.keyAt,
        ),
      );
    if (match.kind !== 'known') continue;
    const { def } = match;
    const dupKey = `${entry.owner ?? ''}\u0000${def.key}`;
    const previous = seen.get(dupKey);
    if (previous && (options.reportExactDuplicates || previous.written !== entry.written))
      diagnostics.push(
        makeDiagnostic(
          'SPRING_DUPLICATE_KEY',
          'warning',
          `${entry.written} repeats ${previous.written} (line ${previous.keyAt.line}); the later one wins`,
          entry.keyAt,
        ),
      );
    seen.set(dupKey, entry);
    touched.push({ tech: def.tech, owner: entry.owner, at: entry.keyAt });
    const value = convertSpringValue(entry, def, diagnostics);
    if (value === undefined) continue;
    values.push({
      def,
      owner: entry.owner,
      input: writtenSetting(value, options.file, entry.keyAt, entry.written),
    });
  }
  return { labels, values, touched };
}

const envNameOf = (key: string): string => key.replace(/-/g, '').replace(/\./g, '_').toUpperCase();
