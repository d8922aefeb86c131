import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDocument } from './split';

/** Real configs whose comments are full sentences: read as configs, never as documents. */
const DIR = join(__dirname, '__fixtures__/not-documents');

describe('a config file with comments is not a document', () => {
  it.each(readdirSync(DIR))('%s', (name) =>
    expect(splitDocument(readFileSync(join(DIR, name), 'utf8'), name)).toBeUndefined(),
  );
});
