import { useEffect, useId, useMemo, useState } from 'react';
import { decodeLogs } from '../../core/decode/decode';
import { decodeHopsOf } from '../../core/decode/hops';
import type { DecodedLine } from '../../core/decode/types';
import { describeRace, MEANING_WORDS, SOURCE_NAMES } from '../../core/decode/words';
import { useApp } from '../store/useApp';

const EXAMPLE =
  '2024/05/01 12:00:03 [error] 31#31: *17 upstream prematurely closed connection while reading response header from upstream';

const whatHappened = (l: DecodedLine): string =>
  `${SOURCE_NAMES[l.source]}: ${MEANING_WORDS[l.meaning]} — ${describeRace(l.race)}`;

/**
 * "Paste error messages": log lines and client errors read back to the hop at fault. The hops
 * they point to are highlighted on the chain (HopDecodedLines) until the text is cleared.
 */
export function DecodePanel() {
  const report = useApp((s) => s.report);
  const setDecodeMarks = useApp((s) => s.setDecodeMarks);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const id = useId();
  const result = useMemo(
    () =>
      submitted === null
        ? null
        : decodeLogs([{ name: 'pasted', text: submitted }], report ? decodeHopsOf(report) : []),
    [submitted, report],
  );
  useEffect(() => {
    setDecodeMarks(
      result?.lines.flatMap((l) =>
        l.hop ? [{ hop: l.hop.index, line: l.line, summary: whatHappened(l) }] : [],
      ) ?? [],
    );
  }, [result, setDecodeMarks]);
  const clear = () => {
    setText('');
    setSubmitted(null);
  };
  return (
    <section className="panel decode-panel" aria-labelledby={`${id}-title`}>
      <header className="panel-header">
        <h2 id={`${id}-title`}>Paste error messages</h2>
      </header>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(text);
        }}
      >
        <label htmlFor={`${id}-text`}>
          Log lines or client errors (nginx, ALB, Envoy, HAProxy, Go, Node, Java, Python, .NET…)
        </label>
        <textarea
          id={`${id}-text`}
          rows={4}
          spellCheck={false}
          value={text}
          placeholder={EXAMPLE}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="decode-actions">
          <button type="submit" disabled={text.trim() === ''}>
            Find the hop
          </button>
          <button type="button" onClick={clear} disabled={text === '' && submitted === null}>
            Clear
          </button>
        </div>
      </form>
      {result ? (
        <DecodeResult lines={result.lines} unrecognised={result.summary.unrecognised} />
      ) : null}
    </section>
  );
}

function DecodeResult({ lines, unrecognised }: { lines: DecodedLine[]; unrecognised: number }) {
  return (
    <div role="status" className="decode-result">
      <p>
        {lines.length === 0
          ? 'No line recognised as a connection failure.'
          : `${lines.length} ${lines.length === 1 ? 'line' : 'lines'} recognised`}
        {unrecognised > 0 ? `; ${unrecognised} not recognised` : ''}.
      </p>
      <ol className="decode-lines">
        {lines.map((l) => (
          <li key={l.lineNumber} data-race={String(l.race)}>
            <p>
              <strong>{whatHappened(l)}</strong>
            </p>
            <p>
              {l.hop
                ? `Hop ${l.hop.index + 1}: ${l.hop.client.node} → ${l.hop.server.node}`
                : `Points to ${l.pointsTo}, which is not in this chain.`}
            </p>
            <p className="muted">
              {l.explanation}{' '}
              <a href={l.doc} target="_blank" rel="noreferrer">
                Source{l.verified ? '' : ' (not verified)'}
              </a>
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
