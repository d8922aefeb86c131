import { detectSafely, parseSafely } from '../code/safe';
import { blankJsonComments } from '../../source/jsonc';
import type { ParseContext, ParseResult, ParserDef, SourceFile } from '../types';
import { readAppSettings } from './appsettings';
import { readCSharp } from './csharp';
import { readEnvForms } from './env';
import { readLayered } from './layered';

const SAMPLE = 200_000;
const APPSETTINGS = /(^|[\\/])appsettings(\.[\w-]+)?\.json$/i;
const CSHARP =
  /\bKestrelServerLimits\b|\bConfigureKestrel\s*\(|\.\s*Limits\s*\.\s*(?:KeepAliveTimeout|RequestHeadersTimeout)\s*=|\bSocketsHttpHandler\b|\bPooledConnection(?:IdleTimeout|Lifetime)\s*=|\.\s*SetHandlerLifetime\s*\(/;
const CSHARP_SYNTAX =
  /^[ \t]*using[ \t]+[\w.]+[ \t]*;|\bvar[ \t]+\w+[ \t]*=[ \t]*WebApplication\.|\bnamespace[ \t]+[\w.]+|\bservices\.AddHttpClient\b/m;
const ENV_NAME = /\bKestrel__Limits__(?:KeepAliveTimeout|RequestHeadersTimeout)\b/i;
const JSON_KESTREL = /"Kestrel"\s*:\s*\{|"Kestrel:Limits:/i;

const isJson = (text: string) => /^\s*\{/.test(blankJsonComments(text.slice(0, 4096)));

/** Confidence 0..1 that `text` configures Kestrel or .NET's HttpClient pool. */
export function detectDotnet(text: string, fileName?: string): number {
  return detectSafely(() => {
    const head = text.slice(0, SAMPLE);
    const name = fileName ?? '';
    if (isJson(head)) {
      if (/"apps"\s*:\s*\{/.test(head)) return 0;
      if (JSON_KESTREL.test(head)) return APPSETTINGS.test(name) ? 0.95 : 0.85;
      if (APPSETTINGS.test(name)) return 0.75;
      return /"Logging"\s*:\s*\{/.test(head) && /"AllowedHosts"\s*:/.test(head) ? 0.6 : 0;
    }
    if (CSHARP.test(head)) return /\.cs$/i.test(name) || CSHARP_SYNTAX.test(head) ? 0.95 : 0.8;
    if (ENV_NAME.test(head)) return 0.9;
    return 0;
  });
}

/**
 * .NET: `appsettings*.json` Kestrel limits, the same keys as environment variables
 * (`Kestrel__Limits__KeepAliveTimeout` in Dockerfiles, compose files, Kubernetes env) and C#
 * (Kestrel limits, SocketsHttpHandler, IHttpClientFactory handler lifetime). Never throws.
 */
export function parseDotnet(file: SourceFile, context?: ParseContext): ParseResult {
  return parseSafely('dotnet', 'DOTNET', file, () => {
    const head = file.text.slice(0, SAMPLE);
    if (!isJson(head) && (CSHARP.test(head) || /\.cs$/i.test(file.name))) {
      const { nodes, scan } = readCSharp(file);
      return { format: 'dotnet', nodes, diagnostics: scan.diagnostics };
    }
    return { format: 'dotnet', ...readLayered(file, context?.files ?? [], readLayer) };
  });
}

/** One configuration layer on its own: appsettings JSON, or environment variables. */
function readLayer(file: SourceFile) {
  if (isJson(file.text.slice(0, SAMPLE)))
    return readAppSettings(file.name, file.text, APPSETTINGS.test(file.name));
  return readEnvForms(file.name, file.text);
}

export const dotnetParser: ParserDef = {
  id: 'dotnet',
  name: '.NET (appsettings.json, Kestrel__ environment, C#)',
  detect: detectDotnet,
  parse: (file, context) => parseDotnet(file, context),
};
