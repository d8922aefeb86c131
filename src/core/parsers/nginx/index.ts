import type { ParseContext, ParseResult, ParserDef, SourceFile } from '../types';
import { capDiagnostics, createLineIndexCache, locateDiagnostics } from './diagnostics';
import { detectNginx } from './detect';
import { expandIncludes, indexFiles } from './includes';
import { extractNginxModel, modelReadsArguments } from './to-model';
import { sortInReadingOrder } from '../../source/diagnostic';
import { fillEnvPlaceholders } from './envsubst';
import { indexEnvValues } from '../../source/env-values';
import { perContext } from '../per-context';

/** The environment the given files set, indexed once per import. */
const envOf = perContext((files) => indexEnvValues(files));

/**
 * Parses one nginx file (with the files it `include`s, found among `context.files`) into nodes:
 * one per `server {}` and `upstream {}`, or one `http` node for a file of bare settings.
 * Never throws: problems come back as diagnostics with line and column.
 * `keep`: the directives the tree holds (by default only those the model reads; the result is
 * the same with every directive kept, which the property tests check).
 */
export function parseNginx(
  file: SourceFile,
  context: ParseContext,
  keep: (name: string) => boolean = modelReadsArguments,
): ParseResult {
  const expanded = expandIncludes(file, context.files, keep);
  const { byName } = indexFiles(file, context.files);
  const indexOf = createLineIndexCache((name) => byName.get(name)?.text ?? '');
  // Context checks were made while each tree was built (`TreeOptions.keep`).
  const diagnostics = [...expanded.diagnostics];
  // A template's `${NAME}` placeholders, filled from the environment files given with it.
  const mayHoldPlaceholders =
    file.text.includes('${') ||
    expanded.included.some((name) => byName.get(name)?.text.includes('${'));
  const envSources = mayHoldPlaceholders
    ? fillEnvPlaceholders(expanded.directives, envOf(context.files), diagnostics)
    : [];
  const included = [...expanded.included, ...envSources];
  const model = extractNginxModel(
    expanded.directives,
    (name, offset) => indexOf(name).position(offset),
    (name) => byName.get(name)?.text ?? '',
  );
  const all = capDiagnostics(diagnostics.concat(model.diagnostics));
  sortInReadingOrder(all, file.name);
  return {
    format: 'nginx',
    nodes: model.nodes,
    diagnostics: locateDiagnostics(all, indexOf),
    ...(included.length > 0 ? { included } : {}),
  };
}

/**
 * The files `file` pulls in with `include`: a caller importing several files together can skip
 * them as separate inputs, since their settings already appear in `file`'s nodes.
 */
export function listIncludedFiles(file: SourceFile, context: ParseContext): string[] {
  return expandIncludes(file, context.files).included;
}

export const nginxParser: ParserDef = {
  id: 'nginx',
  name: 'nginx',
  detect: detectNginx,
  parse: (file, context) => parseNginx(file, context),
};
