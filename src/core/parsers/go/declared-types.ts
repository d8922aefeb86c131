/**
 * The type a variable was declared with, where the file says so (`cfg := Config{…}`,
 * `var opts Options`, `t := &http.Transport{…}`): an assignment `cfg.IdleTimeout = d` sets an
 * http.Server field only when `cfg` is not declared as some other struct — `IdleTimeout` is a
 * common field name of configuration structs too.
 */
const DECLARED =
  /(?<![\w.])([A-Za-z_]\w*)\s*:?=\s*&?\s*([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)?)\s*\{|\bvar\s+([A-Za-z_]\w*)\s+\*?([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)?)\s*$/gm;
const HTTP_TYPE = /^(?:http\s*\.\s*)?(?:Server|Transport|Client)$/;

export class DeclaredTypes {
  /** Variable name → its declarations in text order: where, and the type. */
  private readonly byName = new Map<string, { at: number; type: string }[]>();

  constructor(masked: string) {
    DECLARED.lastIndex = 0;
    for (let m = DECLARED.exec(masked); m; m = DECLARED.exec(masked)) {
      const name = m[1] ?? m[3] ?? '';
      const type = (m[2] ?? m[4] ?? '').replace(/\s+/g, '');
      if (name === '' || type === 'struct' || type === 'func') continue;
      const list = this.byName.get(name);
      if (list) list.push({ at: m.index, type });
      else this.byName.set(name, [{ at: m.index, type }]);
    }
  }

  /**
   * Whether the variable at the root of `receiver` (`cfg` of `cfg.HTTP`) was last declared
   * before `offset` as a struct other than http.Server/Transport/Client (a field path such as
   * `cfg.HTTP` is never an http value itself).
   */
  isOtherStruct(receiver: string, offset: number): boolean {
    if (receiver.includes('.')) return false;
    const list = this.byName.get(receiver);
    if (!list || list.length > 32) return false;
    let type: string | undefined;
    for (const d of list) if (d.at < offset) type = d.type;
    return type !== undefined && !HTTP_TYPE.test(type);
  }
}
