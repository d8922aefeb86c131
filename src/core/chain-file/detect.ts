/**
 * True when a file is a chain file rather than a config: named `*.chain.yaml` / `*.chain.yml`,
 * or a YAML file (or stdin) with a top-level `nodes:` key. Cheap; never throws.
 */
export function looksLikeChainFile(text: string, fileName: string): boolean {
  if (/\.chain\.ya?ml$/i.test(fileName)) return true;
  if (!/(\.ya?ml|^-)$/i.test(fileName)) return false;
  return /^nodes:/m.test(text);
}
