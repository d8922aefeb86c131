import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { exportScenePng, exportSceneSvg } from './export';
import { exportFileName } from './export-svg';
import { EventList } from './EventList';
import { formatMs } from './format';
import { frameAt } from './frame';
import { layoutScene } from './layout';
import { PlaybackControls } from './PlaybackControls';
import type { Scenario } from './scenario-types';
import { SceneSvg } from './SceneSvg';
import { usePlayback } from './usePlayback';
import { useZoomX } from './useZoomX';

export interface SceneViewProps {
  scenario: Scenario;
  hopIndex: number;
  width: number;
  reducedMotion: boolean;
  initialTimeMs?: number | undefined;
  autoPlay?: boolean | undefined;
}

/** Keys the figure answers to, and what they do. */
const SHORTCUTS = 'Space play/pause · ← → step · + − speed · Home/End · Ctrl+wheel or drag to zoom';

/** One scenario's scene with playback, zoom, captions, the text alternative and export. */
export function SceneView({ scenario, hopIndex, width, reducedMotion, ...opts }: SceneViewProps) {
  const prefix = `tl${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const svgRef = useRef<SVGSVGElement>(null);
  const base = useMemo(() => layoutScene(scenario, width), [scenario, width]);
  const plotX = useMemo(() => [base.plot.x0, base.plot.x1] as const, [base]);
  const zoomCtl = useZoomX(svgRef, plotX, base.height);
  const layout = useMemo(
    () => layoutScene(scenario, width, zoomCtl.zoom),
    [scenario, width, zoomCtl.zoom],
  );
  const eventTimes = useMemo(() => scenario.events.map((e) => e.atMs), [scenario]);
  const playback = usePlayback({
    startMs: base.playMs[0],
    endMs: base.playMs[1],
    eventTimes,
    progressOf: base.progressOf,
    timeAtProgress: base.timeAtProgress,
    reducedMotion,
    ...(opts.initialTimeMs !== undefined ? { initialMs: opts.initialTimeMs } : {}),
    ...(opts.autoPlay !== undefined ? { autoPlay: opts.autoPlay } : {}),
  });
  const frame = frameAt(layout, playback.tMs);
  const [exportError, setExportError] = useState<string | null>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const inControl = target.closest('button, input, select, summary, a') !== null;
    const handled = (() => {
      switch (e.key) {
        case ' ':
          if (inControl) return false;
          playback.toggle();
          return true;
        case 'ArrowRight':
          if (target instanceof HTMLInputElement) return false;
          playback.stepForward();
          return true;
        case 'ArrowLeft':
          if (target instanceof HTMLInputElement) return false;
          playback.stepBack();
          return true;
        case '+':
        case '=':
          playback.faster();
          return true;
        case '-':
        case '_':
          playback.slower();
          return true;
        case 'Home':
          if (target instanceof HTMLInputElement) return false;
          playback.toStart();
          return true;
        case 'End':
          if (target instanceof HTMLInputElement) return false;
          playback.toEnd();
          return true;
        default:
          return false;
      }
    })();
    if (handled) e.preventDefault();
  };

  const runExport = (kind: 'svg' | 'png') => {
    const svg = svgRef.current;
    if (!svg) return;
    const name = exportFileName(hopIndex, scenario.kind, kind);
    setExportError(null);
    (kind === 'svg' ? exportSceneSvg(svg, name) : exportScenePng(svg, name)).catch((err: unknown) =>
      setExportError(err instanceof Error ? err.message : String(err)),
    );
  };

  const focusRace = () => {
    const story = base.packets.filter((p) => p.id !== 'response');
    const x0 = Math.min(...story.map((p) => p.x0), base.window?.x0 ?? Infinity);
    const x1 = Math.max(...story.map((p) => p.x1), base.window?.x1 ?? -Infinity);
    zoomCtl.zoomTo(x0 - 8, x1 + 8, base.plot.x0, base.plot.x1);
  };

  const progress = base.progressOf(playback.tMs);
  const stepText = frame.step >= 0 ? `${frame.step + 1} of ${scenario.events.length}` : '';
  return (
    <figure
      className="tl-figure"
      onKeyDown={onKeyDown}
      tabIndex={0}
      data-scenario={scenario.kind}
      aria-keyshortcuts="Space ArrowLeft ArrowRight + - Home End"
    >
      <div className="tl-scene-wrap" data-zoom={zoomCtl.zoom.k.toFixed(2)}>
        <SceneSvg ref={svgRef} layout={layout} frame={frame} prefix={prefix} />
      </div>
      <PlaybackControls
        playback={playback}
        progress={progress}
        valueText={`${formatMs(playback.tMs)}: ${frame.current?.label ?? 'start'}`}
        reducedMotion={reducedMotion}
      />
      <div className="tl-controls" role="group" aria-label="Zoom and export">
        <button type="button" onClick={() => zoomCtl.zoomBy(2)} aria-label="Zoom in">
          Zoom +
        </button>
        <button type="button" onClick={() => zoomCtl.zoomBy(0.5)} aria-label="Zoom out">
          Zoom −
        </button>
        <button type="button" onClick={focusRace} aria-label="Zoom to the race">
          Zoom to the race
        </button>
        <button type="button" onClick={zoomCtl.reset} aria-label="Reset zoom">
          Whole scene
        </button>
        <button type="button" onClick={() => runExport('svg')} aria-label="Export the scene as SVG">
          Export SVG
        </button>
        <button type="button" onClick={() => runExport('png')} aria-label="Export the scene as PNG">
          Export PNG
        </button>
        {exportError && <span role="alert">{exportError}</span>}
      </div>
      <p className="tl-hint">{SHORTCUTS}</p>
      <figcaption>
        <p className="tl-caption" aria-live="polite" data-step={frame.step}>
          {stepText && <span className="tl-step-no">Step {stepText}</span>}
          {frame.caption}
        </p>
        <EventList scenario={scenario} step={frame.step} onSeek={playback.seek} />
      </figcaption>
    </figure>
  );
}
