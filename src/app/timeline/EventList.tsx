import { formatMs } from './format';
import type { Scenario } from './scenario-types';

/**
 * The scene's text alternative: every event with its time, in order; the current one marked.
 * Each time is a button that moves the scene there.
 */
export function EventList({
  scenario,
  step,
  onSeek,
}: {
  scenario: Scenario;
  step: number;
  onSeek: (tMs: number) => void;
}) {
  return (
    <details className="tl-events" open>
      <summary>
        Events in this scene ({scenario.events.length}), times since the server's last write
      </summary>
      <ol>
        {scenario.events.map((e, i) => (
          <li key={e.id} aria-current={i === step ? 'step' : undefined} data-event={e.id}>
            <button
              type="button"
              className="tl-seek"
              onClick={() => onSeek(e.atMs)}
              aria-label={`Go to ${formatMs(e.atMs)}`}
            >
              <time>{formatMs(e.atMs)}</time>
            </button>{' '}
            {e.caption}
          </li>
        ))}
      </ol>
    </details>
  );
}
