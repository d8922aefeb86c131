import { useApp } from '../store/useApp';

/** Asks before a shared link replaces the user's chain; offers the replaced chain back. */
export function IncomingBanner() {
  const incoming = useApp((s) => s.incoming);
  const previous = useApp((s) => s.previousChain);
  const accept = useApp((s) => s.acceptIncoming);
  const decline = useApp((s) => s.declineIncoming);
  const restore = useApp((s) => s.restorePrevious);
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
