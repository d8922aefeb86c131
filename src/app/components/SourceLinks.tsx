import { isWebLink } from '../view/node-rows';

/** Sources behind a finding: web addresses as links, source-file references as text. */
export function SourceLinks({ sources }: { sources: readonly string[] }) {
  const unique = [...new Set(sources)];
  if (unique.length === 0) return null;
  return (
    <ul className="sources">
      {unique.map((s) => (
        <li key={s}>
          {isWebLink(s) ? (
            <a href={s} target="_blank" rel="noreferrer noopener">
              {s.replace(/^https:\/\//, '')}
            </a>
          ) : (
            <span className="muted">{s}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
