import { useId, useMemo } from 'react';
import { useApp } from '../store/useApp';
import { describeNodeSettings } from '../view/node-rows';
import { SettingsTable } from './SettingsTable';
import { ClientPartSettings } from './ClientPartSettings';
import { partAsNode } from '../../core/model/node-parts';
import { TechBadge } from './TechBadge';

/** Every setting of the selected node, editable, with its origin; label, technology and version. */
export function NodeEditor({ index, onChangeTech }: { index: number; onChangeTech: () => void }) {
  const node = useApp((s) => s.chain.nodes[index]);
  const selectNode = useApp((s) => s.selectNode);
  const setNodeLabel = useApp((s) => s.setNodeLabel);
  const setNodeVersion = useApp((s) => s.setNodeVersion);
  const model = useMemo(() => (node ? describeNodeSettings(node) : undefined), [node]);
  const clientModel = useMemo(
    () => (node?.client ? describeNodeSettings(partAsNode(node, 'client')) : undefined),
    [node],
  );
  const id = useId();
  if (!node) return null;
  const title = node.label ?? model?.tech.name ?? node.tech;
  return (
    <section className="panel node-editor" aria-labelledby={`${id}-title`}>
      <header className="panel-header">
        <h2 id={`${id}-title`}>Settings of {title}</h2>
        <button type="button" onClick={() => selectNode(null)}>
          Close<span className="visually-hidden"> settings of {title}</span>
        </button>
      </header>
      <div className="node-meta">
        <label>
          Label{' '}
          <input
            key={node.label ?? ''}
            defaultValue={node.label ?? ''}
            onBlur={(e) => setNodeLabel(index, e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setNodeLabel(index, e.currentTarget.value);
            }}
          />
        </label>
        <span>
          <TechBadge kind={model?.tech.kind} />{' '}
          {model?.tech.name ?? `Unknown technology "${node.tech}"`}{' '}
          <button type="button" onClick={onChangeTech}>
            Change technology…
          </button>
        </span>
        {model && model.tech.versions.length > 1 ? (
          <label>
            Version{' '}
            <select
              value={node.version ?? ''}
              onChange={(e) => setNodeVersion(index, e.target.value || undefined)}
            >
              <option value="">default ({model.tech.defaultVersion})</option>
              {model.tech.versions.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {model ? (
        <>
          <p className="muted hint-text">
            Durations: <code>55s</code>, <code>1m30s</code>, <code>500ms</code>; a bare number is
            read as the technology reads it (<code>65</code> is 65 s for nginx, 65 ms for Node);{' '}
            <code>none</code> means no limit. Lock a value the fix plan must not change (a managed
            service, another team&apos;s server).
          </p>
          <SettingsTable index={index} rows={model.rows} />
          {clientModel ? <ClientPartSettings index={index} model={clientModel} /> : null}
        </>
      ) : (
        <p>This technology is not in the catalog, so its timeouts are unknown.</p>
      )}
    </section>
  );
}
