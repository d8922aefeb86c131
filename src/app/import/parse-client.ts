import type { SourceFile } from '../../core/parsers/types';
import type { ImportPreview } from './types';

export type ParseSources = (files: readonly SourceFile[]) => Promise<ImportPreview>;

type Reply = { id: number; preview?: ImportPreview; error?: string };

/**
 * Parses in a Web Worker (started on first use). Where a worker cannot start, parsing falls back
 * to the main thread (loaded lazily), so import still works.
 */
export function createWorkerParser(): ParseSources {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (p: ImportPreview) => void; reject: (e: Error) => void }
  >();
  const start = (): Worker | null => {
    if (worker) return worker;
    try {
      worker = new Worker(new URL('../workers/parse-worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      return null;
    }
    worker.addEventListener('message', (e: MessageEvent<Reply>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if (e.data.preview) p.resolve(e.data.preview);
      else p.reject(new Error(e.data.error ?? 'the parser failed'));
    });
    worker.addEventListener('error', (e) => {
      for (const p of pending.values()) p.reject(new Error(e.message || 'the parser stopped'));
      pending.clear();
      worker?.terminate();
      worker = null;
    });
    return worker;
  };
  return async (files) => {
    const w = start();
    if (!w) return (await import('./read-sources')).readSources(files);
    const id = nextId++;
    return new Promise<ImportPreview>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      // No transfer list: the texts are copied (structured clone).
      w.postMessage({ id, files }, []);
    });
  };
}
