import type { Diagnostic, Locate, Severity } from '../source/diagnostic';
import { LineIndex } from '../source/line-index';
import type { SettingInput, SettingScalar } from '../model/chain';
import type { YamlIssue } from '../source/yaml/documents';
import type { SourceFile } from './types';
import { writtenSetting } from './written';

/**
 * What a reader of one file needs while it walks a tree with offsets: the text, a locator that
 * clamps to the file, a `report` that files a diagnostic of the format's closed code set `C`, and
 * `setting` that builds an explicit setting at an offset.
 */
export interface FileContext<C extends string> {
  text: string;
  file: string;
  locate: Locate;
  report(code: C, severity: Severity, message: string, offset: number): void;
  setting(value: SettingScalar, offset: number, written: string): SettingInput;
  diagnostics: Diagnostic[];
}

/** A context for one file; diagnostics gather in `diagnostics`. */
export function createFileContext<C extends string>(file: SourceFile): FileContext<C> {
  const index = new LineIndex(file.text);
  const end = file.text.endsWith('\n') ? file.text.length - 1 : file.text.length;
  const locate: Locate = (offset) => index.position(Math.max(0, Math.min(offset, end)));
  const diagnostics: Diagnostic[] = [];
  return {
    text: file.text,
    file: file.name,
    locate,
    diagnostics,
    report: (code, severity, message, offset) =>
      diagnostics.push({ code, severity, message, ...locate(offset) }),
    // A quoted key (JSON, `"idle_timeout":`) is named after its opening quote.
    setting: (value, offset, written) => {
      const quote = file.text[offset] === '"' || file.text[offset] === "'";
      return writtenSetting(value, file.name, locate(quote ? offset + 1 : offset), written);
    },
  };
}

/** A value filled in by a template or the environment (`{{ .Values.x }}`, `${IDLE}`, `$IDLE`). */
export const isPlaceholder = (text: string): boolean => /\{\{|\$\{|\$[A-Za-z_]/.test(text);

/** Files the shared YAML front end's problems under a format's own codes. */
export function reportYamlIssues<C extends string>(
  ctx: FileContext<C>,
  issues: readonly YamlIssue[],
  codes: { duplicate: C; syntax: C },
): void {
  for (const p of issues)
    ctx.report(
      p.kind === 'duplicate-key' ? codes.duplicate : codes.syntax,
      p.severity,
      p.message,
      p.offset,
    );
}
