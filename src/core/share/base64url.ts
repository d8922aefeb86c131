import { err, ok, type Result } from '../model/result';

/** Bytes → URL-safe base64 without padding (RFC 4648 §5). */
export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list small.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** URL-safe base64 (padding optional) → bytes; anything else is an error, never an exception. */
export function decodeBase64Url(text: string): Result<Uint8Array> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return err('contains characters that are not base64url');
  if (text.length % 4 === 1) return err('has a truncated base64url length');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return ok(bytes);
  } catch {
    return err('is not valid base64url');
  }
}
