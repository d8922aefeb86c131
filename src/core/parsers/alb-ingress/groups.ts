import { formatScalar } from '../../model/value';
import type { SettingInput } from '../../model/chain';
import type { Context } from './settings';
import type { IngressNode } from './objects';

/**
 * Ingresses with the same `group.name` share one ALB: its attributes are the union of what the
 * members write. Each member's node gets the merged settings; differing values are reported.
 */
export function mergeGroups(ingresses: readonly IngressNode[], ctx: Context) {
  const groups = new Map<string, IngressNode[]>();
  for (const i of ingresses)
    if (i.group) groups.set(i.group.name, [...(groups.get(i.group.name) ?? []), i]);
  for (const [name, members] of groups) {
    const merged: Record<string, SettingInput> = {};
    for (const member of members)
      for (const [key, input] of Object.entries(member.node.settings)) {
        const previous = merged[key];
        if (previous && previous.value !== input.value && input.origin.kind === 'explicit')
          ctx.report(
            'ALB_INGRESS_GROUP_CONFLICT',
            'warning',
            `${key} differs within group ${name} (${formatScalar(previous.value)} vs ${formatScalar(input.value)} ms): the shared ALB can have only one`,
            { line: input.origin.line, column: input.origin.column ?? 1 },
          );
        merged[key] = input;
      }
    const scopes = members.map((m) => m.node.scope.replace(/^ingress /, '')).join(', ');
    for (const member of members) {
      member.node.settings = { ...merged };
      member.node.label = `AWS ALB (group ${name}) for ${member.node.scope}`;
      ctx.report(
        'ALB_INGRESS_GROUP',
        'info',
        `Group ${name} (${scopes} in this file): every Ingress in the group shares one ALB and its attributes`,
        member.group?.offset ?? 0,
      );
    }
  }
}
