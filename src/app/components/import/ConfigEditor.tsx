import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { Diagnostic } from '../../../core/source/diagnostic';

export interface EditorProps {
  value: string;
  onChange: (text: string) => void;
  diagnostics: readonly Diagnostic[];
  /** Detected format of the text (parser id), for highlighting. */
  format: string | null;
  label: string;
}

const CodeEditor = lazy(() => import('./CodeEditor'));

function PlainEditor({ value, onChange, label }: EditorProps) {
  return (
    <textarea
      className="plain-editor"
      aria-label={label}
      value={value}
      spellCheck={false}
      placeholder="Paste nginx.conf, application.yml, a Go server, a ConfigMap, Terraform…"
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** If the editor chunk cannot load (offline, blocked), the plain textarea stays. */
class FallbackOnError extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** A plain textarea at once; CodeMirror replaces it when its (lazy) chunk has loaded. */
export function ConfigEditor(props: EditorProps) {
  const plain = <PlainEditor {...props} />;
  return (
    <FallbackOnError fallback={plain}>
      <Suspense fallback={plain}>
        <CodeEditor {...props} />
      </Suspense>
    </FallbackOnError>
  );
}
