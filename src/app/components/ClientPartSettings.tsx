import { useId } from 'react';
import type { describeNodeSettings } from '../view/node-rows';
import { SettingsTable } from './SettingsTable';
import { TechBadge } from './TechBadge';

/**
 * The settings of a node's client part: the other technology of the same process (a Go app's
 * http.Transport beside its http.Server), which forms the node's side toward the next hop.
 */
export function ClientPartSettings({
  index,
  model,
}: {
  index: number;
  model: NonNullable<ReturnType<typeof describeNodeSettings>>;
}) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="client-part">
      <h3 id={`${id}-title`}>
        Client side: <TechBadge kind={model.tech.kind} /> {model.tech.name}
      </h3>
      <p className="muted hint-text">
        The same process opens its connections to the next node with {model.tech.name}; these values
        form its side of the next hop.
      </p>
      <SettingsTable index={index} rows={model.rows} part="client" />
    </section>
  );
}
