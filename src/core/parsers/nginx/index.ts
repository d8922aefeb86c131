import type { ParseContext, ParseResult, ParserDef, SourceFile } from '../types';
import { capDiagnostics, createLineIndexCache, locateDiagnostics } from './diagnostics';
import { detectNginx } from './detect';
import { expandIncludes, indexFiles } from './includes';
import { extractNginxModel, modelReadsArguments } from './to-model';
import { sortInReadingOrder } from '../../source/diagnostic';
import { fillEnvPlaceholders } from './envsubst';

/** Whether the file (or one it includes) may hold a template placeholder: a cheap look first. */
const hasTemplateText = (file: SourceFile, context: ParseContext): boolean =>
  file.text.includes('${') || context.files.some((f) => f.text.includes('${'));

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
  const envSources =
    expanded.directives.length > 0 && hasTemplateText(file, context)
      ? fillEnvPlaceholders(
          expanded.directives,
          context.files.filter((f) => f.name !== file.name && !expanded.included.includes(f.name)),
          diagnostics,
        )
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
