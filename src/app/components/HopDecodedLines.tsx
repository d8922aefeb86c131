import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../store/useApp';

/**
 * On a hop card: the pasted error lines that point to this hop (the "Paste error messages"
 * panel). Its presence highlights the card (CSS `.hop:has(.hop-decoded)`).
 */
export function HopDecodedLines({ hop }: { hop: number }) {
  const marks = useApp(useShallow((s) => s.decodeMarks.filter((m) => m.hop === hop)));
  if (marks.length === 0) return null;
  return (
    <details className="hop-decoded" data-decoded-lines={marks.length}>
      <summary>
        {marks.length} pasted {marks.length === 1 ? 'line points' : 'lines point'} here
      </summary>
      <ul>
        {marks.map((m, i) => (
          <li key={i}>
            <code title={m.line}>{m.line.length > 90 ? `${m.line.slice(0, 90)}…` : m.line}</code>
            <span className="muted"> — {m.summary}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
