import { sameChain } from '../store/share-slice';
import { useApp } from '../store/useApp';

/**
 * Asks before a shared link replaces the user's chain or config text; offers the replaced chain
 * (or the save before an unreadable one) back.
 */
export function IncomingBanner() {
  const incoming = useApp((s) => s.incoming);
  const previous = useApp((s) => s.previousChain);
  const accept = useApp((s) => s.acceptIncoming);
  const decline = useApp((s) => s.declineIncoming);
  const restore = useApp((s) => s.restorePrevious);
  const previousFrom = useApp((s) => s.previousFrom);
  const chain = useApp((s) => s.chain);
  if (incoming && sameChain(incoming.chain, chain)) {
    const files = (incoming.sources ?? []).map((f) => f.name).join(', ');
    return (
      <section className="banner" role="region" aria-label="Shared link">
        <p>
          This link holds your chain with other config text: <strong>{files}</strong>. Opening it
          replaces the config text you have.
        </p>
        <div className="banner-actions">
          <button type="button" className="primary" onClick={accept}>
            Open the shared config text
          </button>
          <button type="button" onClick={decline}>
            Keep my config text
          </button>
        </div>
      </section>
    );
  }
  if (incoming) {
    const names = incoming.chain.nodes.map((n) => n.label ?? n.tech).join(' → ');
    return (
      <section className="banner" role="region" aria-label="Shared link">
        <p>
          This link holds a chain: <strong>{names || 'empty'}</strong>. Opening it replaces the
          chain you are working on, which stays restorable.
        </p>
        <div className="banner-actions">
          <button type="button" className="primary" onClick={accept}>
            Open the shared chain
          </button>
          <button type="button" onClick={decline}>
            Keep my chain
          </button>
        </div>
      </section>
    );
  }
  if (previous && previousFrom === 'unreadable-save')
    return (
      <section className="banner banner-quiet" role="region" aria-label="Previous chain">
        <p>Your saved chain could not be read; the chain saved before it is kept.</p>
        <button type="button" onClick={restore}>
          Restore the earlier save
        </button>
      </section>
    );
  if (previous)
    return (
      <section className="banner banner-quiet" role="region" aria-label="Previous chain">
        <p>You opened a shared chain. Your previous chain is kept.</p>
        <button type="button" onClick={restore}>
          Restore my previous chain
        </button>
      </section>
    );
  return null;
}
