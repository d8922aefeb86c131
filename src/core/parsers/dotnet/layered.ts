import type { Diagnostic } from '../../source/diagnostic';
import type { ExtractedNode, SourceFile } from '../types';
import { perContext } from '../per-context';
import { activeLayers, environmentOf, layerOf, mergeLayers } from './layers';

/** Read once per import: every file of an import is layered against the same files. */
const layersOf = perContext(activeLayers);
const environmentOfGiven = perContext(environmentOf);
const namesOf = perContext((files) => new Set(files.map((f) => f.name)));

type ReadLayer = (file: SourceFile) => { nodes: ExtractedNode[]; diagnostics: Diagnostic[] };

/**
 * A configuration file read as .NET reads it together with the other given files of the same
 * app: the first active layer (appsettings.json, else the environment's file, else the
 * environment variables) yields the one Kestrel node, with every later layer's values on top
 * (each keeping its own file and line); later layers add no node of their own, and an
 * appsettings file of another environment is not loaded at all.
 */
export function readLayered(file: SourceFile, files: readonly SourceFile[], read: ReadLayer) {
  const own = read(file);
  const given = namesOf(files).has(file.name) ? files : [...files, file];
  const layers = layersOf(given);
  if (layers.length === 0 || layerOf(file) === undefined) return own;
  if (!layers.some((f) => f.name === file.name)) {
    const env = environmentOfGiven(given);
    const note: Diagnostic = {
      code: 'DOTNET_ENVIRONMENT_NOT_LOADED',
      severity: 'info',
      message: `${file.name} is loaded only in its own environment; the given files run as ${env} (ASPNETCORE_ENVIRONMENT${env === 'Production' ? ' is not set: Production' : ` = ${env}`}), so its values are not used`,
      file: file.name,
      line: 1,
      column: 1,
    };
    return { nodes: [], diagnostics: [...own.diagnostics, note] };
  }
  if (layers[0]?.name !== file.name) return { nodes: [], diagnostics: own.diagnostics };
  const nodes = layers.flatMap((f) => (f.name === file.name ? own.nodes : read(f).nodes));
  return { nodes: mergeLayers(nodes), diagnostics: own.diagnostics };
}
