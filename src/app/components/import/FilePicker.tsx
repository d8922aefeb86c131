import { useId, useState, type DragEvent } from 'react';
import type { SourceFile } from '../../../core/parsers/types';

/** Reads dropped or picked files as text. */
async function readFiles(list: FileList | null): Promise<SourceFile[]> {
  const files = [...(list ?? [])];
  return Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
}

/** Pick several files, or drop them on the zone. */
export function FilePicker({ onFiles }: { onFiles: (files: SourceFile[]) => void }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void readFiles(e.dataTransfer.files).then(onFiles);
  };
  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setOver(true);
        }
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        id={id}
        type="file"
        multiple
        className="file-input"
        onChange={(e) => {
          const input = e.currentTarget;
          void readFiles(input.files).then((files) => {
            onFiles(files);
            input.value = '';
          });
        }}
      />
      <label htmlFor={id} className="file-label">
        Choose config files…
      </label>
      <span className="muted"> or drop them here</span>
    </div>
  );
}
