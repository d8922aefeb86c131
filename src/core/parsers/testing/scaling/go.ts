import { numbered, oneFile, repeated, type ScalingFamily } from './family';

const SERVER = `func serve%() {
\tsrv := &http.Server{Addr: ":80", IdleTimeout: 90 * time.Second, ReadTimeout: time.Minute}
\tt := http.DefaultTransport.(*http.Transport).Clone()
\tt.IdleConnTimeout = 30 * time.Second
}
`;

const go = (name: string, make: (n: number) => string): ScalingFamily => ({
  name: `go: ${name}`,
  parser: 'go',
  make: (n) => oneFile('main.go', make(n)),
});

/** Go: the shapes of issue 11 (nested literals, parentheses, whitespace in detection). */
export const families: ScalingFamily[] = [
  go('many functions', (n) => 'package main\n' + numbered(n, SERVER)),
  go('nested struct literals', (n) =>
    repeated(n, '&http.Client{Transport: &T{A: ', 'x := ', '1' + '}}'.repeat(n)),
  ),
  go('nested http.Server literals', (n) =>
    repeated(n, 'http.Server{Handler: ', 'x := ', '1' + '}'.repeat(n)),
  ),
  go('nested parentheses in a value', (n) =>
    repeated(n, '(', 'srv := &http.Server{IdleTimeout: ', '1' + ')'.repeat(n) + '}\n'),
  ),
  go('blank lines', (n) => repeated(n, '\n', 'package main\n', 'var t http.Transport\n')),
  {
    name: 'go: detect U+2028',
    parser: 'go',
    stage: 'detect',
    make: (n) => oneFile('pasted', '\u2028'.repeat(n)),
  },
  {
    name: 'go: detect blank lines',
    parser: 'go',
    stage: 'detect',
    make: (n) => oneFile('pasted', ' \n'.repeat(n)),
  },
];
