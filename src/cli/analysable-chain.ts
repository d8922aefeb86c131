import type { Ms } from '../core/model/duration';
import { findConstructionProblems } from '../core/analysis/construction';
import { loadChainInputs, type LoadedInputs } from './inputs';
import type { CliIo } from './io';
import { failUsage } from './usage-error';

/**
 * The chain the inputs describe, checked the way `check` needs it: at least two nodes, in request
 * order. A usage error is printed and returned as exit code 2.
 */
export async function loadAnalysableChain(
  positionals: readonly string[],
  io: CliIo,
  command: string,
  rttMs: Ms | undefined,
): Promise<{ ok: true; value: LoadedInputs } | { ok: false; code: number }> {
  const fail = (message: string) => ({ ok: false as const, code: failUsage(io, command, message) });
  if (positionals.length === 0)
    return fail(
      'give the chain: tech:<id>, chain files or config files, client end first (see --help)',
    );
  const loaded = await loadChainInputs(positionals, io, rttMs !== undefined ? { rttMs } : {});
  if (!loaded.ok) return fail(loaded.error);
  const { chain } = loaded.value;
  if (chain.nodes.length < 2)
    return fail(
      `a chain needs at least two nodes (a client side and a server side); got ${chain.nodes.map((n) => n.label ?? n.tech).join(', ') || 'none'}`,
    );
  const problems = findConstructionProblems(chain);
  if (problems.length > 0)
    return fail(
      [
        'the chain is not in request order:',
        ...problems.map((p) => `  ${p.message}`),
        suggestOrder(positionals, loaded.value.roleOrder, loaded.value.contextInputs),
      ].join('\n'),
    );
  return loaded;
}

/**
 * The order to try: the role order when it differs from the given one; otherwise the given order
 * is already by role, and the node with no side facing its hop can only end the chain.
 */
function suggestOrder(
  given: readonly string[],
  byRole: readonly string[],
  context: readonly string[],
): string {
  const nodes = (list: readonly string[]) => list.filter((i) => !context.includes(i)).join(' ');
  if (nodes(byRole) !== nodes(given))
    return `  give the inputs from the client end, e.g.: ${byRole.join(' ')}`;
  return '  the inputs are already in role order: a node that forwards nothing (an app server, or an nginx server that only serves files, redirects or uses fastcgi/uwsgi) can only end the chain; drop the inputs after it, or give the config of the part that proxies on';
}
