import { findEnclosingFunction } from '../code/binding';

const DECL = /(?<![\w.])([A-Za-z_]\w*)\s*:=|\bvar\s+([A-Za-z_]\w*)\b/g;

/**
 * Go variables by function: `transport` declared in `newClient()` and `transport` declared in
 * `newProxy()` are two variables, so their nodes get two scopes (`transport in newClient()`);
 * a package-level variable, or a name declared in one function only, keeps its plain name.
 */
export class GoScopes {
  /** Names declared more than once → the functions declaring them (`''`: package level). */
  private readonly owners = new Map<string, Set<string>>();

  constructor(private readonly masked: string) {
    const offsets = new Map<string, number[]>();
    DECL.lastIndex = 0;
    for (let m = DECL.exec(masked); m; m = DECL.exec(masked)) {
      const name = m[1] ?? m[2] ?? '';
      const list = offsets.get(name);
      if (list) list.push(m.index);
      else offsets.set(name, [m.index]);
    }
    for (const [name, list] of offsets)
      if (list.length > 1) this.owners.set(name, new Set(list.map((at) => this.functionAt(at))));
  }

  /** The scope for variable `scope` (`transport`, `srv.Handler`) used at `offset`. */
  qualify(scope: string, offset: number): string {
    const root = /^[A-Za-z_]\w*/.exec(scope)?.[0];
    const owners = root === undefined ? undefined : this.owners.get(root);
    if (!owners || owners.size < 2) return scope;
    const fn = this.functionAt(offset);
    return fn !== '' && owners.has(fn) ? `${scope} in ${fn}` : scope;
  }

  private functionAt(offset: number): string {
    return findEnclosingFunction(this.masked, offset, 'go') ?? '';
  }
}
