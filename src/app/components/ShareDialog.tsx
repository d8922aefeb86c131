import { useEffect, useRef, useState } from 'react';
import { CHAT_SAFE_URL_CHARS } from '../../core/share';
import { createShareUrl } from '../store/url-sync';
import { useApp } from '../store/useApp';
import { copyText } from '../view/clipboard';
import { CopyButton } from './CopyButton';

/** The link that opens exactly this chain, with an opt-in for the config text and a length check. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const chain = useApp((s) => s.chain);
  const sources = useApp((s) => s.sources);
  const [withSources, setWithSources] = useState(false);
  const [url, setUrl] = useState('');
  const [copied, setCopied] = useState<'pending' | 'copied' | 'failed'>('pending');
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  useEffect(() => {
    let live = true;
    void createShareUrl(chain, withSources ? sources : undefined).then(async (u) => {
      if (!live) return;
      setUrl(u);
      // Share copies at once (the click that opened the dialog allows it); Copy is there again below.
      setCopied((await copyText(u)) ? 'copied' : 'failed');
    });
    return () => {
      live = false;
    };
  }, [chain, sources, withSources]);
  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <header className="panel-header">
        <h2 id="share-title">Share this chain</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </header>
      <p>
        Anyone with this link sees exactly this chain and its verdicts. The chain travels in the
        part after <code>#</code>, which browsers never send to a server.
      </p>
      <label className="share-url">
        Link{' '}
        <input
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby="share-length"
        />
      </label>
      <p id="share-length" className="muted">
        {url.length} characters
      </p>
      <p role="status">
        {copied === 'copied' ? 'The link is on your clipboard.' : null}
        {copied === 'failed'
          ? 'This browser did not allow copying: select the link and copy it.'
          : null}
      </p>
      {url.length > CHAT_SAFE_URL_CHARS ? (
        <p role="alert" className="warning">
          This link is longer than {CHAT_SAFE_URL_CHARS} characters: some chat tools and address
          bars cut such links. Export the chain as a file instead, or leave out the config text.
        </p>
      ) : null}
      {sources.length > 0 ? (
        <label>
          <input
            type="checkbox"
            checked={withSources}
            onChange={(e) => setWithSources(e.target.checked)}
          />{' '}
          Include the config text ({sources.map((s) => s.name).join(', ')}) — it may hold hostnames
          or secrets
        </label>
      ) : null}
      <CopyButton text={url} what="share link" />
    </dialog>
  );
}
