import type { KnownScalar } from '../../model/chain';
import type { DurationDialect } from '../../model/duration';
import type {
  EffectiveValue,
  ResolvedL4,
  SettingDef,
  SettingReader,
  TechDef,
  VersionedDefault,
} from '../types';
import { zeroIsUnlimited } from './effective';

export interface L4Spec {
  id: string;
  name: string;
  doc: string;
  managed?: boolean;
  /** The idle-timeout setting (role `l4-idle`). */
  key: string;
  label: string;
  dialect: DurationDialect;
  defaults: readonly VersionedDefault[];
  snippet: (v: KnownScalar) => string;
  /** The snippet in other languages the setting is written in (SettingDef.snippetIn). */
  snippetIn?: SettingDef['snippetIn'];
  /** Not configurable (NAT gateway). */
  fixed?: boolean;
  versions?: readonly string[];
  /** Further settings (Azure's TCP reset flag). */
  extra?: readonly SettingDef[];
  /** The effective idle value when 0 does not mean "no limit" (IPVS: 0 = the system's 900 s). */
  resolveIdle?: (r: SettingReader) => EffectiveValue;
  /** What the next packet meets after expiry; may depend on a setting. */
  onExpiry: (r: SettingReader) => ResolvedL4['onExpiry'];
}

/** A middlebox that forgets idle flows silently (NAT, NLB, IPVS, Azure LB). */
export function defineL4(spec: L4Spec): TechDef {
  const versions = spec.versions ?? ['current'];
  return {
    id: spec.id,
    name: spec.name,
    kind: 'l4',
    versions,
    defaultVersion: versions[0] ?? 'current',
    sides: 'l4',
    ...(spec.managed ? { managed: true } : {}),
    doc: spec.doc,
    settings: [
      {
        key: spec.key,
        label: spec.label,
        role: 'l4-idle',
        kind: 'duration',
        dialect: spec.dialect,
        defaults: spec.defaults,
        doc: spec.doc,
        ...(spec.fixed ? { fixed: true } : {}),
        snippet: spec.snippet,
        ...(spec.snippetIn ? { snippetIn: spec.snippetIn } : {}),
      },
      ...(spec.extra ?? []),
    ],
    resolve: (r) => ({
      l4: {
        idle: spec.resolveIdle ? spec.resolveIdle(r) : zeroIsUnlimited(r.num(spec.key)),
        onExpiry: spec.onExpiry(r),
        fixKey: spec.key,
      },
    }),
  };
}
