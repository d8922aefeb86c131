import { oneFile, repeated, type ScalingFamily } from './family';

const py = (name: string, file: string, make: (n: number) => string): ScalingFamily => ({
  name: `python: ${name}`,
  parser: 'python',
  make: (n) => oneFile(file, make(n)),
});

/** gunicorn / uvicorn: the shapes of issue 11 (blank lines, nested parentheses). */
export const families: ScalingFamily[] = [
  py('blank lines \\n', 'gunicorn.conf.py', (n) => repeated(n, '\n', '', 'keepalive = 5\n')),
  py('blank lines \\r', 'gunicorn.conf.py', (n) => repeated(n, '\r', '', 'keepalive = 5\n')),
  py('blank lines in a Dockerfile', 'Dockerfile', (n) =>
    repeated(n, '\n', '', 'CMD gunicorn --keep-alive 5 app:app\n'),
  ),
  py('many command lines', 'Procfile', (n) =>
    repeated(n, 'web: gunicorn --keep-alive 5 --threads 4 app:app\n'),
  ),
  py('nested parentheses in uvicorn.run', 'main.py', (n) =>
    repeated(
      n,
      '(',
      'import uvicorn\nuvicorn.run(app, timeout_keep_alive=',
      '1' + ')'.repeat(n) + ')\n',
    ),
  ),
  {
    name: 'python: detect blank lines',
    parser: 'python',
    stage: 'detect',
    make: (n) => oneFile('pasted', ' \n'.repeat(n)),
  },
];
