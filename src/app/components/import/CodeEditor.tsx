import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { Compartment, EditorState, type Text } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Diagnostic } from '../../../core/source/diagnostic';
import type { EditorProps } from './ConfigEditor';
import { EDITOR_HIGHLIGHT } from './editor-highlight';
import { pickLanguage } from './editor-language';

/** Colours from the page's CSS custom properties, which inherit into the shadow root. */
const EDITOR_THEME = EditorView.theme({
  '&': {
    height: '22rem',
    color: 'var(--text)',
    backgroundColor: 'var(--surface)',
    border: '1px solid var(--border)',
    borderRadius: '6px',
    fontSize: '0.85rem',
  },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-cursor': { borderLeftColor: 'var(--text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-2)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-placeholder': { color: 'var(--muted)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
  },
});

/**
 * Our diagnostics as CodeMirror offsets (clamped to the document): a diagnostic's span as it is
 * when the document holds the text unchanged (CodeMirror turns `\r\n` into one line break, which
 * shifts offsets), else its 1-based line and column.
 */
function toCodeMirror(
  doc: Text,
  diagnostics: readonly Diagnostic[],
  sourceLength: number,
): CmDiagnostic[] {
  const at = (line: number, column: number) => {
    const l = doc.line(Math.min(Math.max(1, line), doc.lines));
    return Math.min(l.from + Math.max(0, column - 1), l.to);
  };
  const sameOffsets = doc.length === sourceLength;
  const clamp = (offset: number) => Math.min(Math.max(0, offset), doc.length);
  return diagnostics.map((d) => {
    const span = sameOffsets ? d.span : undefined;
    const from = span ? clamp(span.start) : at(d.line, d.column);
    const to = span
      ? Math.max(from, clamp(span.end))
      : d.endLine !== undefined
        ? Math.max(from, at(d.endLine, d.endColumn ?? 1))
        : from;
    return {
      from,
      to: to === from ? Math.min(from + 1, doc.length) : to,
      severity: d.severity,
      message: `${d.code}: ${d.message} (line ${d.line}, column ${d.column})`,
    };
  });
}

/** CodeMirror 6 for pasted configs: highlighting by detected format, diagnostics inline. */
export default function CodeEditor({ value, onChange, diagnostics, format, label }: EditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    if (!host.current) return;
    // Inside a shadow root CodeMirror styles itself with a constructable stylesheet; in the
    // document it would inject <style> elements, which the strict CSP (style-src 'self') blocks.
    const shadow = host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    mount.className = 'mount';
    shadow.replaceChildren(mount);
    const v = new EditorView({
      parent: mount,
      root: shadow,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EDITOR_HIGHLIGHT,
          lintGutter(),
          EDITOR_THEME,
          language.current.of([]),
          placeholder('Paste nginx.conf, application.yml, a Go server, a ConfigMap, Terraform…'),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChangeRef.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // The editor is created once; later value changes are synced below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value)
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (v)
      v.dispatch({
        effects: language.current.reconfigure(pickLanguage(format, v.state.doc.toString())),
      });
  }, [format]);

  // The text the diagnostics were read from, to tell whether their offsets fit the document.
  const source = useRef(value);
  source.current = value;
  useEffect(() => {
    const v = view.current;
    const length = source.current.length;
    if (v) v.dispatch(setDiagnostics(v.state, toCodeMirror(v.state.doc, diagnostics, length)));
  }, [diagnostics]);

  return <div ref={host} className="code-editor" data-editor="codemirror" />;
}
