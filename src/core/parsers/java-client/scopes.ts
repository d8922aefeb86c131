import { findBinding, scopeAt } from '../code/binding';
import { findEnclosingOpen } from '../code/brackets';
import { readReceiver } from '../code/receiver';

/**
 * Scopes of HttpClient builder code. A call belongs to the variable its chain is assigned to
 * (`client`), the method returning it (`httpClient()`), or the variable it is called on
 * (`builder.evictIdleConnections(…)`, `cm.closeIdle(…)`). Config objects are then merged into
 * what uses them: `requestConfig` → `.setDefaultRequestConfig(requestConfig)` on `client`.
 */
export class JavaScopes {
  private readonly parent = new Map<string, string | null>();
  private readonly clients = new Set<string>();
  private uses: Map<string, number[]> | undefined;

  constructor(private readonly masked: string) {}

  /** The scope of a call whose `.` is at `dot`, or `fallback`. */
  scopeOfCall(dot: number, fallback: string): string {
    const b = findBinding(this.masked, dot);
    if (b.kind !== 'none') return scopeAt(this.masked, dot, 'java', fallback);
    return this.receiverRoot(dot) ?? fallback;
  }

  /** Marks a scope that holds a client itself: it is never merged into what uses it. */
  markClient(scope: string): void {
    this.clients.add(scope);
  }

  /** The scope values of `scope` finally belong to, following config → builder → client uses. */
  resolve(scope: string): string {
    let current = scope;
    const seen = new Set<string>([current]);
    for (let next = this.parentOf(current); next !== null; next = this.parentOf(current)) {
      if (seen.has(next)) break;
      seen.add(next);
      current = next;
    }
    return current;
  }

  /** A variable's first use as an argument (`.setConnectionManager(cm)`) or `builder.build()`. */
  private parentOf(scope: string): string | null {
    const cached = this.parent.get(scope);
    if (cached !== undefined) return cached;
    this.parent.set(scope, null);
    if (this.clients.has(scope)) return null;
    // A `@Bean` method `requestConfig()` is used as `requestConfig()` or injected as `requestConfig`.
    const bare = scope.endsWith('()') ? scope.slice(0, -2) : scope;
    if (!/^[A-Za-z_$][\w$]*$/.test(bare)) return null;
    for (const at of this.usesOf(bare)) {
      const b = findBinding(this.masked, at);
      const owner =
        b.kind === 'none' ? this.receiverRootOfArgument(at) : scopeAt(this.masked, at, 'java', '');
      if (owner && owner !== scope) {
        this.parent.set(scope, owner);
        return owner;
      }
    }
    return null;
  }

  /**
   * Where each name is used as an argument (`(cm)`, `, requestConfig())`) or built
   * (`builder.build()`), in text order: one pass over the text for every scope (a regex per scope
   * would read the text once per client: quadratic in a file of many clients).
   */
  private usesOf(name: string): readonly number[] {
    if (!this.uses) {
      const uses = new Map<string, number[]>();
      const add = (n: string, at: number) => {
        const list = uses.get(n);
        if (list) list.push(at);
        else uses.set(n, [at]);
      };
      const use =
        /[(,]\s*([A-Za-z_$][\w$]*)\s*(?:\(\s*\)\s*)?(?=[,)])|(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*build\s*\(\s*\)/g;
      for (let m = use.exec(this.masked); m; m = use.exec(this.masked)) {
        if (m[1] !== undefined) add(m[1], m.index + m[0].indexOf(m[1]));
        else if (m[2] !== undefined) add(m[2], m.index);
      }
      this.uses = uses;
    }
    return this.uses.get(name) ?? [];
  }

  /** `builder` in `builder.evictIdleConnections(…)`; not a class (`HttpClients.custom()`). */
  private receiverRoot(dot: number): string | undefined {
    const receiver = readReceiver(this.masked, dot);
    const root = receiver?.text.split(/[.(]/)[0];
    return root && /^[a-z_$][\w$]*$/.test(root) && root !== 'this' ? root : undefined;
  }

  /** For `x.setConnectionManager(cm)` as a statement: `x`. */
  private receiverRootOfArgument(at: number): string | undefined {
    const open = findEnclosingOpen(this.masked, at);
    if (open < 0 || this.masked[open] !== '(') return undefined;
    const callee = /([A-Za-z_$][\w$]*)\s*$/.exec(this.masked.slice(Math.max(0, open - 100), open));
    if (!callee?.[1]) return undefined;
    const dot = open - callee[0].length - 1;
    return this.masked[dot] === '.' ? this.receiverRoot(dot) : undefined;
  }
}
