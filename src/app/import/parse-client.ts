import type { SourceFile } from '../../core/parsers/types';
import type { ImportPreview } from './types';

export type ParseSources = (files: readonly SourceFile[]) => Promise<ImportPreview>;

/** A parse that runs longer than this is stopped: no paste should take seconds to read. */
export const PARSE_TIMEOUT_MS = 5000;

/** Why a parse was stopped: it ran past {@link PARSE_TIMEOUT_MS}. */
export class ParseTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(
      `reading them took longer than ${timeoutMs / 1000} s, so it was stopped. Change the text or the files and they are read again.`,
    );
    this.name = 'ParseTimeoutError';
  }
}

/** A parse that a newer one replaced before it finished: its result would be stale anyway. */
export class ParseSupersededError extends Error {
  constructor() {
    super('replaced by a newer parse');
    this.name = 'ParseSupersededError';
  }
}

type Reply = { id: number; preview?: ImportPreview; error?: string };
type Pending = { resolve: (p: ImportPreview) => void; reject: (e: Error) => void };

export interface WorkerParserOptions {
  timeoutMs?: number;
  /** Starts the parse worker; tests pass a fake. Returning null parses on the main thread. */
  createWorker?: () => Worker | null;
}

const startParseWorker = (): Worker | null => {
  try {
    return new Worker(new URL('../workers/parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
};

/**
 * Parses in a Web Worker (started on first use). A parse still running after `timeoutMs`, or when
 * a newer one starts, is stopped by terminating the worker; the next parse starts a fresh one.
 * Where a worker cannot start, parsing falls back to the main thread (loaded lazily).
 */
export function createWorkerParser(options: WorkerParserOptions = {}): ParseSources {
  const timeoutMs = options.timeoutMs ?? PARSE_TIMEOUT_MS;
  const createWorker = options.createWorker ?? startParseWorker;
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  /** Ends the worker and fails whatever it was doing. */
  const stop = (why: (id: number) => Error) => {
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) p.reject(why(id));
    pending.clear();
  };
  const start = (): Worker | null => {
    if (worker) return worker;
    const w = createWorker();
    if (!w) return null;
    w.addEventListener('message', (e: MessageEvent<Reply>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if (e.data.preview) p.resolve(e.data.preview);
      else p.reject(new Error(e.data.error ?? 'the parser failed'));
    });
    w.addEventListener('error', (e: ErrorEvent) =>
      stop(() => new Error(e.message || 'the parser stopped')),
    );
    worker = w;
    return w;
  };
  return async (files) => {
    // A parse still running when the next one is asked for is stale: stop it rather than queue
    // behind it (a parse that never ends would otherwise block every later paste).
    if (pending.size > 0) stop(() => new ParseSupersededError());
    const w = start();
    if (!w) return (await import('./read-sources')).readSources(files);
    const id = nextId++;
    return new Promise<ImportPreview>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (pending.has(id)) stop(() => new ParseTimeoutError(timeoutMs));
      }, timeoutMs);
      const done = () => clearTimeout(timer);
      pending.set(id, {
        resolve: (p) => (done(), resolve(p)),
        reject: (e) => (done(), reject(e)),
      });
      // No transfer list: the texts are copied (structured clone).
      w.postMessage({ id, files }, []);
    });
  };
}
