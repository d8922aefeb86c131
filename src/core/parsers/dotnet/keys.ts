/** Configuration paths (lower case: .NET configuration keys ignore case) and what they set. */
export const CONFIG_KEYS: Record<string, { tech: string; key: string }> = {
  'kestrel:limits:keepalivetimeout': { tech: 'kestrel', key: 'Limits.KeepAliveTimeout' },
  'kestrel:limits:requestheaderstimeout': { tech: 'kestrel', key: 'Limits.RequestHeadersTimeout' },
};

/** The scopes the .NET parser gives its nodes. */
export const KESTREL_SCOPE = 'Kestrel';
export const HANDLER_SCOPE = 'SocketsHttpHandler';
