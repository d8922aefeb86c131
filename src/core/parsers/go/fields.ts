/**
 * The `net/http` fields the Go parser reads, by struct. Keys are the catalog setting keys
 * (docs/catalog-keys.md); for Go they are the field names themselves.
 */
export type GoStruct = 'Server' | 'Transport';
export type GoValueKind = 'duration' | 'count' | 'bool';

export interface GoField {
  struct: GoStruct;
  tech: 'go-http-server' | 'go-transport';
  kind: GoValueKind;
}

export const GO_FIELDS: Readonly<Record<string, GoField>> = {
  IdleTimeout: { struct: 'Server', tech: 'go-http-server', kind: 'duration' },
  ReadTimeout: { struct: 'Server', tech: 'go-http-server', kind: 'duration' },
  ReadHeaderTimeout: { struct: 'Server', tech: 'go-http-server', kind: 'duration' },
  WriteTimeout: { struct: 'Server', tech: 'go-http-server', kind: 'duration' },
  IdleConnTimeout: { struct: 'Transport', tech: 'go-transport', kind: 'duration' },
  MaxIdleConnsPerHost: { struct: 'Transport', tech: 'go-transport', kind: 'count' },
  DisableKeepAlives: { struct: 'Transport', tech: 'go-transport', kind: 'bool' },
};

export const fieldOf = (name: string): GoField | undefined =>
  Object.hasOwn(GO_FIELDS, name) ? GO_FIELDS[name] : undefined;

export const FIELD_NAMES = Object.keys(GO_FIELDS).join('|');
