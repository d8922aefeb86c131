import * as v from 'valibot';
import { CHAIN_LIMITS, clampFileName } from '../model/chain-limits';
import { fitChain } from '../model/fit-chain';
import { err, ok, type Result } from '../model/result';
import { checkChainAgainstCatalog } from './catalog-check';
import { describeShareIssue } from './describe-issue';
import { migrateShareJson } from './migrate';
import type { ShareDocument } from './versions/v1';
import { ShareV2, ShareV2AsWritten, fromShareV2 } from './versions/v2';

/** A link's or save's content, and what had to be shortened to fit CHAIN_LIMITS (for people). */
export interface DecodedShare extends ShareDocument {
  /** Present only when something was shortened. */
  repairs?: string[];
}

/**
 * The one way share JSON is read, for links and local saves alike: migrate from `version` step by
 * step → validate → check against the catalog. JSON past the limits that older versions did not
 * enforce is read and brought within them (`repairs` says what changed) instead of refused.
 * `whole` names the document in messages ("the link", "the saved chain"). Never throws.
 */
export function readShareJson(version: number, json: unknown, whole: string): Result<DecodedShare> {
  const migrated = migrateShareJson(version, json);
  if (!migrated.ok) return migrated;
  const strict = v.safeParse(ShareV2, migrated.value);
  let doc: ShareDocument;
  let repairs: string[] = [];
  if (strict.success) doc = fromShareV2(strict.output);
  else {
    const asWritten = v.safeParse(ShareV2AsWritten, migrated.value);
    if (!asWritten.success) return err(describeShareIssue(asWritten.issues[0], whole));
    const read = fromShareV2(asWritten.output);
    const fitted = fitChain(read.chain);
    repairs = fitted.notes;
    doc = { chain: fitted.chain };
    if (read.sources)
      doc.sources = read.sources.map((s) => ({
        name: clampFileName(s.name, CHAIN_LIMITS.sourceNameChars),
        text: s.text,
      }));
  }
  const checked = checkChainAgainstCatalog(doc.chain);
  if (!checked.ok) return checked;
  return ok(repairs.length > 0 ? { ...doc, repairs } : doc);
}
