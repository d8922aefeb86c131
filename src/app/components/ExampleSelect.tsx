import { PRESETS } from '../presets';
import { useApp } from '../store/useApp';

/** A list of the example chains; picking one loads it (the store says when it replaces work). */
export function ExampleSelect({ placeholder }: { placeholder: string }) {
  const loadPreset = useApp((s) => s.loadPreset);
  return (
    <select
      value=""
      onChange={(e) => {
        if (e.target.value) loadPreset(e.target.value);
      }}
    >
      <option value="">{placeholder}</option>
      {PRESETS.map((p) => (
        <option key={p.id} value={p.id}>
          {p.title}
        </option>
      ))}
    </select>
  );
}
