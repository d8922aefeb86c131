import { scopeAt } from '../code/binding';
import { findEnclosingOpen } from '../code/brackets';

const LITERAL = /(?<![\w.])http\s*\.\s*(?:Server|Transport|Client)\s*\{/g;
const FIELD_KEY = /([A-Za-z_]\w*)\s*:\s*&?\s*$/;
const STRUCT_TYPE = /(?<![\w.])([A-Za-z_]\w*)\s*$/;
const METHOD =
  /\bfunc\s*\(\s*([A-Za-z_]\w*)\s+\*?\s*([A-Za-z_]\w*)\s*\)\s*[A-Za-z_]\w*\s*\([^{}]*$/;
const SELECTOR = /^([A-Za-z_]\w*)\.([A-Za-z_]\w*)((?:\.[A-Za-z_]\w*)*)$/;
const MAX_LEVELS = 50;

/**
 * http values held in a field of the program's own struct: `return &Server{httpServer:
 * &http.Server{…}}` in `New()` and, in a method `func (s *Server) Start()`, `s.httpServer.…` are
 * one server. `Server.httpServer` → the literal's scope (`New().httpServer`).
 */
export class FieldLiterals {
  private readonly byField = new Map<string, string>();

  constructor(private readonly masked: string) {
    LITERAL.lastIndex = 0;
    for (let m = LITERAL.exec(masked); m; m = LITERAL.exec(masked)) {
      const parent = findEnclosingOpen(masked, m.index);
      if (parent < 0 || masked[parent] !== '{') continue;
      const field = FIELD_KEY.exec(masked.slice(Math.max(parent + 1, m.index - 100), m.index))?.[1];
      const type = STRUCT_TYPE.exec(masked.slice(Math.max(0, parent - 100), parent))?.[1];
      if (field === undefined || type === undefined || type === 'func') continue;
      const key = `${type}.${field}`;
      if (!this.byField.has(key)) this.byField.set(key, scopeAt(masked, m.index, 'go', key));
    }
  }

  /** `s.httpServer` (`.Transport`…) used in a method of `*Server`: the field literal's scope. */
  resolve(scope: string, offset: number): string | undefined {
    if (this.byField.size === 0) return undefined;
    const sel = SELECTOR.exec(scope);
    if (!sel) return undefined;
    const method = this.methodAt(offset);
    if (method === undefined || method.receiver !== sel[1]) return undefined;
    const found = this.byField.get(`${method.type}.${sel[2] ?? ''}`);
    return found === undefined ? undefined : `${found}${sel[3] ?? ''}`;
  }

  /** The receiver and its type of the method whose body holds `offset`. */
  private methodAt(offset: number): { receiver: string; type: string } | undefined {
    let open = findEnclosingOpen(this.masked, offset);
    for (let level = 0; open >= 0 && level < MAX_LEVELS; level++) {
      if (this.masked[open] === '{') {
        const m = METHOD.exec(this.masked.slice(Math.max(0, open - 300), open));
        if (m) return { receiver: m[1] ?? '', type: m[2] ?? '' };
      }
      open = findEnclosingOpen(this.masked, open);
    }
    return undefined;
  }
}
