import { selectCanRedo, selectCanUndo } from '../store/selectors';
import { useApp } from '../store/useApp';
import { ExampleSelect } from './ExampleSelect';
import { ThemeToggle } from './ThemeToggle';

const isMac = typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** Examples, undo/redo, share, import/export and the theme. */
export function Toolbar({
  onShare,
  onImport,
  onExport,
}: {
  onShare: () => void;
  onImport: () => void;
  onExport: () => void;
}) {
  const canUndo = useApp(selectCanUndo);
  const canRedo = useApp(selectCanRedo);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  return (
    <div className="toolbar" role="toolbar" aria-label="Chain actions">
      <label>
        <span className="visually-hidden">Start from an example</span>
        <ExampleSelect placeholder="Examples…" />
      </label>
      <button
        type="button"
        onClick={undo}
        disabled={!canUndo}
        title={`Undo (${mod}Z)`}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        title={`Redo (${mod}Shift+Z)`}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        Redo
      </button>
      <button type="button" onClick={onImport}>
        Import configs…
      </button>
      <button type="button" onClick={onExport}>
        Export…
      </button>
      <button type="button" className="primary" onClick={onShare}>
        Share
      </button>
      <ThemeToggle />
    </div>
  );
}
