import { nameTech } from '../../../core/import/node-label';
import type { ImportPreview } from '../../import/types';

/** Diagnostics shown per file; the rest are counted. */
const MAX_SHOWN = 50;

/** What each file turned out to be: format, nodes found (listed with values in ImportNodes), notes and diagnostics. */
export function ImportPreviewList({ preview }: { preview: ImportPreview }) {
  return (
    <ul className="import-files">
      {preview.files.map((f) => (
        <li key={f.name} data-import-file={f.name} data-format={f.format ?? 'unknown'}>
          <p>
            <strong>{f.name}</strong>:{' '}
            {f.error ? <span className="error-text">{f.error}</span> : <>detected {f.formatName}</>}
            {f.nodes.length > 0 ? (
              <span className="muted">
                {' '}
                — {f.nodes.map((n) => n.label ?? nameTech(n.tech)).join(', ')}
              </span>
            ) : null}
          </p>
          {f.includedBy ? (
            <p className="muted">
              Included by {f.includedBy}: its values arrive through that file.
            </p>
          ) : null}
          {f.nodes.length > 0 ? null : !f.error && !f.includedBy ? (
            <p className="muted">No node found in this file.</p>
          ) : null}
          {f.note ? <p className="muted">{f.note}</p> : null}
          {f.diagnostics.length > 0 ? (
            <ul className="diagnostics">
              {f.diagnostics.slice(0, MAX_SHOWN).map((d, i) => (
                <li key={i} className={`diagnostic diagnostic-${d.severity}`}>
                  <span className="diag-pos">
                    {d.file && d.file !== f.name ? `${d.file}:` : ''}
                    {d.line}:{d.column}
                  </span>{' '}
                  <span className="diag-severity">{d.severity}</span> <code>{d.code}</code>{' '}
                  {d.message}
                </li>
              ))}
              {f.diagnostics.length > MAX_SHOWN ? (
                <li>… and {f.diagnostics.length - MAX_SHOWN} more</li>
              ) : null}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
