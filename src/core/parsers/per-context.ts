import type { SourceFile } from './types';

/**
 * Work on the files given together, done once per import: the pipeline parses every file with
 * the same `files` array as context, so a reader that looks at the other files (a Tomcat
 * server.xml for catalina.properties, application.yml for customizer code) would otherwise redo
 * that look for each file — quadratic in the number of files.
 */
export function perContext<T>(compute: (files: readonly SourceFile[]) => T) {
  const cache = new WeakMap<readonly SourceFile[], T>();
  return (files: readonly SourceFile[]): T => {
    if (cache.has(files)) return cache.get(files) as T;
    const value = compute(files);
    cache.set(files, value);
    return value;
  };
}
