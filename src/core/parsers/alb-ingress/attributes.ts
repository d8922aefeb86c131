/**
 * `key=value,key=value` lists as the AWS Load Balancer Controller reads them
 * (`alb.ingress.kubernetes.io/load-balancer-attributes`, listener-attributes annotations).
 */

export interface AttributePair {
  key: string;
  value: string;
  /** Offset of the key in the file, or undefined when it cannot be found in the source text. */
  offset: number | undefined;
}

export interface AttributeList {
  pairs: AttributePair[];
  /** Items without `=` or with a line break in the key (a missing comma), with their offsets. */
  malformed: { text: string; offset: number | undefined }[];
}

/**
 * Splits the decoded annotation value into pairs and finds each key in the raw source slice
 * (`source`, starting at file offset `base`), so origins point inside the annotation string.
 */
export function parseAttributeList(value: string, source: string, base: number): AttributeList {
  const pairs: AttributePair[] = [];
  const malformed: AttributeList['malformed'] = [];
  let cursor = 0;
  for (const item of value.split(',')) {
    const text = item.trim();
    if (text === '') continue;
    const eq = text.indexOf('=');
    const key = (eq < 0 ? text : text.slice(0, eq)).trim();
    // Find the key's first word: a key with a line break inside (a missing comma) is not in the source.
    const word = key.split(/\s/)[0] ?? '';
    const at = word === '' ? -1 : source.indexOf(word, cursor);
    const offset = at < 0 ? undefined : base + at;
    if (at >= 0) cursor = at + word.length;
    if (eq < 0 || /\s/.test(key)) malformed.push({ text, offset });
    else pairs.push({ key, value: text.slice(eq + 1).trim(), offset });
  }
  return { pairs, malformed };
}
