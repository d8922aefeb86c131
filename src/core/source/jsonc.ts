import { parseYamlDocuments, type YamlDocuments } from './yaml/documents';

/**
 * The text with `//` and `/* … *\/` comments outside strings blanked (same length, line ends
 * kept), so offsets, lines and columns stay those of the original. Linear.
 */
export function blankJsonComments(text: string): string {
  if (!text.includes('/')) return text;
  const out = text.split('');
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    const line = c === '/' && text[i + 1] === '/';
    const block = c === '/' && text[i + 1] === '*';
    if (!line && !block) {
      i++;
      continue;
    }
    const end = line
      ? text.indexOf('\n', i)
      : (() => {
          const e = text.indexOf('*/', i + 2);
          return e < 0 ? -1 : e + 2;
        })();
    const stop = end < 0 ? text.length : end;
    for (let j = i; j < stop; j++) if (out[j] !== '\n' && out[j] !== '\r') out[j] = ' ';
    i = stop;
  }
  return out.join('');
}

/**
 * Reads JSON as .NET's configuration and similar tools accept it (comments, trailing commas)
 * through the one YAML front end (JSON is YAML's flow syntax): nodes keep their offsets, problems
 * come back as issues, never an exception.
 */
export const parseJsonc = (text: string): YamlDocuments => {
  const parsed = parseYamlDocuments(blankJsonComments(text));
  return { ...parsed, text };
};
