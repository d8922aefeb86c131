import { interval, timer } from 'd3-timer';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
/** Seconds a run across the whole scene takes at 1×. */
const RUN_SECONDS = 8;
/** Seconds per step when motion is reduced (static frames, event by event). */
const STEP_SECONDS = 2;

export interface PlaybackInput {
  startMs: number;
  endMs: number;
  /** Sorted event times: where steps land. */
  eventTimes: readonly number[];
  progressOf: (tMs: number) => number;
  timeAtProgress: (p: number) => number;
  reducedMotion: boolean;
  initialMs?: number;
  autoPlay?: boolean;
}

export interface Playback {
  tMs: number;
  playing: boolean;
  speed: number;
  toggle: () => void;
  pause: () => void;
  stepForward: () => void;
  stepBack: () => void;
  faster: () => void;
  slower: () => void;
  setSpeed: (speed: number) => void;
  /** Jumps to progress 0–1 along the scene (the scrubber). */
  scrubTo: (progress: number) => void;
  seek: (tMs: number) => void;
  toStart: () => void;
  toEnd: () => void;
}

/**
 * Time control for a scene, driven by d3-timer (requestAnimationFrame). The frame itself is a
 * pure function of `tMs`. With reduced motion, playing advances event by event with no tween.
 */
export function usePlayback(input: PlaybackInput): Playback {
  const { startMs, endMs, eventTimes, progressOf, timeAtProgress, reducedMotion } = input;
  const [tMs, setT] = useState(Math.min(endMs, Math.max(startMs, input.initialMs ?? startMs)));
  const [playing, setPlaying] = useState(input.autoPlay ?? false);
  const [speed, setSpeed] = useState(1);
  const tRef = useRef(tMs);
  const seek = useCallback(
    (t: number) => {
      const next = Math.min(endMs, Math.max(startMs, t));
      tRef.current = next;
      setT(next);
    },
    [startMs, endMs],
  );
  const nextEvent = useCallback(
    (t: number) => eventTimes.find((e) => e > t + 1e-9) ?? endMs,
    [eventTimes, endMs],
  );

  useEffect(() => {
    if (!playing) return;
    if (reducedMotion) {
      const iv = interval(
        () => {
          const next = nextEvent(tRef.current);
          seek(next);
          if (next >= endMs) setPlaying(false);
        },
        (STEP_SECONDS * 1000) / speed,
      );
      return () => iv.stop();
    }
    let last: number | null = null;
    const t = timer((elapsed) => {
      const dt = last === null ? 0 : elapsed - last;
      last = elapsed;
      const p = progressOf(tRef.current) + (dt * speed) / (RUN_SECONDS * 1000);
      seek(p >= 1 ? endMs : timeAtProgress(p));
      if (p >= 1) setPlaying(false);
    });
    return () => t.stop();
  }, [playing, speed, reducedMotion, endMs, nextEvent, progressOf, timeAtProgress, seek]);

  return useMemo(() => {
    const changeSpeed = (dir: 1 | -1) =>
      setSpeed((s) => {
        const i = SPEEDS.indexOf(s as (typeof SPEEDS)[number]);
        return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (i < 0 ? 2 : i) + dir))] ?? s;
      });
    return {
      tMs,
      playing,
      speed,
      toggle: () => {
        if (!playing && tRef.current >= endMs) seek(startMs);
        setPlaying(!playing);
      },
      pause: () => setPlaying(false),
      stepForward: () => {
        setPlaying(false);
        seek(nextEvent(tRef.current));
      },
      stepBack: () => {
        setPlaying(false);
        const prev = [...eventTimes].reverse().find((e) => e < tRef.current - 1e-9);
        seek(prev ?? startMs);
      },
      faster: () => changeSpeed(1),
      slower: () => changeSpeed(-1),
      setSpeed,
      scrubTo: (p: number) => {
        setPlaying(false);
        seek(timeAtProgress(Math.min(1, Math.max(0, p))));
      },
      seek: (t: number) => {
        setPlaying(false);
        seek(t);
      },
      toStart: () => {
        setPlaying(false);
        seek(startMs);
      },
      toEnd: () => {
        setPlaying(false);
        seek(endMs);
      },
    };
  }, [tMs, playing, speed, endMs, startMs, eventTimes, nextEvent, seek, timeAtProgress]);
}
