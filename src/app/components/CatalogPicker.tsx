import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { TECHS } from '../../core/catalog/registry';
import type { TechDef, TechKind } from '../../core/catalog/types';
import { KIND_LABEL } from '../view/labels';

const KIND_ORDER: TechKind[] = [
  'client',
  'cdn',
  'load-balancer',
  'proxy',
  'sidecar',
  'app-server',
  'l4',
];

const matches = (t: TechDef, q: string): boolean =>
  [t.id, t.name, KIND_LABEL[t.kind]].some((s) => s.toLowerCase().includes(q));

interface Props {
  title: string;
  onPick: (techId: string) => void;
  onClose: () => void;
}

/** A modal, searchable catalog grouped by kind (clients, CDNs, load balancers, …). */
export function CatalogPicker({ title, onPick, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first button (Cancel); searching is what people come for.
    search.current?.focus();
  }, []);
  const results = useRef<HTMLDivElement>(null);
  const pick = (techId: string) => {
    onPick(techId);
    ref.current?.close();
  };
  /** The result buttons in screen order. */
  const resultButtons = () =>
    Array.from(results.current?.querySelectorAll<HTMLButtonElement>('li button') ?? []);
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return KIND_ORDER.map((kind) => ({
      kind,
      techs: TECHS.filter((t) => t.kind === kind && (!q || matches(t, q))),
    })).filter((g) => g.techs.length > 0);
  }, [query]);
  return (
    <dialog ref={ref} className="catalog-picker" aria-labelledby={`${id}-title`} onClose={onClose}>
      <header className="panel-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Cancel
        </button>
      </header>
      <label className="search">
        Search the catalog{' '}
        <input
          type="search"
          ref={search}
          value={query}
          placeholder="nginx, ALB, gunicorn…"
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${id}-keys`}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              resultButtons()[0]?.focus();
            }
            // Enter picks the highlighted (first) hit of a search.
            const first = groups[0]?.techs[0];
            if (e.key === 'Enter' && query.trim() !== '' && first) {
              e.preventDefault();
              pick(first.id);
            }
          }}
        />
      </label>
      <p id={`${id}-keys`} className="muted catalog-keys">
        ↓ moves into the results, Enter picks the first hit.
      </p>
      <div
        className="catalog-groups"
        aria-live="polite"
        ref={results}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          const buttons = resultButtons();
          const at = buttons.indexOf(e.target as HTMLButtonElement);
          if (at < 0) return;
          e.preventDefault();
          if (e.key === 'ArrowUp' && at === 0) search.current?.focus();
          else
            buttons[e.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : at - 1]?.focus();
        }}
      >
        {groups.length === 0 ? <p>No technology matches “{query}”.</p> : null}
        {groups.map((g) => (
          <section key={g.kind} aria-labelledby={`${id}-${g.kind}`}>
            <h3 id={`${id}-${g.kind}`}>{KIND_LABEL[g.kind]}</h3>
            <ul>
              {g.techs.map((t) => (
                <li key={t.id}>
                  <button
                    type="button"
                    className={
                      query.trim() !== '' && t === groups[0]?.techs[0] ? 'is-first' : undefined
                    }
                    onClick={() => pick(t.id)}
                  >
                    {t.name} <span className="muted">{t.id}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </dialog>
  );
}
