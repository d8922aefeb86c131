/** Inputs that blow up a backtracking regex in detect(): 100 000 characters each. */
export const PATHOLOGICAL_INPUTS: readonly string[] = [
  '\t'.repeat(100_000),
  ' \n'.repeat(50_000),
  '- '.repeat(50_000),
  'a'.repeat(100_000),
];
