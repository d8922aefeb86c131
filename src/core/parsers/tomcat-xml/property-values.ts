import type { SettingScalar } from '../../model/chain';
import { unknownValue } from '../../model/value';
import type { SourceFile } from '../types';
import { perContext } from '../per-context';
import type { Report } from './connectors';
import type { XmlAttribute } from './tokenizer';

/** A property of `conf/catalina.properties`: its value and where it is written. */
export interface PropertyValue {
  value: string;
  file: string;
  line: number;
}

export type TomcatProperties = ReadonlyMap<string, PropertyValue>;

/** `conf/catalina.properties` (by name): Tomcat makes each of its entries a system property. */
export const CATALINA_PROPERTIES = /(?:^|[\\/])catalina\.properties$/i;

/**
 * The properties of every `catalina.properties` among `files` (Java properties lines: `key=value`,
 * `key: value`, `key value`; `#`/`!` comments). Tomcat loads them as system properties at start
 * (CatalinaProperties), so `${name}` in server.xml takes their value. A later file wins.
 */
function readAllCatalinaProperties(files: readonly SourceFile[]): TomcatProperties {
  const out = new Map<string, PropertyValue>();
  for (const file of files) {
    if (!CATALINA_PROPERTIES.test(file.name)) continue;
    file.text.split(/\r\n|\r|\n/).forEach((line, i) => {
      const entry = readEntry(line);
      if (entry) out.set(entry.key, { value: entry.value, file: file.name, line: i + 1 });
    });
  }
  return out;
}

/** The same, read once per set of files given together (every server.xml of an import shares it). */
export const readCatalinaProperties = perContext(readAllCatalinaProperties);

/** `key=value`, `key: value` or `key value`; undefined for a blank or comment line. */
function readEntry(line: string): { key: string; value: string } | undefined {
  const text = line.trimStart();
  if (text === '' || text.startsWith('#') || text.startsWith('!')) return undefined;
  const key = /^[^\s=:]+/.exec(text)?.[0];
  if (key === undefined) return undefined;
  let rest = text.slice(key.length).trimStart();
  if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1);
  return { key, value: rest.trim() };
}

/**
 * `${name}` is replaced when Tomcat starts (from system properties, or a property source): its
 * value is known when catalina.properties is given, else unknown. `${name:-default}` (Tomcat
 * 9.0.33+/8.5.53+, systemprops.xml "Property replacements") is the default unless the property is
 * set.
 */
const REFERENCE = /^\$\{([^}]*?)(?::-([^}]*))?\}$/;

/** `${http.port}` → `8080` when catalina.properties sets it; the text as written otherwise. */
export function resolveReference(text: string, properties: TomcatProperties): string {
  const ref = REFERENCE.exec(text.trim());
  return (ref?.[1] === undefined ? undefined : properties.get(ref[1])?.value) ?? text;
}

export function readNumber(
  attr: XmlAttribute,
  report: Report,
  properties: TomcatProperties,
): SettingScalar | undefined {
  let text = (attr.value ?? '').trim();
  if (text.includes('${')) {
    const ref = REFERENCE.exec(text);
    const set = ref?.[1] === undefined ? undefined : properties.get(ref[1]);
    if (set !== undefined) {
      report(
        'TOMCAT_PROPERTY_VALUE',
        'info',
        `${attr.name} is ${set.value} from ${ref?.[1] ?? ''} in ${set.file}:${set.line}; a -D${ref?.[1] ?? ''} system property may override it at start`,
        attr.valueStart,
      );
      text = set.value;
    } else if (ref?.[2] === undefined) {
      report(
        'TOMCAT_PROPERTY_REFERENCE',
        'warning',
        `${attr.name}="${text}" is a property reference resolved when Tomcat starts: its value is unknown here`,
        attr.valueStart,
      );
      return unknownValue(
        text,
        'a property resolved when Tomcat starts, not set in the given files',
      );
    } else {
      report(
        'TOMCAT_PROPERTY_DEFAULT',
        'info',
        `${attr.name} uses the default "${ref[2]}" of \${${ref[1] ?? ''}}; the property may override it at start`,
        attr.valueStart,
      );
      text = ref[2].trim();
    }
  }
  if (/^[+-]?\d+$/.test(text) && Number.isSafeInteger(Number(text))) {
    const n = Number(text);
    return n < 0 ? null : n;
  }
  report(
    'TOMCAT_INVALID_NUMBER',
    'error',
    `${attr.name}="${text}" is not a whole number of ${attr.name === 'maxKeepAliveRequests' ? 'requests' : 'milliseconds'}`,
    attr.valueStart,
  );
  return undefined;
}
