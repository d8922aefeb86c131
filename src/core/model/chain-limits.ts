type LimitName =
  | 'nodes'
  | 'labelChars'
  | 'versionChars'
  | 'originNameChars'
  | 'textValueChars'
  | 'fixNoteChars'
  | 'settingsPerNode'
  | 'rttMs'
  | 'optionMs'
  | 'rps'
  | 'sourceFiles'
  | 'sourceNameChars'
  | 'sourceTextChars';

export type ChainLimits = Readonly<Record<LimitName, number>>;

/**
 * What a chain may hold: the one definition that editing, import, local saves and share links
 * all follow, so that every chain the app can make is one it can save and open again. The share
 * format's schema (share/versions) is built from these numbers; `fitChain` brings any chain
 * within them. Lengths count UTF-16 code units, as `String.length` and the schema do.
 */
export const CHAIN_LIMITS: ChainLimits = {
  /** Nodes in one chain (so at most 63 links). */
  nodes: 64,
  /** A node's label, in characters. */
  labelChars: 120,
  /** A node's version (`1.29.7`), in characters. */
  versionChars: 40,
  /** Where a value was read from: the file name and the setting as written, in characters. */
  originNameChars: 200,
  /** A text setting's value, in characters. */
  textValueChars: 1000,
  /** The note on a value the fix plan set, in characters. */
  fixNoteChars: 500,
  /** Settings (and locks) per node. */
  settingsPerNode: 200,
  /** A link's round-trip time: anything above a minute is a typo. */
  rttMs: 60_000,
  /** The analysis options (safety margin, reaction delay): a year. */
  optionMs: 31_536_000_000,
  /** Requests per second entering the chain. */
  rps: 1e9,
  /** Config files shared with a chain, and the characters of each file's name and text. */
  sourceFiles: 32,
  sourceNameChars: 200,
  sourceTextChars: 2_000_000,
};

/**
 * The limits older versions of the app did not enforce while saving, as far as a saved chain or
 * link is still read (and then brought within CHAIN_LIMITS by `fitChain`) rather than refused.
 * Bounded so that a hostile link cannot make the page build something huge.
 */
export const READ_LIMITS: ChainLimits = {
  ...CHAIN_LIMITS,
  nodes: 10_000,
  labelChars: 100_000,
  versionChars: 10_000,
  originNameChars: 100_000,
  textValueChars: 1_000_000,
  fixNoteChars: 100_000,
  rttMs: 31_536_000_000,
  sourceNameChars: 100_000,
};

const ELLIPSIS = '…';

/**
 * `text` cut to at most `max` characters, ending in an ellipsis when it was cut (never splitting
 * a surrogate pair). Text within the limit is returned unchanged.
 */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}

/** Characters a shortened file name keeps from its end (so `.properties`, `.tf` survive). */
const KEPT_FILE_END = 40;

/**
 * A file name cut to at most `max` characters by dropping the middle (`application-aaa…aaa.yml`),
 * so its extension, which format detection reads, survives. Names within the limit are unchanged.
 */
export function clampFileName(name: string, max: number): string {
  if (name.length <= max) return name;
  const tailLength = Math.min(KEPT_FILE_END, Math.floor(max / 2));
  let tail = name.slice(name.length - tailLength);
  const first = tail.charCodeAt(0);
  if (first >= 0xdc00 && first <= 0xdfff) tail = tail.slice(1);
  return `${clampText(name.slice(0, name.length - tail.length), max - tail.length)}${tail}`;
}
