import { type Diagnostic } from '../../source/diagnostic';
import { LineIndex } from '../../source/line-index';
import type { ParseContext, ParseResult, ParserDef, SourceFile } from '../types';
import { extractConnectors, type Report } from './connectors';
import { CATALINA_PROPERTIES, readCatalinaProperties } from './property-values';
import { tokenizeXml } from './tokenizer';
import { normalizeLoneCr } from '../line-ends';

const FORMAT = 'tomcat-xml';
const PROPERTIES_ONLY =
  'catalina.properties only supplies properties: server.xml given with it takes ${name} from it; it is not a node itself';

/**
 * Tomcat `conf/server.xml`: one `tomcat` node per HTTP `<Connector>`, `${name}` taken from a
 * `catalina.properties` given with it. Never throws.
 */
export const tomcatXmlParser: ParserDef = {
  id: FORMAT,
  name: 'Tomcat server.xml',
  detect: detectTomcatXml,
  parse: (file, context) => parseTomcatXml(file, context),
};

/** Confidence 0..1 from the content; the file name only adds a little. */
export function detectTomcatXml(text: string, fileName?: string): number {
  const named = /(^|[\\/])server\.xml$/i.test(fileName ?? '');
  if (CATALINA_PROPERTIES.test(fileName ?? '') && !text.includes('<')) return 0.9;
  let score = 0;
  // An inline mention (a README table naming `<Connector>`) is not a server.xml: the tag starts a
  // line, or the text starts with markup.
  const markup = /^\s*</.test(text);
  if (/^[ \t]*<Connector[\s/>]/m.test(text) || (markup && /<Connector[\s/>]/.test(text)))
    score = 0.95;
  else if (markup && /<Server[\s>]/.test(text) && /<Service[\s>]/.test(text)) score = 0.8;
  else if (named && markup) score = 0.4;
  return score > 0 && named ? Math.min(1, score + 0.05) : score;
}

/** Parses one server.xml (or a fragment of it). Durations in ms, `null` = no limit. */
export function parseTomcatXml(file: SourceFile, context?: ParseContext): ParseResult {
  const diagnostics: Diagnostic[] = [];
  // XML reads a lone CR as a line end (XML 1.0 §2.11); so do the positions.
  const text = normalizeLoneCr(file.text);
  const index = new LineIndex(text);
  // An error at the very end is shown on the last line, not after it.
  const end = text.endsWith('\n') ? text.length - 1 : text.length;
  const locate = (offset: number) => index.position(Math.max(0, Math.min(offset, end)));
  const report: Report = (code, severity, message, offset) =>
    diagnostics.push({ code, severity, message, ...locate(offset) });
  try {
    if (CATALINA_PROPERTIES.test(file.name) && !text.includes('<')) {
      report('TOMCAT_PROPERTIES_ONLY', 'info', PROPERTIES_ONLY, 0);
      return { format: FORMAT, nodes: [], diagnostics };
    }
    const { tokens, problems } = tokenizeXml(text);
    for (const p of problems)
      report(
        'TOMCAT_XML_SYNTAX',
        p.code === 'UNQUOTED_VALUE' ? 'warning' : 'error',
        p.message,
        p.offset,
      );
    const properties = readCatalinaProperties(context?.files ?? []);
    const nodes = extractConnectors(tokens, file.name, locate, report, properties);
    if (nodes.length === 0)
      report(
        'TOMCAT_NO_CONNECTOR',
        'info',
        'No HTTP <Connector> found (commented-out connectors do not count)',
        0,
      );
    return { format: FORMAT, nodes, diagnostics };
  } catch (e) {
    report('TOMCAT_INTERNAL_ERROR', 'error', `Parser failure: ${String(e)}`, 0);
    return { format: FORMAT, nodes: [], diagnostics };
  }
}
