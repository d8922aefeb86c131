import { describe, expect, it } from 'vitest';
import { parseTerraform } from './index';

const release = (i: number) =>
  `resource "helm_release" "r${i}" {\n  chart = "ingress-nginx"\n  values = [<<EOF\ncontroller:\n  config:\n    keep-alive: "${60 + i}"\nEOF\n  ]\n}\n`;

describe('helm_release values budget', () => {
  it('reads the first 16 values documents of a file and says the rest are not read', () => {
    const text = Array.from({ length: 20 }, (_, i) => release(i)).join('\n');
    const result = parseTerraform({ name: 'main.tf', text }, { files: [] });
    const read = result.nodes.filter((n) => Object.keys(n.settings).length > 0);
    expect(read).toHaveLength(16);
    expect(result.nodes).toHaveLength(20);
    const notes = result.diagnostics.filter((d) => d.message.includes('values documents'));
    expect(notes).toHaveLength(1);
  });
});
