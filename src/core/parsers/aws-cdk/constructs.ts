import { findBinding } from '../code/binding';
import { findClosing, splitTopLevel, type Span } from '../code/brackets';
import { readArguments, readObjectEntries, type ObjectEntry } from '../code/objects';
import { readReceiver } from '../code/receiver';
import type { CdkScan } from './scan';
import { durationValue, secondsValue } from './values';

const ALB = 'aws-alb';
const NLB = 'aws-nlb';
const NEW =
  /\bnew\s+(?:[\w$]+\s*\.\s*)?(ApplicationLoadBalancer|NetworkLoadBalancer|CfnLoadBalancer|CfnListener)\s*\(/g;
const SET_ATTRIBUTE = /\.\s*setAttribute\s*\(/g;
/** L2 props in `Duration`s. */
const ALB_PROPS: Readonly<Record<string, string>> = {
  idleTimeout: 'idle_timeout.timeout_seconds',
  clientKeepAlive: 'client_keep_alive.seconds',
};
/** Attributes (L1 lists, `setAttribute`) in seconds, by the technology they belong to. */
const ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [ALB]: {
    'idle_timeout.timeout_seconds': 'idle_timeout.timeout_seconds',
    'client_keep_alive.seconds': 'client_keep_alive.seconds',
  },
  [NLB]: { 'tcp.idle_timeout.seconds': 'tcp.idle_timeout.seconds' },
};

/** `record[key]` for the record's own keys only (a user's `toString` or `__proto__` is none). */
const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

const stringAt = (text: string, s: Span): string | undefined =>
  /^(['"`])([^'"`\n]*)\1$/.exec(text.slice(s.start, s.end).trim())?.[2];

/**
 * `new elbv2.ApplicationLoadBalancer(this, 'Alb', { idleTimeout: Duration.seconds(120) })`,
 * `NetworkLoadBalancer`, the L1 `CfnLoadBalancer` / `CfnListener` with attribute lists, and
 * `alb.setAttribute('idle_timeout.timeout_seconds', '120')`. Scope: the construct id.
 */
export function extractConstructs(cdk: CdkScan): Set<string> {
  const { scan } = cdk;
  const listened = new Set<string>();
  for (const m of scan.matches(NEW)) {
    const kind = m[1] ?? '';
    const { args } = readArguments(scan.masked, m.index + m[0].length - 1);
    const id = args[1] ? stringAt(scan.text, args[1]) : undefined;
    const named = id ?? `${kind} at line ${scan.position(m.index).line}`;
    const props = args[2] && scan.masked[args[2].start] === '{' ? args[2].start : undefined;
    const entries =
      props === undefined ? [] : readObjectEntries(scan.text, scan.masked, props).entries;
    const tech = techOf(kind, entries, scan.text);
    if (tech === undefined) continue;
    const target = kind === 'CfnListener' ? listenerTarget(cdk, entries) : undefined;
    if (target) listened.add(target);
    const scope = target ? `${target} ${named}` : named;
    scan.node(tech, scope, m.index);
    const b = findBinding(scan.masked, m.index);
    if (b.kind === 'var' && b.name) cdk.variables.set(b.name, { scope, tech });
    for (const e of entries) {
      const key = tech === ALB && kind !== 'CfnLoadBalancer' ? own(ALB_PROPS, e.key) : undefined;
      if (key !== undefined) {
        const written = scan.masked.slice(e.value.start, e.value.end);
        scan.set(
          tech,
          scope,
          key,
          durationValue(cdk, written, e.value.start, e.value.end),
          e.keyOffset,
          e.key,
        );
      }
      if (e.key === 'loadBalancerAttributes' || e.key === 'listenerAttributes')
        readAttributeList(cdk, tech, scope, e.value);
    }
  }
  for (const m of scan.matches(SET_ATTRIBUTE)) {
    const receiver = readReceiver(scan.masked, m.index);
    const target = receiver ? cdk.variables.get(receiver.text) : undefined;
    const { args } = readArguments(scan.masked, m.index + m[0].length - 1);
    const [keyArg, valueArg] = args;
    const attribute = keyArg ? stringAt(scan.text, keyArg) : undefined;
    if (!keyArg || !valueArg || attribute === undefined) continue;
    const tech = target?.tech ?? (own(own(ATTRIBUTES, ALB), attribute) ? ALB : NLB);
    const key = own(own(ATTRIBUTES, tech), attribute);
    if (key === undefined) continue;
    const scope = target?.scope ?? receiver?.text ?? 'load balancer';
    const value = secondsValue(
      cdk,
      scan.text.slice(valueArg.start, valueArg.end),
      valueArg.start,
      valueArg.end,
    );
    scan.set(tech, scope, key, value, keyArg.start + 1, attribute);
  }
  return listened;
}

/** The NLB a `CfnListener` belongs to: `loadBalancerArn: nlb.ref` (or `.attrLoadBalancerArn`). */
function listenerTarget(cdk: CdkScan, entries: readonly ObjectEntry[]): string | undefined {
  const arn = entries.find((e) => e.key === 'loadBalancerArn');
  if (!arn) return undefined;
  const m = /^([\w$.]+?)\s*\.\s*(?:ref|attrLoadBalancerArn|loadBalancerArn)$/.exec(
    cdk.scan.masked.slice(arn.value.start, arn.value.end).trim(),
  );
  const lb = m?.[1] === undefined ? undefined : cdk.variables.get(m[1]);
  return lb?.tech === NLB ? lb.scope : undefined;
}

/** Which node a construct makes: the L1 `type: 'network'` makes an NLB; gateways none. */
function techOf(kind: string, entries: readonly ObjectEntry[], text: string): string | undefined {
  if (kind === 'ApplicationLoadBalancer') return ALB;
  if (kind === 'NetworkLoadBalancer' || kind === 'CfnListener') return NLB;
  const type = entries.find((e) => e.key === 'type');
  const value = type ? stringAt(text, type.value) : undefined;
  if (value === 'gateway') return undefined;
  return value === 'network' ? NLB : ALB;
}

/** `[{ key: 'idle_timeout.timeout_seconds', value: '120' }, …]`. */
function readAttributeList(cdk: CdkScan, tech: string, scope: string, list: Span): void {
  const { scan } = cdk;
  if (scan.masked[list.start] !== '[') return;
  const close = findClosing(scan.masked, list.start);
  if (close < 0) return;
  for (const item of splitTopLevel(scan.masked, list.start + 1, close)) {
    if (scan.masked[item.start] !== '{') continue;
    const entries = readObjectEntries(scan.text, scan.masked, item.start).entries;
    const keyEntry = entries.find((e) => e.key === 'key');
    const valueEntry = entries.find((e) => e.key === 'value');
    const attribute = keyEntry ? stringAt(scan.text, keyEntry.value) : undefined;
    const key = attribute === undefined ? undefined : own(own(ATTRIBUTES, tech), attribute);
    if (!keyEntry || !valueEntry || attribute === undefined || key === undefined) continue;
    const v = valueEntry.value;
    const value = secondsValue(cdk, scan.text.slice(v.start, v.end), v.start, v.end);
    scan.set(tech, scope, key, value, keyEntry.value.start + 1, attribute);
  }
}
