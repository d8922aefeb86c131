const unquote = (w: string): string => w.replace(/^['"]|['"]$/g, '');

/** The file a heredoc line writes: `tee [-a] FILE`, `> FILE`, `>> FILE`, or `COPY <<EOF FILE`. */
export function heredocTarget(line: string): string | undefined {
  const words = line.trim().split(/\s+/);
  const tee = words.indexOf('tee');
  if (tee >= 0) {
    const file = words.slice(tee + 1).find((w) => !w.startsWith('-') && !w.startsWith('<<'));
    if (file && !/^[>|&;]/.test(file)) return unquote(file);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const m = /^>>?(.*)$/.exec(w);
    if (!m) continue;
    const file = unquote(m[1] !== '' ? (m[1] ?? '') : (words[i + 1] ?? ''));
    if (file !== '' && file !== '/dev/null' && !file.startsWith('&')) return file;
  }
  if (/^(?:COPY|ADD)$/i.test(words[0] ?? '')) {
    const last = words[words.length - 1] ?? '';
    if (!last.startsWith('<<')) return unquote(last);
  }
  return undefined;
}
