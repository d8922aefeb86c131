import { useState } from 'react';
import type { SettingDef } from '../../core/catalog/types';
import type { PartName } from '../../core/model/chain';
import { useApp } from '../store/useApp';

interface Props {
  id: string;
  nodeIndex: number;
  /** The node's own settings, or its client part's. */
  part?: PartName;
  def: SettingDef;
  /** The current value as text (`65s`, `none`, `1.1`, `true`). */
  text: string;
  describedBy: string;
  onError: (message: string | null) => void;
  /** Called with the text after it was committed, so the row can say how it was read. */
  onCommitted?: (text: string) => void;
}

/**
 * A unit-aware input: durations take `55s`, `1m30s`, `500ms`, `none`, or a bare number read in the
 * setting's own unit (`65` is 65 s for nginx, 65 ms for Node); counts a
 * whole number or `none`. Committed on Enter or leaving the field; nonsense is refused with a
 * message and changes nothing. Enums and flags commit on change.
 */
export function SettingValueInput(props: Props) {
  const { id, nodeIndex, part = 'main', def, text, describedBy, onError, onCommitted } = props;
  const setSettingText = useApp((s) => s.setSettingText);
  // The parent keys this input by `text`: a new value remounts it with a fresh draft.
  const [draft, setDraft] = useState(text);
  const [invalid, setInvalid] = useState(false);

  const commit = (value: string) => {
    if (value === text && !invalid) return;
    const r = setSettingText(nodeIndex, def.key, value, part);
    setInvalid(!r.ok);
    onError(r.ok ? null : r.error);
    if (r.ok) onCommitted?.(value);
  };

  if (def.kind === 'enum' || def.kind === 'bool') {
    const options = def.kind === 'bool' ? ['true', 'false'] : [...(def.enumValues ?? [])];
    return (
      <select
        id={id}
        value={text}
        aria-describedby={describedBy}
        onChange={(e) => commit(e.target.value)}
      >
        {options.includes(text) ? null : <option value={text}>{text}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {def.kind === 'bool' ? (o === 'true' ? 'on' : 'off') : o}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={id}
      className={def.kind === 'text' ? 'text-input' : 'value-input'}
      value={draft}
      spellCheck={false}
      autoComplete="off"
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => commit(draft)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(draft);
        if (e.key === 'Escape') {
          setDraft(text);
          setInvalid(false);
          onError(null);
        }
      }}
    />
  );
}
