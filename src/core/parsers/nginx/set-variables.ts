import type { NginxDirective } from './tree';

/**
 * Variables as `set $name value;` leaves them for a request (ngx_http_rewrite_module): a literal
 * value, null when it is not one (it holds a variable, or an `if` sets it only for some requests),
 * undefined when no `set` names it.
 */
export interface SetVariables {
  get(name: string): string | null | undefined;
  /** No `set` at all: nothing to replace. */
  readonly empty: boolean;
}

export const NO_VARIABLES: SetVariables = { get: () => undefined, empty: true };

/**
 * A block's own `set`s over the outer block's: looked up, not copied (a server with thousands of
 * `set`s and locations would otherwise copy them for each location).
 */
class Layer implements SetVariables {
  readonly empty = false;
  constructor(
    private readonly own: ReadonlyMap<string, string | null>,
    private readonly outer: SetVariables,
  ) {}
  get(name: string): string | null | undefined {
    return this.own.has(name) ? this.own.get(name) : this.outer.get(name);
  }
}

/** Blocks whose `set` runs only for some requests. */
const CONDITIONAL = new Set(['if']);

/** The `set` directives a block runs itself (`own`) and those inside its `if` blocks. */
export interface BlockSets {
  own: NginxDirective[];
  conditional: NginxDirective[];
}

/** Adds a block's child to `into` when it is a `set`, or an `if` holding some. */
export function collectSet(d: NginxDirective, into: BlockSets | null): BlockSets | null {
  if (d.children) {
    if (!CONDITIONAL.has(d.name) || d.opaque) return into;
    let out = into;
    for (const c of d.children)
      if (c.name === 'set' && !c.children)
        (out ??= { own: [], conditional: [] }).conditional.push(c);
    return out;
  }
  if (d.name !== 'set') return into;
  const out = into ?? { own: [], conditional: [] };
  out.own.push(d);
  return out;
}

/**
 * `vars` after a block's own rewrite directives: its `set`s in order, then any variable an `if`
 * sets is no longer known (nginx runs a server's rewrite directives, then those of the location
 * the request ends in; an outer location's are not run for a nested one).
 */
export function applySets(vars: SetVariables, sets: BlockSets | null): SetVariables {
  if (sets === null) return vars;
  const out = new Map<string, string | null>();
  for (const d of sets.own) {
    const [name, value] = d.args;
    if (name === undefined || !name.startsWith('$')) continue;
    out.set(name.slice(1), value === undefined || value.includes('$') ? null : value);
  }
  for (const d of sets.conditional) {
    const name = d.args[0];
    if (name?.startsWith('$')) out.set(name.slice(1), null);
  }
  return new Layer(out, vars);
}

const VARIABLE = /\$(?:\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g;

/** `text` with each `$name` / `${name}` that holds a literal replaced by it; others stay. */
export function substituteVariables(text: string, vars: SetVariables): string {
  if (vars.empty || !text.includes('$')) return text;
  return text.replace(VARIABLE, (written, braced?: string, bare?: string) => {
    const value = vars.get(braced ?? bare ?? '');
    return typeof value === 'string' ? value : written;
  });
}
