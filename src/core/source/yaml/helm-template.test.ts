import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { blankHelmTemplates } from './helm-template';

describe('blankHelmTemplates (a Helm chart template read as YAML)', () => {
  it('blanks action lines and quotes templated values, keeping every offset', () => {
    const lines = [
      'metadata:',
      '  name: {{ include "chart.fullname" . }}',
      '  labels:',
      '    {{- include "chart.labels" . | nindent 4 }}',
      'data:',
      '  keep-alive: {{ .Values.keepAlive | quote }}',
      '  timeout: "{{ .Values.timeout }}"',
      '{{- if .Values.extra }}',
      '  - {{ .Values.item }}-suffix',
      '{{- end }}',
    ];
    const text = lines.join('\n');
    const blank = (i: number) => ' '.repeat(lines[i]?.length ?? 0);
    const out = blankHelmTemplates(text);
    expect(out.length).toBe(text.length);
    expect(out.split('\n')).toEqual([
      'metadata:',
      `  name: '{{include "chart.fullname" .}}'`,
      '  labels:',
      blank(3),
      'data:',
      '  keep-alive: "{{.Values.keepAlive | quote}}"',
      '  timeout: "{{ .Values.timeout }}"',
      blank(7),
      '  - "{{.Values.item}}-suffix"',
      blank(9),
    ]);
  });

  it('leaves a text without actions as it is', () => {
    const text = 'data:\n  keep-alive: "75"\n  map: { a: 1 }\n';
    expect(blankHelmTemplates(text)).toBe(text);
  });

  it('keeps the length and the line breaks of any text', () => {
    const piece = fc.constantFrom(
      '{{ .Values.x }}',
      '{{- if .a }}',
      '{{x}}',
      'key: ',
      '- ',
      '"',
      "'",
      ' ',
      '\n',
      '\r\n',
      '#',
      ':',
      'value',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const out = blankHelmTemplates(text);
        expect(out.length).toBe(text.length);
        expect([...out.matchAll(/\r?\n/g)].map((m) => m.index)).toEqual(
          [...text.matchAll(/\r?\n/g)].map((m) => m.index),
        );
      }),
      { numRuns: 500 },
    );
  });
});
