import type { Verdict } from '../../core/analysis/types';
import type { TechKind } from '../../core/catalog/types';

export const KIND_LABEL: Record<TechKind, string> = {
  client: 'Client',
  cdn: 'CDN',
  'load-balancer': 'Load balancer',
  proxy: 'Proxy',
  sidecar: 'Sidecar',
  'app-server': 'App server',
  l4: 'L4 middlebox',
};

export const KIND_ICON: Record<TechKind, string> = {
  client: '⇢',
  cdn: '☁',
  'load-balancer': '⚖',
  proxy: '⇄',
  sidecar: '◫',
  'app-server': '▣',
  l4: '⛁',
};

export const VERDICT_TEXT: Record<Verdict, { icon: string; label: string }> = {
  ok: { icon: '✓', label: 'OK' },
  warn: { icon: '!', label: 'Thin margin' },
  risk: { icon: '✕', label: 'Risk' },
  unknown: { icon: '?', label: 'Unknown' },
};
