/// <reference lib="webworker" />
import type { SourceFile } from '../../core/parsers/types';
import { readSources } from '../import/read-sources';

/** Parses imported files off the main thread: a 5 MB paste never freezes the page. */
self.addEventListener('message', (e: MessageEvent<{ id: number; files: SourceFile[] }>) => {
  const { id, files } = e.data;
  try {
    self.postMessage({ id, preview: readSources(files) }, []);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) }, []);
  }
});
