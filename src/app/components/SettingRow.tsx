import { useId, useState } from 'react';
import type { PartName } from '../../core/model/chain';
import { describeOrigin } from '../../core/model/origin';
import { describeSettingValue, formatSettingValue } from '../../core/catalog/setting-value';
import { describeBareNumberReading } from '../../core/catalog/bare-number';
import { findTech } from '../../core/catalog/registry';
import { partAsNode } from '../../core/model/node-parts';
import { useApp } from '../store/useApp';
import type { SettingRowModel } from '../view/node-rows';
import { isWebLink } from '../view/node-rows';
import { SettingValueInput } from './SettingValueInput';

/** One setting of a node: value input, where the value came from, reset and lock. */
export function SettingRow({
  nodeIndex,
  row,
  part = 'main',
}: {
  nodeIndex: number;
  row: SettingRowModel;
  /** The node's own settings, or its client part's (a process's other component). */
  part?: PartName;
}) {
  const { def, current, isSet, locked } = row;
  const resetSetting = useApp((s) => s.resetSetting);
  const toggleLock = useApp((s) => s.toggleLock);
  const [error, setError] = useState<string | null>(null);
  // "65 → 65 s, as nginx reads it (seconds)" after a bare number was committed.
  const [reading, setReading] = useState<string | null>(null);
  const techName = useApp((s) => {
    const node = s.chain.nodes[nodeIndex];
    const tech = node ? partAsNode(node, part).tech : undefined;
    return (tech && findTech(tech)?.name) ?? tech ?? '';
  });
  const id = useId();
  const origin = current.origin;
  const source = origin.kind === 'default' ? origin.source : undefined;
  return (
    <tr className={isSet ? 'is-set' : undefined}>
      <th scope="row">
        <label htmlFor={`${id}-input`} className="setting-key">
          {def.key}
        </label>
        <span className="setting-label">{def.label}</span>
      </th>
      <td>
        <SettingValueInput
          key={formatSettingValue(def, current.value)}
          id={`${id}-input`}
          nodeIndex={nodeIndex}
          part={part}
          def={def}
          text={formatSettingValue(def, current.value)}
          describedBy={`${id}-origin${error ? ` ${id}-error` : ''}${reading ? ` ${id}-reading` : ''}`}
          onError={setError}
          onCommitted={(text) => setReading(describeBareNumberReading(def, text, techName))}
        />
        {reading && !error ? (
          <p id={`${id}-reading`} className="input-note" role="status">
            {reading}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="input-error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
      <td id={`${id}-origin`} className="setting-origin">
        <span className="muted">{describeSettingValue(def, current.value)}</span>{' '}
        {describeOrigin(origin)}
        {source && isWebLink(source) ? (
          <>
            {' — '}
            <a href={source} target="_blank" rel="noreferrer noopener">
              source
            </a>
          </>
        ) : null}
        {def.doc && isWebLink(def.doc) ? (
          <>
            {' · '}
            <a href={def.doc} target="_blank" rel="noreferrer noopener">
              docs
            </a>
          </>
        ) : null}
      </td>
      <td className="setting-actions">
        <label className="lock">
          <input
            type="checkbox"
            checked={locked}
            onChange={() => toggleLock(nodeIndex, def.key, part)}
          />{' '}
          Lock<span className="visually-hidden"> {def.key}</span>
        </label>
        {isSet ? (
          <button
            type="button"
            className="link-button"
            onClick={() => resetSetting(nodeIndex, def.key, part)}
          >
            Default<span className="visually-hidden"> for {def.key}</span>
          </button>
        ) : null}
      </td>
    </tr>
  );
}
