import { err, ok, type Result } from '../model/result';

/** The version new links are written in. */
export const SHARE_VERSION = 2;

/**
 * Step-by-step upgrades of a link's JSON: `MIGRATIONS[k]` turns version k+1 into version k+2.
 * Never delete or edit one: links written by every published version must keep opening.
 */
const MIGRATIONS: readonly ((json: unknown) => Result<unknown>)[] = [
  // v1 → v2: v2 only adds unknown values, so v1 JSON is v2 JSON as it is.
  (json) => ok(json),
];

/** Whether links of `version` can be read at all (checked before any decoding work). */
export function checkShareVersion(version: number): Result<number> {
  if (!Number.isInteger(version) || version < 1) return err(`unknown link version v${version}`);
  if (version > SHARE_VERSION)
    return err(
      `this link was made by a newer version of Timeout Chain (v${version}); reload the page to update`,
    );
  return ok(version);
}

/** Brings JSON written by `version` up to SHARE_VERSION. */
export function migrateShareJson(version: number, json: unknown): Result<unknown> {
  const known = checkShareVersion(version);
  if (!known.ok) return known;
  let current: Result<unknown> = ok(json);
  for (let k = version - 1; k < SHARE_VERSION - 1 && current.ok; k++) {
    const step = MIGRATIONS[k];
    if (!step) return err(`no migration from v${k + 1}`);
    current = step(current.value);
  }
  return current;
}
