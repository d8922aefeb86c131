import { isKnownDirective } from './directives';

/** How much of a file detection looks at: enough to judge, cheap on a huge file. */
const SAMPLE = 20_000;

const JVM_SOURCE =
  /^[ \t]*(package[ \t]+[\w.]+[ \t]*;|import[ \t]+(static[ \t]+)?[\w.]+(\.\*)?[ \t]*;)/m;

/**
 * Confidence 0..1 that `text` is nginx configuration: lines that are `name args;` directives
 * or `name … {` blocks with known directive names, against lines that look like YAML, INI,
 * properties or HCL assignments. The file name (`*.conf`, `nginx`, `sites-enabled/…`) only nudges.
 */
export function detectNginx(text: string, fileName?: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Java / Kotlin / C# source (`package a.b;`, `import a.b.C;`) has `{` blocks and `if (…) {`
  // lines too; nginx has no package or import directive.
  if (JVM_SOURCE.test(sample)) return 0;
  let known = 0;
  let statements = 0;
  let foreign = 0;
  for (const raw of sample.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line === '}') continue;
    // Statements end in `;` or open a block with `{`; a line may hold several (`http { server { … } }`).
    let found = 0;
    for (const m of line
      .replace(/#.*$/, '')
      .matchAll(/(?:^|[;{}])\s*([a-z_][a-z0-9_]*)(?:\s+(?![:=])[^;{}]*)?\s*[;{]/g)) {
      found++;
      if (isKnownDirective(m[1] ?? '')) known++;
    }
    if (found > 0) statements += found;
    else if (/^[\w.-]+\s*[:=]/.test(line) || /^\[[^\]]*\]$/.test(line) || line.startsWith('<')) {
      foreign++;
    }
  }
  const hint = /(^|[/\\])(nginx|sites-(enabled|available)|conf\.d)\b|\.conf$/i.test(fileName ?? '')
    ? 0.1
    : 0;
  if (statements === 0) return hint;
  const share = statements / (statements + foreign);
  const evidence = Math.min(known, 4) / 4;
  return Math.min(
    0.99,
    0.15 + 0.45 * evidence * share + 0.3 * share * (known > 0 ? 1 : 0.3) + hint,
  );
}
