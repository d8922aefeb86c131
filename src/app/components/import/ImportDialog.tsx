import { useEffect, useRef, useState } from 'react';
import { PASTED_NAME } from '../../../core/model/origin';
import { useApp } from '../../store/useApp';
import { ConfigEditor } from './ConfigEditor';
import { FilePicker } from './FilePicker';
import { ImportPreviewList } from './ImportPreviewList';
import { ImportNodes } from './ImportNodes';
import { ImportTargetChoice } from './ImportTargetChoice';

const NO_DIAGNOSTICS: never[] = [];

/** Paste or drop configs, see what was found, then append them or fill a node. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const text = useApp((s) => s.importText);
  const files = useApp((s) => s.importFiles);
  const status = useApp((s) => s.importStatus);
  const setImportText = useApp((s) => s.setImportText);
  const addImportFiles = useApp((s) => s.addImportFiles);
  const removeImportFile = useApp((s) => s.removeImportFile);
  const applyImport = useApp((s) => s.applyImport);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const preview = status.status === 'ready' ? status.preview : null;
  const pasted = preview?.files.find((f) => f.name === PASTED_NAME);
  const apply = () => {
    const r = applyImport();
    if (r.ok) ref.current?.close();
    else setError(r.error);
  };
  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby="import-title" onClose={onClose}>
      <header className="panel-header">
        <h2 id="import-title">Import configs</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </header>
      <div className="import-columns">
        <div className="import-input">
          <ConfigEditor
            value={text}
            onChange={setImportText}
            diagnostics={pasted?.diagnostics ?? NO_DIAGNOSTICS}
            format={pasted?.format ?? null}
            label="Config text"
          />
          <FilePicker onFiles={addImportFiles} />
          {files.length > 0 ? (
            <ul className="picked-files" aria-label="Files to import">
              {files.map((f) => (
                <li key={f.name}>
                  {f.name} <span className="muted">({Math.ceil(f.text.length / 1024)} kB)</span>{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => removeImportFile(f.name)}
                  >
                    Remove<span className="visually-hidden"> {f.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <section
          className="import-preview"
          aria-labelledby="import-preview-title"
          aria-busy={status.status === 'parsing'}
        >
          <h3 id="import-preview-title">What was found</h3>
          <div role="status" className="import-status">
            {status.status === 'idle'
              ? 'Paste a config or add files: the format is detected.'
              : null}
            {status.status === 'parsing' ? 'Reading…' : null}
            {status.status === 'failed' ? (
              <span className="error-text">{status.message}</span>
            ) : null}
            {preview
              ? `${preview.nodeCount === 1 ? 'One node' : `${preview.nodeCount} nodes`} found.`
              : null}
          </div>
          {preview ? <ImportPreviewList preview={preview} /> : null}
          {preview && preview.nodeCount > 0 ? <ImportNodes preview={preview} /> : null}
          {preview && preview.nodeCount > 0 ? <ImportTargetChoice preview={preview} /> : null}
          {error ? (
            <p role="alert" className="error-text">
              {error}
            </p>
          ) : null}
          <button
            type="button"
            className="primary"
            disabled={!preview || preview.nodeCount === 0}
            onClick={apply}
          >
            Apply to the chain
          </button>
        </section>
      </div>
    </dialog>
  );
}
