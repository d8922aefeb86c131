import { findTech } from '../../../core/catalog/registry';
import type { ImportPreview } from '../../import/types';

/** `1 value`, `3 values`. */
const countValues = (n: number) => `${n} ${n === 1 ? 'value' : 'values'}`;

/** Diagnostics shown per file; the rest are counted. */
const MAX_SHOWN = 50;

/** What each file turned out to be: format, nodes found, notes and diagnostics with line:column. */
export function ImportPreviewList({ preview }: { preview: ImportPreview }) {
  return (
    <ul className="import-files">
      {preview.files.map((f) => (
        <li key={f.name} data-import-file={f.name} data-format={f.format ?? 'unknown'}>
          <p>
            <strong>{f.name}</strong>:{' '}
            {f.error ? <span className="error-text">{f.error}</span> : <>detected {f.formatName}</>}
          </p>
          {f.includedBy ? (
            <p className="muted">
              Included by {f.includedBy}: its values arrive through that file.
            </p>
          ) : null}
          {f.nodes.length > 0 ? (
            <ul className="import-nodes">
              {f.nodes.map((n, i) => (
                <li key={i}>
                  {n.label ?? findTech(n.tech)?.name ?? n.tech}{' '}
                  <span className="muted">
                    ({n.tech}
                    {n.version ? ` ${n.version}` : ''},{' '}
                    {countValues(Object.keys(n.settings).length)})
                  </span>
                  {n.client ? (
                    <span className="muted">
                      {' '}
                      + client side {findTech(n.client.tech)?.name ?? n.client.tech} (
                      {countValues(Object.keys(n.client.settings).length)}, same process)
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : !f.error && !f.includedBy ? (
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
