import type { SourceFile } from '../types';
import type { CodeScan } from '../code/scan';
import { maskCode } from '../code/mask';

/**
 * Constants classes pasted together with a client file (`HttpDefaults.java` holding
 * `public static final long KEEP_ALIVE_SECONDS = 20;`, a Kotlin `object` with `const val`): their
 * declarations, so `TimeValue.ofSeconds(KEEP_ALIVE_SECONDS)` (static import) or
 * `HttpDefaults.KEEP_ALIVE_SECONDS` resolves across files.
 */

/** Each parse reads the other files: only among a few of them. */
const MAX_SHARED_FILES = 16;
const CONSTANT =
  /\bstatic\s+final\s+(?:long|int|short|double|float|Long|Integer|TimeValue|Timeout|Duration)\s+([A-Za-z_$][\w$]*)\s*=(?!=)|\bconst\s+val\s+([A-Za-z_$][\w$]*)\s*(?::\s*\w+\s*)?=(?!=)/g;
const CLASS = /\b(?:class|object|interface)\s+([A-Za-z_$][\w$]*)/;
const isJvmSource = (f: SourceFile) => /\.(?:java|kt|kts)$/i.test(f.name);

/** The constants a Java/Kotlin file declares (`static final`, `const val`), by name. */
export function declaredConstants(masked: string): string[] {
  const names: string[] = [];
  CONSTANT.lastIndex = 0;
  for (let m = CONSTANT.exec(masked); m; m = CONSTANT.exec(masked)) {
    const name = m[1] ?? m[2];
    if (name) names.push(name);
  }
  return names;
}

/** `HttpDefaults` for a file declaring `public final class HttpDefaults`. */
export const classNameOf = (masked: string): string | undefined => CLASS.exec(masked)?.[1];

/** Whether `masked` (a client file) refers to the class `name`: an import or `Name.X`. */
export function refersTo(masked: string, name: string): boolean {
  return new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(masked);
}

const TIMEOUT_NAME = /KEEP_?ALIVE|IDLE|TIMEOUT|TTL|EVICT/i;

/**
 * Whether a Java/Kotlin file with no client API is a constants holder with a timeout-like
 * constant (`static final long KEEP_ALIVE_SECONDS = 20;`): context for the client files.
 */
export const holdsTimeoutConstants = (text: string): boolean =>
  declaredConstants(text).some((n) => TIMEOUT_NAME.test(n));

/**
 * The other pasted Java/Kotlin files' constants as declarations (`KEEP_ALIVE_SECONDS = 20` and
 * `HttpDefaults.KEEP_ALIVE_SECONDS = 20`), for the classes `file` refers to.
 */
export function sharedConstantSources(
  file: SourceFile,
  masked: string,
  files: readonly SourceFile[],
): string[] {
  if (files.length > MAX_SHARED_FILES) return [];
  const out: string[] = [];
  for (const other of files) {
    if (other === file || other.name === file.name || !isJvmSource(other)) continue;
    const otherMasked = maskCode(other.text, 'java');
    const name = classNameOf(otherMasked);
    if (name === undefined || !refersTo(masked, name)) continue;
    out.push(otherMasked);
  }
  return out;
}

/**
 * A file with no client that holds constants another pasted file uses: an info that says so (the
 * file supplies values and is no node), at the class declaration.
 */
export function reportSupplied(scan: CodeScan, files: readonly SourceFile[]): void {
  const name = classNameOf(scan.masked);
  if (name === undefined || declaredConstants(scan.masked).length === 0) return;
  const user = files.find(
    (f) => f.name !== scan.file.name && isJvmSource(f) && refersTo(maskCode(f.text, 'java'), name),
  );
  if (!user) return;
  const at = scan.masked.search(CLASS);
  scan.report(
    'JAVA_CONSTANTS_SUPPLIED',
    'info',
    `${name} holds constants only (no HTTP client): ${user.name} uses them, so they are read as its values.`,
    Math.max(0, at),
  );
}
