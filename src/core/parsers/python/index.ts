import type { ParseContext, ParserDef, ParseResult, SourceFile } from '../types';
import { detectSafely, parseSafely } from '../code/safe';
import { CodeScan } from '../code/scan';
import { extractCommandLines } from './cli';
import { extractPythonSettings } from './conf';
import { loadedBy, withConfigFile } from './config-file';
import { PyWrites } from './writes';

/**
 * Python app servers: gunicorn.conf.py, `uvicorn.run(…)`, and gunicorn/uvicorn command lines in
 * Dockerfiles, Procfiles, compose files and shell scripts (techs `gunicorn`, `uvicorn`).
 * Diagnostic codes: PY_UNRESOLVED_EXPRESSION, PY_INVALID_VALUE, PY_UNKNOWN_OPTION,
 * PY_MISSING_OPTION_VALUE, PY_UVICORN_UNDER_GUNICORN, PY_UVICORN_ENV, PY_CONFIG_LOADED,
 * PY_MAX_REQUESTS, PY_INTERNAL_ERROR. A gunicorn command's configuration file (`-c`, or ./gunicorn.conf.py) given
 * with it is its base (config-file.ts).
 */
export function parsePython(file: SourceFile, context?: ParseContext): ParseResult {
  return parseSafely('python', 'PY', file, () => {
    const files = context?.files ?? [];
    const python = looksLikePython(file.text, file.name);
    const scan = new CodeScan(file, python ? 'python' : 'shell');
    const by = python ? loadedBy(file, files) : undefined;
    if (by !== undefined) {
      scan.report(
        'PY_CONFIG_LOADED',
        'info',
        `gunicorn in ${by} loads this file as its configuration: its settings are that gunicorn's (the command line wins over them), not another server.`,
        0,
      );
      return { format: 'python', nodes: [], diagnostics: scan.diagnostics };
    }
    const writes = new PyWrites(scan);
    const commands = python ? [] : extractCommandLines(scan, writes);
    if (python) extractPythonSettings(scan, writes);
    writes.flush();
    const nodes = withConfigFile(scan.nodes(), commands, files, (f) => parsePython(f).nodes);
    return { format: 'python', nodes, diagnostics: scan.diagnostics };
  });
}

const PY_SYNTAX =
  /^(?:import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+.*:\s*$|if\s+__name__\s*==)/m;
const NOT_PYTHON =
  /^[ \t]*(?:FROM|RUN|CMD|ENTRYPOINT|ENV)\s|^[ \t]*services[ \t]*:|^[ \t]*#![ \t]*\/bin\/(?:ba)?sh|^[ \t]*[\w.-]+:[ \t]+\S/im;

/** A Python source file (gunicorn.conf.py, an app module) rather than a Dockerfile or script. */
function looksLikePython(text: string, fileName: string): boolean {
  if (/\.py$/i.test(fileName)) return true;
  if (
    /(?:^|\/)(?:Dockerfile|Containerfile|Procfile)[^/]*$|\.(?:ya?ml|sh|bash|env)$/i.test(fileName)
  )
    return false;
  if (NOT_PYTHON.test(text)) return false;
  // A pasted gunicorn.conf.py may be nothing but `keepalive = 75` lines.
  return PY_SYNTAX.test(text) || (text.match(CONF_LINE) ?? []).length >= 2;
}

const CONF_LINE =
  /^(?:bind|workers|worker_class|threads|keepalive|timeout|graceful_timeout|accesslog|errorlog|loglevel|wsgi_app)[ \t]*=/gm;

/** gunicorn/uvicorn as a program (not `pip install gunicorn`, not `-k uvicorn.workers…`). */
const PROGRAM = /(?:^|[\s;&|[,"'/])(?:gunicorn|uvicorn)(?=[\s"',\]]|$)/m;
const INSTALL = /\b(?:pip3?|install|add|uninstall)\b|==|>=/;

/** Confidence 0..1 that `text` configures gunicorn/uvicorn; YAML without them stays low. */
export function detectPython(text: string, fileName?: string): number {
  return detectSafely(() => {
    const head = text.slice(0, 200_000);
    const name = fileName ?? '';
    const lines = head
      .split('\n')
      .filter((l) => PROGRAM.test(l) && !INSTALL.test(l) && !/^\s*#/.test(l));
    const command = lines.length > 0;
    const env = /GUNICORN_CMD_ARGS/.test(head);
    const uvicornRun = /\buvicorn\s*\.\s*(?:run|Config)\s*\(/.test(head);
    const confName = /gunicorn[^/]*\.py$/i.test(name);
    const confKeys = (head.match(CONF_LINE) ?? []).length;
    if (confName) return 0.95;
    if (command || env || uvicornRun) return 0.85;
    if (confKeys >= 2) return /\.py$/i.test(name) ? 0.8 : 0.6;
    return /\.py$/i.test(name) ? 0.2 : 0;
  });
}

export const pythonParser: ParserDef = {
  id: 'python',
  name: 'Python servers (gunicorn, uvicorn)',
  detect: detectPython,
  parse: (file, context) => parsePython(file, context),
};
