import { useId } from 'react';
import { formatMs } from './format';
import { Icon } from './Icons';
import { SPEEDS, type Playback } from './usePlayback';

export interface PlaybackControlsProps {
  playback: Playback;
  /** Scrubber position 0–1. */
  progress: number;
  /** What the scrubber's position means, for screen readers. */
  valueText: string;
  reducedMotion: boolean;
}

/** Play, pause, step, speed and scrub; the keyboard shortcuts are on the figure. */
export function PlaybackControls({
  playback: pb,
  progress,
  valueText,
  reducedMotion,
}: PlaybackControlsProps) {
  const scrubId = useId();
  const speedId = useId();
  return (
    <div className="tl-controls" role="group" aria-label="Playback">
      <button
        type="button"
        onClick={pb.toStart}
        aria-label="Back to the start (Home)"
        title="Start (Home)"
      >
        <Icon name="start" />
      </button>
      <button
        type="button"
        onClick={pb.stepBack}
        aria-label="Previous event (Left arrow)"
        title="Previous event (←)"
      >
        <Icon name="back" />
      </button>
      <button
        type="button"
        className="tl-play"
        onClick={pb.toggle}
        aria-label={
          pb.playing
            ? 'Pause (Space)'
            : reducedMotion
              ? 'Play step by step (Space)'
              : 'Play (Space)'
        }
        title={pb.playing ? 'Pause (Space)' : 'Play (Space)'}
        data-playing={pb.playing ? 'true' : 'false'}
      >
        <Icon name={pb.playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        onClick={pb.stepForward}
        aria-label="Next event (Right arrow)"
        title="Next event (→)"
      >
        <Icon name="forward" />
      </button>
      <button type="button" onClick={pb.toEnd} aria-label="To the end (End)" title="End (End)">
        <Icon name="end" />
      </button>
      <label htmlFor={speedId} className="tl-hint">
        Speed
      </label>
      <select
        id={speedId}
        value={pb.speed}
        onChange={(e) => pb.setSpeed(Number(e.target.value))}
        title="Speed (+ / −)"
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
      <div className="tl-scrub">
        <label htmlFor={scrubId}>Time</label>
        <input
          id={scrubId}
          type="range"
          min={0}
          max={1000}
          step={1}
          value={Math.round(progress * 1000)}
          aria-valuetext={valueText}
          onChange={(e) => pb.scrubTo(Number(e.target.value) / 1000)}
        />
        <output className="tl-time" htmlFor={scrubId}>
          t = {formatMs(pb.tMs)}
        </output>
      </div>
    </div>
  );
}
