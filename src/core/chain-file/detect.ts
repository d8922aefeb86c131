/**
 * True when a file is a chain file rather than a config: named `*.chain.yaml` / `*.chain.yml`, or
 * a YAML file (or one without an extension, such as stdin) with a top-level `nodes:` key naming
 * `tech:` entries. Cheap; never throws.
 */
export function looksLikeChainFile(text: string, fileName: string): boolean {
  if (/\.chain\.ya?ml$/i.test(fileName)) return true;
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== undefined && ext !== 'yaml' && ext !== 'yml') return false;
  return /^nodes:/m.test(text) && /\btech:/.test(text);
}
