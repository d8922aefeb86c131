import { isMap, isScalar, isSeq } from '../source/yaml/nodes';
import type { SettingScalar } from '../model/chain';
import { ROLES, isRole, type Role } from '../model/roles';
import { primarySetting } from '../catalog/primary-key';
import type { SettingDef, TechDef } from '../catalog/types';
import type { NodeEntry } from './node-entry';
import { describeSuggestions } from './suggest';
import { readSettingValue } from './values';
import {
  checkKeys,
  entriesOf,
  expectMap,
  expectText,
  positionOf,
  report,
  type Field,
  type WalkContext,
} from './walk';

/** Sets a setting with an explicit origin at `at`, warning when the node already has it. */
function setValue(
  ctx: WalkContext,
  node: NodeEntry['node'],
  def: SettingDef,
  value: SettingScalar,
  written: string,
  at: unknown,
): void {
  const pos = positionOf(ctx, at);
  const before = node.settings[def.key];
  if (before?.origin.kind === 'explicit')
    report(
      ctx,
      at,
      'CHAIN_DUPLICATE_SETTING',
      'warning',
      `${written} sets ${def.key}, already set by ${before.origin.setting} on line ${before.origin.line}; this value wins`,
    );
  node.settings[def.key] = {
    value,
    origin: {
      kind: 'explicit',
      file: ctx.file,
      line: pos.line,
      column: pos.column,
      setting: written,
    },
  };
}

export function readRole(
  ctx: WalkContext,
  entry: NodeEntry,
  tech: TechDef,
  role: Role,
  pair: Field,
) {
  const def = primarySetting(tech, role);
  if (!def) {
    report(
      ctx,
      pair.key,
      'CHAIN_ROLE_NOT_APPLICABLE',
      'error',
      `${tech.id} has no ${role} setting`,
    );
    return;
  }
  const value = readSettingValue(ctx, pair.value, def, role, pair.key, tech.name);
  if (value !== undefined) setValue(ctx, entry.node, def, value, role, pair.key);
}

export function readSettings(ctx: WalkContext, entry: NodeEntry, tech: TechDef, pair: Field) {
  const map = expectMap(ctx, pair.value, 'settings', pair.key);
  if (!map) return;
  const keys = tech.settings.map((s) => s.key);
  for (const { key, pair: p } of entriesOf(ctx, map)) {
    const def = tech.settings.find((s) => s.key === key);
    if (!def) {
      report(
        ctx,
        p.key,
        'CHAIN_UNKNOWN_SETTING',
        'error',
        `${tech.id} has no setting "${key}"${describeSuggestions(key, keys)}`,
      );
      continue;
    }
    const value = readSettingValue(ctx, p.value, def, key, p.key, tech.name);
    if (value !== undefined) setValue(ctx, entry.node, def, value, key, p.key);
  }
}

/** `locked: [keepalive_timeout, server-idle]`: setting keys, or roles for their primary key. */
export function readLocked(ctx: WalkContext, entry: NodeEntry, tech: TechDef, pair: Field) {
  const items = isSeq(pair.value)
    ? pair.value.items.map((i) => ctx.index.resolve(i))
    : [pair.value];
  const keys = tech.settings.map((s) => s.key);
  const locked: string[] = [];
  for (const item of items) {
    const text = expectText(ctx, item, 'locked', pair.key);
    if (text === undefined) continue;
    const key = isRole(text) ? primarySetting(tech, text)?.key : keys.find((k) => k === text);
    if (key === undefined)
      report(
        ctx,
        item,
        'CHAIN_UNKNOWN_SETTING',
        'error',
        `${tech.id} has no setting "${text}" to lock${describeSuggestions(text, [...keys, ...ROLES])}`,
      );
    else if (!locked.includes(key)) locked.push(key);
  }
  if (locked.length > 0) entry.node.locked = locked;
}

/** `config: path`, `config: { path, scope }` or a list of those. */
export function readConfig(ctx: WalkContext, entry: NodeEntry, pair: Field) {
  const items = isSeq(pair.value)
    ? pair.value.items.map((i) => ctx.index.resolve(i))
    : [pair.value];
  for (const item of items) {
    let path: string | undefined;
    let scope: string | undefined;
    if (isMap(item)) {
      const fields = entriesOf(ctx, item);
      checkKeys(ctx, fields, ['path', 'scope'], 'config');
      const p = fields.find((f) => f.key === 'path')?.pair;
      path = expectText(ctx, p?.value, 'config path', p?.key ?? item);
      const s = fields.find((f) => f.key === 'scope')?.pair;
      if (s) scope = expectText(ctx, s.value, 'config scope', s.key);
    } else path = expectText(ctx, item, 'config', pair.key);
    if (path !== undefined)
      entry.configs.push({
        path,
        ...(scope !== undefined ? { scope } : {}),
        ...positionOf(ctx, isScalar(item) || isMap(item) ? item : pair.key),
      });
  }
}
