import { isScalar } from 'yaml';
import type { YamlDocuments } from '../../source/yaml/documents';
import { readEntries } from '../../source/yaml/entries';
import { readConfigMapData, readKubeObjects } from '../../source/yaml/kubernetes';

/** At most this many embedded bootstraps are read from one file (each costs a pass). */
const MAX_EMBEDDED = 8;

/**
 * Envoy bootstraps held as literal blocks in a Kubernetes ConfigMap (`data: envoy.yaml: |`).
 * Each is returned as a copy of the whole file with everything outside the block's lines
 * blanked (line breaks kept): the block's lines keep their indentation, which YAML accepts for a
 * root mapping, so every offset read from the copy is an offset in the file.
 */
export function embeddedBootstraps(parsed: YamlDocuments): string[] {
  const texts: string[] = [];
  for (const o of readKubeObjects(parsed)) {
    if (o.kind !== 'ConfigMap') continue;
    for (const e of readEntries(readConfigMapData(o), o.document.index)) {
      if (texts.length >= MAX_EMBEDDED) return texts;
      const node = e.node;
      if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || typeof node.value !== 'string')
        continue;
      if (!/(?:^|\n)[ \t]*["']?static_resources["']?[ \t]*:/.test(node.value)) continue;
      const bodyStart = parsed.text.indexOf('\n', e.valueStart) + 1;
      if (bodyStart <= 0 || bodyStart >= e.valueEnd) continue;
      texts.push(blankOutside(parsed.text, bodyStart, e.valueEnd));
    }
  }
  return texts;
}

const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

function blankOutside(text: string, start: number, end: number): string {
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}
