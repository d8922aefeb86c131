import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { unknownValue, type UnknownValue } from '../../model/value';
import { asSeq, getEntry, getMap, readEntries } from '../../source/yaml/entries';
import type { Template } from './template';

/**
 * Intrinsic functions in both forms: the short YAML tags (`!Ref X`, `!Sub '…'`) and the long
 * form (`{ "Ref": "X" }`, `Fn::Sub: …`). A value resolved in the template is a string or number;
 * anything decided at deploy time (a parameter with no Default, an attribute of a resource,
 * `Fn::If`, `Fn::ImportValue`) is an unknown value, never the default.
 */
export const SHORT_TAGS: ReadonlySet<string> = new Set(
  [
    'Ref',
    'Sub',
    'GetAtt',
    'FindInMap',
    'If',
    'Join',
    'Select',
    'Split',
    'ImportValue',
    'Base64',
    'Cidr',
    'GetAZs',
    'Equals',
    'And',
    'Or',
    'Not',
    'Condition',
    'Transform',
    'ToJsonString',
    'Length',
  ].map((n) => `!${n}`),
);

export interface Resolved {
  value: string | number | UnknownValue;
  /** Parameters whose Default the value took (a stack parameter may override them). */
  defaults: string[];
}

type Range = [number, number, number];
const rangeOf = (node: unknown): Range | undefined => (node as { range?: Range } | null)?.range;

/** The function a node calls (`Ref`, `Fn::Sub`; short tags named the long way) and its argument. */
function callOf(node: unknown, t: Template): { fn: string; arg: unknown } | undefined {
  const tag = (node as Node | null)?.tag;
  if (tag && SHORT_TAGS.has(tag)) {
    const name = tag.slice(1);
    return { fn: name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`, arg: node };
  }
  if (!isMap(node) || node.items.length !== 1) return undefined;
  const [entry] = readEntries(node, t.document.index);
  if (entry && (entry.key === 'Ref' || entry.key.startsWith('Fn::')))
    return { fn: entry.key, arg: entry.node };
  return undefined;
}

const scalarOf = (node: unknown): string | number | undefined => {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' ? v : undefined;
};

/** Evaluates a property value within the template. `source` is the template text. */
export function resolveValue(node: unknown, t: Template, source: string): Resolved {
  const call = callOf(node, t);
  const written = () => {
    const r = rangeOf(node);
    const tag = (node as Node | null)?.tag;
    const shown = r ? source.slice(r[0], r[1]).replace(/\s+/g, ' ') : 'unknown';
    // The node's range starts after its tag: `!Ref X` is shown as written.
    return tag && SHORT_TAGS.has(tag) ? `${tag} ${shown}` : shown;
  };
  if (!call) {
    const v = scalarOf(node);
    return { value: v ?? unknownValue(written(), 'not a single value'), defaults: [] };
  }
  if (call.fn === 'Ref') return ref(scalarOf(call.arg), t, written);
  if (call.fn === 'Fn::Sub') return sub(call.arg, t, written);
  if (call.fn === 'Fn::FindInMap') return findInMap(call.arg, t, source, written);
  return {
    value: unknownValue(written(), `${call.fn} is evaluated by CloudFormation at deploy time`),
    defaults: [],
  };
}

function ref(name: string | number | undefined, t: Template, written: () => string): Resolved {
  const param = name === undefined ? undefined : t.parameters.get(String(name));
  const v = scalarOf(param?.default?.node);
  if (param && v !== undefined && !param.type?.startsWith('AWS::SSM::'))
    return { value: v, defaults: [String(name)] };
  const why = !param
    ? `${String(name ?? '?')} is not a parameter of this template (a resource or pseudo parameter)`
    : `parameter ${String(name)} has no Default: its value is given when the stack is deployed`;
  return { value: unknownValue(written(), why), defaults: [] };
}

/** `!Sub 'text ${Param}'` with every variable a parameter that has a Default; `${!x}` is literal. */
function sub(arg: unknown, t: Template, written: () => string): Resolved {
  const s = scalarOf(isSeq(arg) ? undefined : arg);
  if (typeof s !== 'string') return unknownFrom(written, 'Fn::Sub with a variable map');
  const defaults = new Set<string>();
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const open = s.indexOf('${', at);
    if (open < 0) break;
    const close = s.indexOf('}', open);
    if (close < 0) break;
    const name = s.slice(open + 2, close);
    out.push(s.slice(at, open));
    at = close + 1;
    if (name.startsWith('!')) {
      out.push(`\${${name.slice(1)}}`);
      continue;
    }
    const r = ref(name, t, written);
    if (typeof r.value === 'object') return r;
    out.push(String(r.value));
    for (const d of r.defaults) defaults.add(d);
  }
  out.push(s.slice(at));
  return { value: out.join(''), defaults: [...defaults] };
}

function findInMap(arg: unknown, t: Template, source: string, written: () => string): Resolved {
  const items = asSeq(arg, t.document.index)?.items ?? [];
  const keys = items.map((i) => resolveValue(i, t, source));
  const [map, top, second] = keys.map((k) => (typeof k.value === 'object' ? undefined : k.value));
  if (keys.length === 3 && map !== undefined && top !== undefined && second !== undefined) {
    const entry = getEntry(
      getMap(t.mappings, [String(map), String(top)], t.document.index),
      String(second),
      t.document.index,
    );
    const v = scalarOf(entry?.node);
    if (v !== undefined) return { value: v, defaults: keys.flatMap((k) => k.defaults) };
  }
  return unknownFrom(written, 'Fn::FindInMap with keys or a mapping not in this template');
}

const unknownFrom = (written: () => string, why: string): Resolved => ({
  value: unknownValue(written(), `${why}: evaluated by CloudFormation at deploy time`),
  defaults: [],
});
