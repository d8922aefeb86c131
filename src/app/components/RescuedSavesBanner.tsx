import { downloadBlob } from '../download';
import { useApp } from '../store/useApp';

/** Offers the saves that could not be read for download (set aside, never deleted). */
export function RescuedSavesBanner() {
  const rescued = useApp((s) => s.rescued);
  const shown = useApp((s) => s.rescueShown);
  const hide = useApp((s) => s.hideRescued);
  if (!shown) return null;
  const download = () =>
    downloadBlob(
      new Blob([JSON.stringify({ unreadableSaves: rescued }, null, 2)], {
        type: 'application/json',
      }),
      'timeout-chain-unreadable-saves.json',
    );
  return (
    <section className="banner" role="region" aria-label="Unreadable saves">
      <p>
        {rescued.length === 1
          ? 'One save could not be read. It is kept: download it to look at it or to send it to us.'
          : `${rescued.length} saves could not be read. They are kept (newest first, with the time each was set aside): download them to look at them or to send them to us.`}
      </p>
      <div className="banner-actions">
        <button type="button" className="primary" onClick={download}>
          Download the unreadable saves
        </button>
        <button type="button" onClick={hide}>
          Hide
        </button>
      </div>
    </section>
  );
}
