import { findEnclosingFunction } from '../code/binding';

const MAX_SHADOWED = 32;
const DECL = /(?<![\w.])([A-Za-z_]\w*)\s*:=|\bvar\s+([A-Za-z_]\w*)\b/g;

/**
 * Go variables by function: `transport` declared in `newClient()` and `transport` declared in
 * `newProxy()` are two variables, so their nodes get two scopes (`transport in newClient()`);
 * a package-level variable, or a name declared in one function only, keeps its plain name.
 */
export class GoScopes {
  /** Names declared more than once → the functions declaring them (`''`: package level). */
  private readonly owners = new Map<string, Set<string>>();
  /** Names declared more than once → where each declaration's value starts. */
  private readonly shadowed = new Map<string, number[]>();

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
      if (list.length > 1) {
        this.owners.set(name, new Set(list.map((at) => this.functionAt(at))));
        this.shadowed.set(name, list);
      }
  }

  /**
   * The declaration of `name` that is in force at `offset` when the name is declared more than
   * once: the last one before `offset` in the same function (a local `idleTimeout :=` shadows the
   * package-level `var idleTimeout`). Undefined when the file-wide value applies.
   */
  localDeclaration(name: string, offset: number): number | undefined {
    const list = this.shadowed.get(name);
    // Real code shadows a name a few times; a name declared hundreds of times (generated or
    // hostile input) keeps the file-wide value, so this stays linear.
    if (!list || list.length > MAX_SHADOWED) return undefined;
    const fn = this.functionAt(offset);
    if (fn === '') return undefined;
    let found: number | undefined;
    for (const at of list) if (at < offset && this.functionAt(at) === fn) found = at;
    return found;
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
