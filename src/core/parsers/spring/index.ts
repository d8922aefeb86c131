import type { Diagnostic } from '../../source/diagnostic';
import type { ParseContext, ParseResult, ParserDef, SourceFile } from '../types';
import { readFileProfile } from './activation';
import { appConfigs, codeWins, mergeCustomizers } from './customizer-merge';
import { makeDiagnostic } from './documents';
import { perContext } from '../per-context';
import { buildSpringNodes } from './nodes';
import { parseTomcatCustomizer, TOMCAT_CUSTOMIZER } from './java-customizer';
import { scanSpringProperties } from './properties-source';
import { scanSpringYaml } from './yaml-source';

const FORMAT = 'spring';

/**
 * Spring Boot `application.yml` / `application.properties` (also compose files and Kubernetes
 * manifests that set `SERVER_TOMCAT_*` environment variables), and Java/Kotlin code that sets the
 * embedded Tomcat's keep-alive on its connector. Never throws.
 */
export const springParser: ParserDef = {
  id: FORMAT,
  name: 'Spring Boot application.yml / application.properties / Tomcat customizer code',
  detect: detectSpring,
  parse: (file, context) => parseSpring(file, context),
};

/** Confidence 0..1 from the content; the file name only adds a little. */
export function detectSpring(text: string, fileName?: string): number {
  const name = fileName ?? '';
  const springName = /(^|[\\/])(application|bootstrap)(-[\w.-]+)?\.(ya?ml|properties)$/i.test(name);
  let score = 0;
  if (isTomcatCustomizer(text, name)) return 0.9;
  if (/^[ \t]*server\.(tomcat|jetty|netty)\.[\w.-]+[ \t]*[=:]/m.test(text)) score = 0.95;
  else if (/^[ \t]*(?:-[ \t]*)?(?:name:[ \t]*)?["']?SERVER_(TOMCAT|JETTY|NETTY)_\w+/m.test(text))
    score = 0.85;
  else if (/^server:[ \t]*$/m.test(text) && /^[ \t]+(tomcat|jetty|netty):[ \t]*$/m.test(text))
    score = 0.9;
  else if (
    /^[ \t]+["']?(application|bootstrap)(-[\w.-]+)?\.(ya?ml|properties)["']?:[ \t]*\|/m.test(text)
  )
    score = 0.8;
  else if (/^[ \t]*spring\.[\w.-]+[ \t]*[=:]/m.test(text) || /^spring:[ \t]*$/m.test(text))
    score = 0.5;
  else if (springName && /^[ \t]*[\w.-]+[ \t]*[=:]/m.test(text)) score = 0.4;
  if (score > 0 && springName) score = Math.min(1, score + 0.05);
  return score;
}

/** The Tomcat customizer code among the files given together, each parsed once per import. */
const customizersOf = perContext((files) =>
  files
    .filter((f) => isTomcatCustomizer(f.text, f.name))
    .map((f) => ({ file: f, text: f.text, nodes: parseTomcatCustomizer(f).nodes })),
);

/** The application configs among the files given together that configure a Tomcat. */
const tomcatConfigsOf = perContext((files) =>
  appConfigs(files).filter((f) =>
    parseSpring(f).nodes.some((n) => n.tech === 'spring-boot-tomcat'),
  ),
);

/** Parses one file; durations in ms, `null` = no limit. Never throws on user input. */
export function parseSpring(file: SourceFile, context?: ParseContext): ParseResult {
  const files = context?.files ?? [];
  if (isTomcatCustomizer(file.text, file.name)) {
    const config = tomcatConfigsOf(files).find((f) => f !== file && f.name !== file.name);
    if (config === undefined) return parseTomcatCustomizer(file);
    const diagnostic = makeDiagnostic(
      'SPRING_CUSTOMIZER_OF_APP',
      'info',
      `This customizer sets the Tomcat of the app configured by ${config.name}: its values are read with that file's (${codeWins(file.text) ? 'this code runs after the properties and wins' : 'the properties are applied after this customizer and win where both are set'}).`,
      { line: 1, column: 1 },
    );
    return { format: FORMAT, nodes: [], diagnostics: [diagnostic] };
  }
  const diagnostics: Diagnostic[] = [];
  try {
    const properties = isProperties(file);
    const scan = properties ? scanSpringProperties(file.text) : scanSpringYaml(file.text);
    for (const d of scan.diagnostics) diagnostics.push(d);
    const fileProfile = readFileProfile(file.name);
    if (fileProfile !== undefined) for (const d of scan.documents) d.profile ??= fileProfile;
    const nodes = buildSpringNodes(
      scan.documents,
      {
        file: file.name,
        fileProfile,
        reportExactDuplicates: properties,
      },
      diagnostics,
    );
    const customizers = customizersOf(files).filter(
      (c) => c.file !== file && c.file.name !== file.name,
    );
    return { format: FORMAT, nodes: mergeCustomizers(nodes, customizers), diagnostics };
  } catch (e) {
    diagnostics.push(
      makeDiagnostic('SPRING_INTERNAL_ERROR', 'error', `Parser failure: ${String(e)}`, {
        line: 1,
        column: 1,
      }),
    );
    return { format: FORMAT, nodes: [], diagnostics };
  }
}

/**
 * Java or Kotlin code customising the embedded Tomcat's connector timeouts. Apache HttpClient
 * code is the java-client parser's (its detector scores such files higher).
 */
function isTomcatCustomizer(text: string, name: string): boolean {
  if (/\.(ya?ml|properties)$/i.test(name)) return false;
  return TOMCAT_CUSTOMIZER.test(text) && TOMCAT_SETTER.test(text);
}

/** A setter call, a property write, or a Kotlin `apply { keepAliveTimeout = … }` write. */
const TOMCAT_SETTER =
  /\.[ \t]*(?:set(?:KeepAliveTimeout|ConnectionTimeout|MaxKeepAliveRequests|Property)[ \t]*\(|(?:keepAliveTimeout|connectionTimeout|maxKeepAliveRequests)[ \t]*=)|(?:^|[{;])[ \t]*(?:keepAliveTimeout|connectionTimeout|maxKeepAliveRequests)[ \t]*=(?!=)/m;

/** `.properties` by name; without a telling name, by `key=value` lines and no YAML nesting. */
function isProperties(file: SourceFile): boolean {
  if (/\.properties$/i.test(file.name)) return true;
  if (/\.ya?ml$/i.test(file.name)) return false;
  const eq = /^[ \t]*[\w.\-[\]]+[ \t]*=/m.test(file.text);
  const nested = /^[ \t]*[\w.-]+:[ \t]*$\n^[ \t]+\S/m.test(file.text) || /^---/m.test(file.text);
  return eq && !nested;
}
