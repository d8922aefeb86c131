import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { npmEnv } from './pack-kit';

/**
 * Test kit: runs the steps of a composite action (action.yml) the way a GitHub runner does, as far
 * as this action needs: `${{ }}` expressions over inputs, github.action_path, runner.temp and step
 * outputs; `if:` with ==, != and &&; `run` steps in `bash --noprofile --norc -eo pipefail` with
 * $GITHUB_OUTPUT; `uses` steps are recorded, not run. A failing step ends the job, as by default.
 */
export interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
}
export interface ActionFile {
  inputs: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; steps: ActionStep[] };
}
export interface ActionRun {
  /** The name of the step that failed, or null when the job passed. */
  failedStep: string | null;
  exitCode: number;
  log: string;
  outputs: Record<string, { outputs: Record<string, string> }>;
  used: { uses: string; with: Record<string, string> }[];
}

type Context = Record<string, unknown>;

function lookup(ctx: Context, path: string): string {
  let at: unknown = ctx;
  for (const key of path.split('.'))
    at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'string' ? at : '';
}

function evaluate(expr: string, ctx: Context): string | boolean {
  const e = expr.trim();
  if (e.includes('&&')) return e.split('&&').every((part) => evaluate(part, ctx) === true);
  const cmp = /^(.+?)\s*(==|!=)\s*'([^']*)'$/.exec(e);
  if (cmp) return (lookup(ctx, cmp[1]!.trim()) === cmp[3]) === (cmp[2] === '==');
  return lookup(ctx, e);
}

const substitute = (text: string, ctx: Context): string =>
  text.replace(/\$\{\{(.*?)\}\}/g, (_, expr: string) => String(evaluate(expr, ctx)));

export const readAction = (path: string): ActionFile =>
  parse(readFileSync(path, 'utf8')) as ActionFile;

export function runAction(
  action: ActionFile,
  given: Record<string, string>,
  where: { workspace: string; actionPath: string; env?: Record<string, string> },
): ActionRun {
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.inputs)) inputs[k] = given[k] ?? v.default ?? '';
  const temp = mkdtempSync(join(tmpdir(), 'tc-runner-'));
  const outputs: ActionRun['outputs'] = {};
  const ctx: Context = {
    inputs,
    github: { action_path: where.actionPath },
    runner: { temp },
    steps: outputs,
  };
  const run: ActionRun = { failedStep: null, exitCode: 0, log: '', outputs, used: [] };
  action.runs.steps.forEach((step, i) => {
    if (run.failedStep !== null) return;
    if (step.if !== undefined && evaluate(step.if.replace(/^\$\{\{|\}\}$/g, ''), ctx) !== true)
      return;
    const id = step.id ?? `step${i}`;
    if (step.uses) {
      const w = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(v, ctx)]),
      );
      run.used.push({ uses: step.uses, with: w });
      return;
    }
    const outFile = join(temp, `output-${i}`);
    writeFileSync(outFile, '');
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(v, ctx)]),
    );
    const r = spawnSync(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''],
      {
        cwd: where.workspace,
        env: { ...npmEnv(where.env), GITHUB_OUTPUT: outFile, ...stepEnv },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    run.log += r.stdout + r.stderr;
    outputs[id] = {
      outputs: Object.fromEntries(
        readFileSync(outFile, 'utf8')
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      ),
    };
    if (r.status !== 0) {
      run.failedStep = step.name ?? id;
      run.exitCode = r.status ?? 1;
    }
  });
  return run;
}
