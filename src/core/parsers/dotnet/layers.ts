import type { ExtractedNode, SourceFile } from '../types';

/** `appsettings.json` (base) or `appsettings.<Environment>.json`. */
const APPSETTINGS = /(?:^|[\\/])appsettings(?:\.([\w-]+))?\.json$/i;
const ENVIRONMENT =
  /\b(ASPNETCORE|DOTNET)_ENVIRONMENT\b["']?(?:[ \t]*[=:][ \t]*|[ \t]+|\s*\n\s*value:[ \t]*)["']?([\w-]{1,60})/g;
const KESTREL_ENV = /\bKestrel(?:__|:)Limits(?:__|:)/i;

/** How a file takes part in .NET's configuration layers (later layers win). */
export type Layer =
  { kind: 'base' } | { kind: 'environment'; name: string } | { kind: 'variables' };

const isJsonText = (text: string) => /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*\{/.test(text);

/** The layer `file` belongs to, or undefined when it is not a configuration layer (C# code). */
export function layerOf(file: SourceFile): Layer | undefined {
  const m = APPSETTINGS.exec(file.name);
  if (m) return m[1] ? { kind: 'environment', name: m[1] } : { kind: 'base' };
  if (isJsonText(file.text.slice(0, 4096)) || /\.cs$/i.test(file.name)) return undefined;
  return KESTREL_ENV.test(file.text.slice(0, 200_000)) ? { kind: 'variables' } : undefined;
}

/**
 * The host environment the given files run with: ASPNETCORE_ENVIRONMENT (which wins) or
 * DOTNET_ENVIRONMENT set in a Dockerfile, compose file or manifest; else Production, .NET's
 * default when neither is set.
 */
export function environmentOf(files: readonly SourceFile[]): string {
  let dotnet: string | undefined;
  for (const f of files) {
    if (APPSETTINGS.test(f.name)) continue;
    for (const m of f.text.slice(0, 200_000).matchAll(ENVIRONMENT)) {
      const line = f.text.slice(f.text.lastIndexOf('\n', m.index) + 1, m.index);
      if (/^\s*#/.test(line)) continue;
      if (m[1]?.toUpperCase() === 'ASPNETCORE') return m[2] ?? 'Production';
      dotnet ??= m[2];
    }
  }
  return dotnet ?? 'Production';
}

const RANK = { base: 0, environment: 1, variables: 2 } as const;

/**
 * The configuration layers among the given files, in the order .NET applies them:
 * appsettings.json, then appsettings.<Environment>.json for the host's environment only, then
 * environment variables. Files of other environments are left out.
 */
export function activeLayers(files: readonly SourceFile[]): SourceFile[] {
  const env = environmentOf(files).toLowerCase();
  return files
    .map((file) => ({ file, layer: layerOf(file) }))
    .filter(
      (x): x is { file: SourceFile; layer: Layer } =>
        x.layer !== undefined &&
        (x.layer.kind !== 'environment' || x.layer.name.toLowerCase() === env),
    )
    .sort((a, b) => RANK[a.layer.kind] - RANK[b.layer.kind])
    .map((x) => x.file);
}

/** Later layers' settings over earlier ones', in one Kestrel node. */
export function mergeLayers(nodes: readonly ExtractedNode[]): ExtractedNode[] {
  const [first] = nodes;
  if (!first) return [];
  const settings = Object.assign({}, ...nodes.map((n) => n.settings)) as ExtractedNode['settings'];
  return [{ ...first, settings }];
}
