/** Playback icons as inline SVG (font glyphs for ⏮ ⏭ are missing on many systems). */
const PATHS = {
  start: 'M3 2h2v12H3zM14 2v12L6 8z',
  back: 'M13 2v12L5 8zM3 2h2v12H3z',
  play: 'M4 2l10 6-10 6z',
  pause: 'M4 2h3v12H4zM9 2h3v12H9z',
  forward: 'M3 2v12l8-6zM11 2h2v12h-2z',
  end: 'M2 2v12l8-6zM11 2h2v12h-2z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="tl-icon"
      viewBox="0 0 16 16"
      width={14}
      height={14}
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
