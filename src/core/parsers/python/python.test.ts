import { describe, expect, it } from 'vitest';
import { summarize } from '../code/testing';
import { describeFixtureSuite } from '../testing/fixture-suite';
import { CODE_INVARIANTS } from '../testing/invariants';
import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { detectPython, parsePython, pythonParser } from './index';

const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('Python', pythonParser, RAW);

const parse = (text: string, name = 'start.sh') => summarize(parsePython({ name, text }));

describe('command lines', () => {
  it.each([
    ['gunicorn app:app --keep-alive 75', { keepalive: [75000, 1] }],
    ['gunicorn app:app --keep-alive=75', { keepalive: [75000, 1] }],
    ['gunicorn -kgthread --threads 4 app:app', { worker_class: ['gthread', 1], threads: [4, 1] }],
    ['python -m gunicorn --worker-class=gevent app:app', { worker_class: ['gevent', 1] }],
    ['/opt/venv/bin/gunicorn --keep-alive 3 app:app', { keepalive: [3000, 1] }],
    ['poetry run gunicorn --keep-alive 9 app:app', { keepalive: [9000, 1] }],
  ])('%s', (line, settings) => {
    expect(parse(line).nodes).toEqual([{ tech: 'gunicorn', scope: 'gunicorn', settings }]);
  });

  it('installs and worker class names are not commands', () => {
    expect(
      parse('pip install gunicorn uvicorn\nuv pip install uvicorn\necho uvicorn').nodes,
    ).toEqual([]);
    expect(
      parse('gunicorn -k uvicorn.workers.UvicornWorker app:app').nodes.map((n) => n.tech),
    ).toEqual(['gunicorn']);
  });

  it('the command line wins over GUNICORN_CMD_ARGS, wherever it is written', () => {
    const r = parse(
      'gunicorn --keep-alive 30 app:app\nexport GUNICORN_CMD_ARGS="--keep-alive 5 --threads 2"\n',
    );
    expect(r.nodes).toEqual([
      { tech: 'gunicorn', scope: 'gunicorn', settings: { keepalive: [30000, 1], threads: [2, 2] } },
    ]);
  });

  it('reports a flag without a value and a non-integer value', () => {
    expect(parse('gunicorn app:app --keep-alive').diagnostics).toEqual([
      ['PY_MISSING_OPTION_VALUE', 1],
    ]);
    expect(parse('uvicorn app:app --timeout-keep-alive 5s').diagnostics).toEqual([
      ['PY_INVALID_VALUE', 1],
    ]);
    expect(parse('uvicorn app:app --keep-alive 5').diagnostics).toEqual([['PY_UNKNOWN_OPTION', 1]]);
  });
});

describe('Python files', () => {
  it('reads a pasted gunicorn config without a file name', () => {
    expect(
      parse('workers = 4\nkeepalive = 30\nworker_class = "gthread"\n', 'pasted-1').nodes,
    ).toEqual([
      {
        tech: 'gunicorn',
        scope: 'gunicorn',
        settings: { keepalive: [30000, 2], worker_class: ['gthread', 3] },
      },
    ]);
  });

  it('an app module with a stray `threads = 4` is not a gunicorn config', () => {
    expect(parse('import queue\nthreads = 4\n\ndef run():\n    pass\n', 'worker.py').nodes).toEqual(
      [],
    );
  });

  it('uvicorn.Config bound to a variable takes its name', () => {
    const r = parse(
      'import uvicorn\nconfig = uvicorn.Config(app, timeout_keep_alive=30)\n',
      'serve.py',
    );
    expect(r.nodes).toEqual([
      { tech: 'uvicorn', scope: 'config', settings: { timeout_keep_alive: [30000, 2] } },
    ]);
  });
});

describe('detectPython', () => {
  it('claims only files that run gunicorn/uvicorn', () => {
    expect(detectPython('gunicorn==22.0.0\nuvicorn[standard]==0.30.1\n', 'requirements.txt')).toBe(
      0,
    );
    expect(detectPython('controller:\n  config:\n    keep-alive: "75"\n', 'values.yaml')).toBe(0);
    expect(detectPython('FROM nginx:1.27\nCOPY nginx.conf /etc/nginx/\n', 'Dockerfile')).toBe(0);
    expect(detectPython('web: gunicorn app:app\n', 'Procfile')).toBeGreaterThanOrEqual(0.8);
    expect(detectPython('keepalive = 5\nworkers = 2\n', 'gunicorn.conf.py')).toBeGreaterThanOrEqual(
      0.9,
    );
  });
});

const TOKENS = [
  'gunicorn',
  'uvicorn',
  ' ',
  '\n',
  ' \\\n',
  '--keep-alive',
  '--keep-alive=',
  '-k',
  '--threads',
  '--timeout-keep-alive',
  '--keepalive',
  '75',
  '5',
  'app:app',
  'uvicorn.workers.UvicornWorker',
  'gthread',
  '"',
  "'",
  '[',
  ']',
  ', ',
  '&&',
  ';',
  '|',
  'CMD ',
  'ENTRYPOINT ',
  'RUN ',
  'web: ',
  'command:',
  '  - ',
  'services:\n  api:\n',
  'GUNICORN_CMD_ARGS=',
  'sh -c ',
  '#',
  '$PORT',
  'pip install ',
  'keepalive = ',
  'worker_class = ',
  'threads = ',
  'uvicorn.run(',
  'timeout_keep_alive=',
  'import os\n',
  ')',
  '(',
  '=',
];
const SEEDS = seedsFrom(RAW);
const NAMES = [
  'Dockerfile',
  'Procfile',
  'docker-compose.yml',
  'start.sh',
  'gunicorn.conf.py',
  'main.py',
];

describe('Python parser properties', () => {
  for (const name of NAMES)
    testParserProperties({
      parser: pythonParser,
      seeds: SEEDS,
      vocab: TOKENS,
      randomNames: [name],
      parseAs: name,
      numRuns: { mutated: 1000, random: 1000 },
      ...CODE_INVARIANTS,
      titles: { random: `random input as ${name}`, mutated: `mutated fixtures as ${name}` },
    });
});

const keepAliveOf = (word: string) =>
  parsePython({ name: 'run.sh', text: `exec gunicorn --keep-alive ${word} app:app\n` }).nodes[0]
    ?.settings['keepalive']?.value;
const codesOf = (flags: string) =>
  parsePython({ name: 'Procfile', text: `web: gunicorn ${flags} app:app\n` }).diagnostics.map(
    (d) => d.code,
  );

describe('gunicorn command-line values held in shell variables', () => {
  it.each([
    ['${KEEPALIVE:-2}', 2000],
    ['${KEEPALIVE-5}', 5000],
    ['"${KEEPALIVE:=30}"', 30_000],
  ])('%s is the default written (%i ms)', (word, ms) => expect(keepAliveOf(word)).toBe(ms));

  it.each(['$KEEPALIVE', '${KEEPALIVE}', '"$KEEPALIVE"'])('%s alone is unknown', (word) =>
    expect(keepAliveOf(word)).toMatchObject({ unknown: word.replaceAll('"', '') }),
  );

  it('--max-requests is noted as connection recycling; 0 is off', () => {
    expect(codesOf('--max-requests 1200 --max-requests-jitter 100')).toEqual(['PY_MAX_REQUESTS']);
    expect(codesOf('--max-requests=0')).toEqual([]);
  });
});
