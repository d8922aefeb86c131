import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../import-files';
import { detectTomcatXml } from '../../parsers/tomcat-xml';

/** A README names configs in tables and shell lines, but holds none: no node, one diagnostic. */
const FIXTURE = readFileSync(join(__dirname, '__fixtures__/documents/README.md'), 'utf8');
const OURS = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');

describe('a Markdown document with no config code block', () => {
  it.each([
    ['a README that mentions <Connector> in a table', FIXTURE],
    ['our own README', OURS],
  ])('%s: no node, one diagnostic that says so', (_, text) => {
    const file = importFiles([{ name: 'README.md', text }]).files[0];
    expect(file?.nodes).toEqual([]);
    expect(file?.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['IMPORT_NOTHING_FOUND', 'README.md'],
    ]);
    expect(file?.diagnostics[0]?.message).toMatch(
      /^a Markdown document with no config code block: /,
    );
  });

  it('lists the terminal session and the shell lines with what they look like', () =>
    expect(
      importFiles([{ name: 'README.md', text: FIXTURE }]).files[0]?.diagnostics[0]?.message,
    ).toContain(
      'lines 15–16 (sh: “npm install -g edge-gateway”), lines 20–21 (a terminal session: commands and their output)',
    ));

  it('a <Connector> mentioned inline is not a Tomcat server.xml; one that starts a line is', () => {
    expect(detectTomcatXml(FIXTURE)).toBe(0);
    expect(
      detectTomcatXml('Our connector:\n  <Connector port="8080" keepAliveTimeout="65000"/>\n'),
    ).toBe(0.95);
    expect(
      detectTomcatXml('<!-- server.xml --><Service name="x"><Connector port="8080"/></Service>'),
    ).toBe(0.95);
  });
});
