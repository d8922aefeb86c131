import { useId } from 'react';
import { findExampleOf } from '../presets';
import { useApp } from '../store/useApp';
import { ExampleSelect } from './ExampleSelect';

const EMPTY = { nodes: [], links: [] };

/**
 * The first screen's one sentence and its ways in: paste your configs (the main action), start
 * from an example, or a new empty chain. Names the example the chain shows, if it is one.
 */
export function StartPanel({ onImport }: { onImport: () => void }) {
  const id = useId();
  const chain = useApp((s) => s.chain);
  const replaceChain = useApp((s) => s.replaceChain);
  const setSources = useApp((s) => s.setSources);
  const example = findExampleOf(chain);
  return (
    <section className="start-panel" aria-labelledby={`${id}-what`}>
      <p id={`${id}-what`} className="start-what">
        Finds where a client keeps idle connections longer than the server behind it — the
        keep-alive race behind sporadic 502s and connection resets — and how to fix it.
      </p>
      <div className="start-actions">
        <button type="button" className="primary start-main" onClick={onImport}>
          Paste your configs…
        </button>
        <label className="start-example">
          <span>or open an example</span> <ExampleSelect placeholder="Example chain…" />
        </label>
        <button
          type="button"
          onClick={() => {
            replaceChain(EMPTY);
            setSources([]);
          }}
        >
          New empty chain
        </button>
      </div>
      {example ? (
        <p className="start-example-note" data-example={example.id}>
          Showing an example: <strong>{example.title}</strong>. {example.summary}
        </p>
      ) : null}
    </section>
  );
}
