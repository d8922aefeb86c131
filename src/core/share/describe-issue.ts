import type * as v from 'valibot';

/**
 * Valibot issues on share JSON, in words: "the link has no nodes list", "node 3's label is longer
 * than 120 characters". `whole` names the document ("the link", "the saved chain"). Nodes, links
 * and files count from 1, as the app shows them.
 */

type PathKey = string | number;

const FIELDS: Readonly<Record<string, string>> = {
  n: 'nodes list',
  r: 'round-trip times list',
  tr: 'traffic',
  o: 'analysis options',
  src: 'config files list',
};
const NODE_FIELDS: Readonly<Record<string, string>> = {
  i: 'id',
  t: 'technology id',
  v: 'version',
  l: 'label',
  s: 'settings',
  k: 'locked settings list',
};
const SETTING_FIELDS: Readonly<Record<string, string>> = {
  v: 'value',
  f: 'file name',
  l: 'line',
  c: 'column',
  n: 'name as written',
  x: 'fix note',
};
const OTHER_FIELDS: Readonly<Record<string, string>> = {
  rps: 'requests per second',
  ni: 'share of non-idempotent requests',
  m: 'safety margin',
  d: 'reaction delay',
  name: 'name',
  text: 'text',
};

/** The thing at `path` as a noun phrase ("node 3's label"), and its owner ("node 3"). */
function nameAt(path: readonly PathKey[], whole: string): { name: string; owner: string } {
  const [top, index, field, key, sub] = path;
  if (top === undefined) return { name: whole, owner: whole };
  const topName = FIELDS[String(top)] ?? `field "${String(top)}"`;
  if (index === undefined) return { name: `${whole}'s ${topName}`, owner: whole };
  if (top === 'r' && typeof index === 'number')
    return { name: `the round-trip time of link ${index + 1}`, owner: whole };
  if (typeof index !== 'number') {
    return {
      name: `${whole}'s ${OTHER_FIELDS[index] ?? `${topName} field "${index}"`}`,
      owner: whole,
    };
  }
  const item =
    top === 'n'
      ? `node ${index + 1}`
      : top === 'src'
        ? `config file ${index + 1}`
        : `${topName} entry ${index + 1}`;
  if (field === undefined) return { name: item, owner: whole };
  const fieldName =
    (top === 'n' ? NODE_FIELDS[String(field)] : OTHER_FIELDS[String(field)]) ??
    `field "${String(field)}"`;
  if (key === undefined) return { name: `${item}'s ${fieldName}`, owner: item };
  const setting =
    field === 'k'
      ? `${item}'s locked setting ${Number(key) + 1}`
      : `${item}'s setting "${String(key)}"`;
  if (sub === undefined) return { name: setting, owner: item };
  return {
    name: `${setting}'s ${SETTING_FIELDS[String(sub)] ?? `field "${String(sub)}"`}`,
    owner: setting,
  };
}

const KINDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  strict_object: 'an object',
  record: 'an object',
  finite: 'a finite number',
  integer: 'a whole number',
};

/** One issue as a sentence without the final full stop. */
export function describeShareIssue(issue: v.BaseIssue<unknown>, whole: string): string {
  const path = (issue.path ?? []).map((p) => p.key as PathKey);
  const last = path.at(-1);
  if (issue.type === 'strict_object' && issue.expected === 'never' && last !== undefined) {
    const { name: owner } = nameAt(path.slice(0, -1), whole);
    return `${owner} has a field this version does not know ("${String(last)}")`;
  }
  if (issue.kind === 'schema' && issue.input === undefined && last !== undefined) {
    const { name, owner } = nameAt(path, whole);
    return `${owner} has no ${name.startsWith(`${owner}'s `) ? name.slice(owner.length + 3) : name}`;
  }
  const { name } = nameAt(path, whole);
  const limit = issue.requirement;
  switch (issue.type) {
    case 'max_length':
      return typeof issue.input === 'string'
        ? `${name} is longer than ${String(limit)} characters`
        : `${name} has more than ${String(limit)} entries`;
    case 'max_entries':
      return `${name} has more than ${String(limit)} entries`;
    case 'max_value':
      return `${name} is above ${String(limit)}`;
    case 'min_value':
      return `${name} is below ${String(limit)}`;
    case 'regex':
      return `${name} is not valid (${JSON.stringify(issue.input).slice(0, 40)})`;
    case 'union':
      return `${name} is not a value a setting can have`;
    default: {
      const kind = KINDS[issue.type];
      return kind ? `${name} is not ${kind}` : `${name} is not valid`;
    }
  }
}
