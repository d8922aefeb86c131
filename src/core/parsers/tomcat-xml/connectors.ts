import type { Locate, ReportAt } from '../../source/diagnostic';
import type { SettingInput } from '../../model/chain';
import type { ExtractedNode } from '../types';
import type { XmlAttribute, XmlToken } from './tokenizer';
import { writtenSetting } from '../written';
import { readNumber, resolveReference, type TomcatProperties } from './property-values';

/** The closed set of diagnostic codes of the server.xml parser. */
export type TomcatCode =
  | 'TOMCAT_XML_SYNTAX'
  | 'TOMCAT_PROPERTY_REFERENCE'
  | 'TOMCAT_PROPERTY_DEFAULT'
  | 'TOMCAT_PROPERTY_VALUE'
  | 'TOMCAT_PROPERTIES_ONLY'
  | 'TOMCAT_INVALID_NUMBER'
  | 'TOMCAT_ATTRIBUTE_CASE'
  | 'TOMCAT_AJP_SKIPPED'
  | 'TOMCAT_HTTP2_KEEPALIVE'
  | 'TOMCAT_NO_CONNECTOR'
  | 'TOMCAT_INTERNAL_ERROR';

/** Reports at a file offset. */
export type Report = ReportAt<TomcatCode>;

/** `<Connector>` attributes the catalog knows (docs/catalog-keys.md, tech `tomcat`); all in ms or counts. */
const ATTRIBUTES = ['connectionTimeout', 'keepAliveTimeout', 'maxKeepAliveRequests'] as const;

interface Found {
  node: ExtractedNode;
  service: string | undefined;
  port: string | undefined;
}

/**
 * Extracts each HTTP `<Connector>` as a `tomcat` node (scope `Connector :8080`). AJP connectors
 * are skipped. Values: milliseconds or counts; negative (`-1`) = no limit → null.
 */
export function extractConnectors(
  tokens: readonly XmlToken[],
  file: string,
  locate: Locate,
  report: Report,
  properties: TomcatProperties = new Map(),
): ExtractedNode[] {
  const found: Found[] = [];
  const services: (string | undefined)[] = [];
  let open: Found | undefined;
  for (const token of tokens) {
    if (token.kind === 'close') {
      if (token.name === 'Service') services.pop();
      if (token.name === 'Connector') open = undefined;
      continue;
    }
    if (token.name === 'Service' && !token.selfClosing)
      services.push(attribute(token.attributes, 'name')?.value);
    if (token.name === 'UpgradeProtocol' && open) reportHttp2(token.attributes, report);
    if (token.name !== 'Connector') continue;
    const protocol = attribute(token.attributes, 'protocol')?.value ?? 'HTTP/1.1';
    if (/ajp/i.test(protocol)) {
      report(
        'TOMCAT_AJP_SKIPPED',
        'info',
        `AJP connector (${protocol}) skipped: it does not serve HTTP clients`,
        token.start,
      );
      continue;
    }
    const written = attribute(token.attributes, 'port')?.value;
    const port = written === undefined ? undefined : resolveReference(written, properties);
    const current: Found = {
      node: {
        tech: 'tomcat',
        scope: '',
        settings: readSettings(token.attributes, file, locate, report, properties),
      },
      service: services[services.length - 1],
      port,
    };
    found.push(current);
    open = token.selfClosing ? undefined : current;
  }
  nameScopes(found);
  return found.map((f) => f.node);
}

function readSettings(
  attributes: readonly XmlAttribute[],
  file: string,
  locate: Locate,
  report: Report,
  properties: TomcatProperties,
): Record<string, SettingInput> {
  const settings: Record<string, SettingInput> = {};
  for (const attr of attributes) {
    const key = ATTRIBUTES.find((k) => k.toLowerCase() === attr.name.toLowerCase());
    if (key === undefined) continue;
    // Tomcat calls set<Name>: only the first letter's case is free.
    if (attr.name.slice(1) !== key.slice(1)) {
      report(
        'TOMCAT_ATTRIBUTE_CASE',
        'warning',
        `Tomcat ignores ${attr.name}: attribute names are case-sensitive (write ${key})`,
        attr.nameStart,
      );
      continue;
    }
    const value = readNumber(attr, report, properties);
    if (value === undefined) continue;
    settings[key] = writtenSetting(value, file, locate(attr.nameStart), attr.name);
  }
  return settings;
}

function reportHttp2(attributes: readonly XmlAttribute[], report: Report) {
  const ka = attribute(attributes, 'keepAliveTimeout');
  if (ka)
    report(
      'TOMCAT_HTTP2_KEEPALIVE',
      'info',
      `HTTP/2 keepAliveTimeout="${ka.value ?? ''}" applies to h2 connections only (default 20000 ms); not extracted`,
      ka.nameStart,
    );
}

const attribute = (attributes: readonly XmlAttribute[], name: string) =>
  attributes.find((a) => a.name === name);

/** `Connector :8080`; when ports repeat, the service name and then a counter tell them apart. */
function nameScopes(found: Found[]) {
  const base = (f: Found) => (f.port === undefined ? 'Connector' : `Connector :${f.port}`);
  const withService = (f: Found) => (f.service ? `${base(f)} (${f.service})` : base(f));
  // Counted once up front: counting per connector made 20 000 connectors take minutes.
  const bases = countBy(found, base);
  const services = countBy(found, withService);
  const used = new Map<string, number>();
  for (const f of found) {
    const repeated = (bases.get(base(f)) ?? 0) > 1;
    let scope = repeated ? withService(f) : base(f);
    if (repeated && (services.get(withService(f)) ?? 0) > 1) {
      const n = (used.get(scope) ?? 0) + 1;
      used.set(scope, n);
      scope = `${scope} #${n}`;
    }
    f.node.scope = scope;
    f.node.label = `Tomcat ${scope}`;
  }
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
