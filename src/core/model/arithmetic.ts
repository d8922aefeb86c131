import { err, ok, type Result } from './result';

/**
 * A tiny evaluator for the constant expressions found in code snippets:
 * `90 * time.Second`, `65_000`, `5 * 60 * 1000`, `time.Duration(30) * time.Second`, `(1 + 2) * 3`.
 * Identifiers (dotted names allowed) are looked up in `names`; one-argument calls such as
 * `time.Duration(x)` or `Duration.ofSeconds(x)` are looked up in `calls`. Never throws.
 */
export function evaluateArithmetic(
  expr: string,
  names: Readonly<Record<string, number>> = {},
  calls: Readonly<Record<string, (x: number) => number>> = {},
): Result<number> {
  const tokens = tokenize(expr);
  if (!tokens.ok) return tokens;
  const p = new Parser(tokens.value, names, calls);
  const v = p.expression();
  if (!v.ok) return v;
  if (p.pos < tokens.value.length) return err(`unexpected "${tokens.value[p.pos]}"`);
  if (!Number.isFinite(v.value)) return err('not a finite number');
  return v;
}

function tokenize(s: string): Result<string[]> {
  const out: string[] = [];
  const re =
    /\s*(?:(\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?[lLfFdD]?)|([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)|([-+*/()]))/y;
  let pos = 0;
  while (pos < s.length) {
    if (/^\s*$/.test(s.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return err(`unexpected "${s.slice(pos).trim().slice(0, 10)}"`);
    out.push(m[1] !== undefined ? m[1].replace(/_/g, '') : (m[2] ?? m[3] ?? ''));
    pos = re.lastIndex;
  }
  return ok(out);
}

class Parser {
  pos = 0;
  constructor(
    private readonly t: string[],
    private readonly names: Readonly<Record<string, number>>,
    private readonly calls: Readonly<Record<string, (x: number) => number>>,
  ) {}

  expression(): Result<number> {
    let left = this.term();
    while (left.ok && (this.t[this.pos] === '+' || this.t[this.pos] === '-')) {
      const op = this.t[this.pos++];
      const right = this.term();
      if (!right.ok) return right;
      left = ok(op === '+' ? left.value + right.value : left.value - right.value);
    }
    return left;
  }

  private term(): Result<number> {
    let left = this.unary();
    while (left.ok && (this.t[this.pos] === '*' || this.t[this.pos] === '/')) {
      const op = this.t[this.pos++];
      const right = this.unary();
      if (!right.ok) return right;
      if (op === '/' && right.value === 0) return err('division by zero');
      left = ok(op === '*' ? left.value * right.value : left.value / right.value);
    }
    return left;
  }

  private unary(): Result<number> {
    if (this.t[this.pos] === '-') {
      this.pos++;
      const v = this.unary();
      return v.ok ? ok(-v.value) : v;
    }
    if (this.t[this.pos] === '+') this.pos++;
    return this.primary();
  }

  private primary(): Result<number> {
    const tok = this.t[this.pos];
    if (tok === undefined) return err('unexpected end of expression');
    if (tok === '(') {
      this.pos++;
      const v = this.expression();
      if (!v.ok) return v;
      if (this.t[this.pos] !== ')') return err('missing ")"');
      this.pos++;
      return v;
    }
    if (/^\d/.test(tok)) {
      this.pos++;
      return ok(Number(tok.replace(/[lLfFdD]$/, '')));
    }
    if (/^[A-Za-z_$]/.test(tok)) {
      this.pos++;
      if (this.t[this.pos] === '(') {
        const fn = Object.hasOwn(this.calls, tok) ? this.calls[tok] : undefined;
        if (!fn) return err(`unknown function ${tok}`);
        this.pos++;
        const arg = this.expression();
        if (!arg.ok) return arg;
        if (this.t[this.pos] !== ')') return err('missing ")"');
        this.pos++;
        return ok(fn(arg.value));
      }
      const v = Object.hasOwn(this.names, tok) ? this.names[tok] : undefined;
      return v === undefined ? err(`unknown name ${tok}`) : ok(v);
    }
    return err(`unexpected "${tok}"`);
  }
}
