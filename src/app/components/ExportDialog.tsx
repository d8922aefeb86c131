import { useEffect, useRef, useState } from 'react';
import { downloadBlob } from '../download';
import type { ExportFile } from '../export/export-formats';
import { createShareUrl } from '../store/url-sync';
import { useApp } from '../store/useApp';
import { printHtml } from '../export/print-html';
import { CopyButton } from './CopyButton';

const download = (file: ExportFile) =>
  downloadBlob(new Blob([file.text], { type: file.mime }), file.name);

/** The chain as a chain file and JSON, the review report and alert rules, to download, copy or print. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const chain = useApp((s) => s.chain);
  const report = useApp((s) => s.report);
  const [files, setFiles] = useState<ExportFile[] | null>(null);
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  useEffect(() => {
    if (!report) return;
    let live = true;
    // The YAML writer and report formatters load only when someone exports.
    void Promise.all([import('../export/export-formats'), createShareUrl(chain)]).then(
      ([m, shareUrl]) => {
        if (live) setFiles(m.buildExports(chain, report, shareUrl));
      },
    );
    return () => {
      live = false;
    };
  }, [chain, report]);
  const current = files?.[shown];
  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="export-title" onClose={onClose}>
      <header className="panel-header">
        <h2 id="export-title">Export</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </header>
      {!report ? <p>The chain could not be analysed, so there is nothing to export.</p> : null}
      {report && !files ? <p role="status">Preparing…</p> : null}
      {files ? (
        <ul className="export-files">
          {files.map((f, i) => (
            <li key={f.name}>
              <label>
                <input
                  type="radio"
                  name="export-shown"
                  checked={shown === i}
                  onChange={() => setShown(i)}
                />{' '}
                {f.title} <span className="muted">{f.name}</span>
              </label>
              <button type="button" onClick={() => download(f)}>
                Download<span className="visually-hidden"> {f.name}</span>
              </button>
              {f.mime === 'text/html' ? (
                <button type="button" onClick={() => printHtml(f.text)}>
                  Print<span className="visually-hidden"> {f.name}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {current ? (
        <div className="export-preview">
          <pre tabIndex={0} aria-label={`${current.name} contents`}>
            <code>{current.text}</code>
          </pre>
          <CopyButton text={current.text} what={current.name} />
        </div>
      ) : null}
    </dialog>
  );
}
