/**
 * Known directive names found in source text without building a string: a large config repeats
 * the same few dozen names tens of thousands of times, and each slice would be a new string to
 * allocate (and hash on every lookup). Buckets by length, first and last character.
 */
export class NameTable {
  private readonly buckets = new Map<number, string[]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (name === '') continue;
      const k = bucketKey(name.length, name.charCodeAt(0), name.charCodeAt(name.length - 1));
      const list = this.buckets.get(k);
      if (!list) this.buckets.set(k, [name]);
      else if (!list.includes(name)) list.push(name);
    }
  }

  /** The known name spelled exactly by `text[start, end)`, or undefined. */
  find(text: string, start: number, end: number): string | undefined {
    if (end <= start) return undefined;
    const list = this.buckets.get(
      bucketKey(end - start, text.charCodeAt(start), text.charCodeAt(end - 1)),
    );
    if (!list) return undefined;
    for (let i = 0; i < list.length; i++) {
      const name = list[i];
      if (name !== undefined && text.startsWith(name, start)) return name;
    }
    return undefined;
  }
}

const bucketKey = (length: number, first: number, last: number): number =>
  length * 65_536 + ((first & 255) << 8) + (last & 255);
