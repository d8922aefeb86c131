import { findHeredocs } from './heredoc';
import type { TextLine } from './lines';
import type { DocumentSplit, Snippet } from './snippet';

/** `<<EOF`, `<<-EOF`, `<< 'EOF'`: a cheap look before splitting a text into lines. */
const HEREDOC = /<<-?[ \t]*['"\\]?[A-Za-z_]/;
export const hasHeredoc = (text: string): boolean => text.includes('<<') && HEREDOC.test(text);

/** Languages with heredocs of their own (Ruby `puts <<-EOS`, Perl, PHP, HCL): not shell. */
const OTHER_HEREDOCS = /\.(?:rb|pl|pm|php|tf|tfvars|hcl)$/i;
const OTHER_HINTS = new Set(['ruby', 'rb', 'perl', 'php', 'hcl', 'terraform', 'tf']);
/** Whether a file of this name may be a shell text (script, Dockerfile, pasted commands). */
export const mayBeShell = (name: string): boolean => !OTHER_HEREDOCS.test(name);

/**
 * Each region (a code block, an article's run, a whole script) that writes files by heredocs is
 * replaced by the heredoc bodies, each a snippet of its own; the shell text around them becomes a
 * script (the bodies blanked) read for what it holds itself. Other regions are kept.
 */
export function splitHeredocs(
  lines: readonly TextLine[],
  regions: readonly Snippet[],
): { snippets: Snippet[]; scripts: Snippet[] } {
  const snippets: Snippet[] = [];
  const scripts: Snippet[] = [];
  for (const region of regions) {
    const heredocs =
      region.hint !== undefined && OTHER_HINTS.has(region.hint)
        ? []
        : findHeredocs(lines, region.firstLine - 1, region.lastLine - 1);
    if (heredocs.length === 0) {
      snippets.push(region);
      continue;
    }
    const holes: { start: number; end: number }[] = [];
    for (const h of heredocs) {
      if (h.body) snippets.push(h.body);
      const from = lines[h.opener + 1];
      const to = lines[h.closer];
      if (from && to) holes.push({ start: from.start, end: to.end });
    }
    scripts.push({ ...region, holes });
  }
  return { snippets, scripts };
}

/** A script (setup.sh, a Dockerfile, pasted shell) that writes configs by heredocs; else undefined. */
export function splitShellScript(lines: readonly TextLine[]): DocumentSplit | undefined {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return undefined;
  const whole = { start: first.start, end: last.end, firstLine: 1, lastLine: lines.length };
  const { snippets, scripts } = splitHeredocs(lines, [whole]);
  if (scripts.length === 0) return undefined;
  return { kind: 'shell', snippets, scripts };
}
