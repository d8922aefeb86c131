import { useState } from 'react';
import { copyText } from '../view/clipboard';

/** Copies `text`; says whether it worked (and what to do when the browser refuses). */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy">
      <button
        type="button"
        onClick={() => {
          void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'));
        }}
      >
        Copy<span className="visually-hidden"> {what}</span>
      </button>
      <span role="status" className="muted copy-status">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Copy refused: select the text and press Ctrl+C'
            : ''}
      </span>
    </span>
  );
}
