import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../import-files';
import { heredocTarget } from './heredoc-target';
import { snippetText } from './lines';
import { splitDocument } from './split';

const CHAINS = join(__dirname, '../__fixtures__/chains');
const read = (dir: string, name: string) => readFileSync(join(CHAINS, dir, name), 'utf8');
const spans = (text: string, name = 'setup.sh') =>
  splitDocument(text, name)?.snippets.map((s) => [s.firstLine, s.lastLine, s.target ?? '']);

describe('shell heredocs', () => {
  it('names the file a heredoc line writes', () => {
    expect(heredocTarget("cat > /etc/nginx/conf.d/app.conf <<'EOF'")).toBe(
      '/etc/nginx/conf.d/app.conf',
    );
    expect(heredocTarget('RUN cat <<EOF > /etc/nginx/nginx.conf')).toBe('/etc/nginx/nginx.conf');
    expect(heredocTarget('sudo tee -a /etc/haproxy/haproxy.cfg > /dev/null <<EOF')).toBe(
      '/etc/haproxy/haproxy.cfg',
    );
    expect(heredocTarget('cat >>"$CONF" <<EOF')).toBe('$CONF');
    expect(heredocTarget('COPY <<EOF /etc/nginx/conf.d/default.conf')).toBe(
      '/etc/nginx/conf.d/default.conf',
    );
    expect(heredocTarget('cat <<EOF | kubectl apply -f - 2>&1')).toBeUndefined();
  });

  it('reads only the bodies of a script that writes configs, named for their files', () => {
    const text = read('heredoc-setup-sh-nginx-conf-below-alb', 'setup.sh');
    expect(splitDocument(text, 'setup.sh')?.kind).toBe('shell');
    expect(spans(text)).toEqual([[8, 23, '/etc/nginx/conf.d/app.conf']]);
    const file = importFiles([{ name: 'setup.sh', text }]).files[0];
    // The apt-get and `nginx -t` lines are no nginx: no diagnostic about them.
    expect(file?.diagnostics).toEqual([]);
    expect(file?.nodes.map((n) => n.label)).toEqual([
      'nginx :80 → upstream app (app.conf (setup.sh, lines 8–23))',
    ]);
  });

  it('needs the closing line: a shift in code, a here-string and an unclosed heredoc are none', () => {
    expect(
      splitDocument('func mask(shift uint) uint64 {\n\treturn 1 << shift\n}\n', 'bits.go'),
    ).toBeUndefined();
    expect(spans('x=$(( 1 << shift ))\necho done\n')).toBeUndefined();
    expect(spans('grep -c x <<< "$LINE"\nLINE\n')).toBeUndefined();
    expect(spans('cat > a.conf <<EOF\nkeepalive_timeout 5s;\n')).toBeUndefined();
    // Terraform's and Ruby's own heredocs are values, not shell.
    expect(
      spans(
        'resource "helm_release" "x" {\n  values = [<<EOF\ncontroller: {}\nEOF\n  ]\n}\n',
        'main.tf',
      ),
    ).toBeUndefined();
    expect(spans('  user_data = <<-EOT\n    #!/bin/bash\n  EOT\n', 'ec2.tf')).toBeUndefined();
    expect(spans('sql = execute(<<SQL)\nSELECT 1\nSQL\n', 'q.rb')).toBeUndefined();
    expect(spans('puts <<-EOS\n  keepalive_timeout 5s;\nEOS\n', 'motd.rb')).toBeUndefined();
    expect(
      spans('Run:\n\n```ruby\nputs <<-EOS\n  hi\nEOS\n```\n\nThen restart.\n', 'README.md'),
    ).toEqual([[4, 6, '']]);
    // YAML merge keys are no heredoc.
    expect(spans('base: &b\n  x: 1\nother:\n  <<: *b\n', 'values.yaml')).toBeUndefined();
  });

  it('closes <<- at a tab-indented delimiter and reads its body with the tabs stripped', () => {
    const text =
      'cat > a.yaml <<-EOF\n\tserver:\n\t  port: 80\n\tEOF\ncat > b.conf <<EOF\n\tEOF\nEOF\n';
    const split = splitDocument(text, 'x.sh');
    expect(spans(text)).toEqual([
      [2, 3, 'a.yaml'],
      [6, 6, 'b.conf'],
    ]);
    const first = split?.snippets[0];
    expect(first && snippetText(text, first).slice(first.start)).toBe(' server:\n   port: 80');
  });

  it('reads several heredocs in order, the second right after the first', () => {
    const text = [
      'cat > /etc/nginx/nginx.conf <<A',
      'events {}',
      'A',
      'cat <<B | kubectl apply -f -',
      'kind: ConfigMap',
      'B',
    ].join('\n');
    expect(spans(text)).toEqual([
      [2, 2, '/etc/nginx/nginx.conf'],
      [5, 5, ''],
    ]);
  });

  it('says what a script gave when neither its heredocs nor the script around them is a config', () => {
    const text = [
      '#!/bin/sh',
      'cat > /etc/motd <<EOF',
      'Welcome to the build box.',
      'EOF',
      "cat > /usr/local/share/ca-certificates/corp.crt <<'PEM'",
      '-----BEGIN CERTIFICATE-----',
      'MIIBszCCAVmgAwIBAgIUQ2hhaW4=',
      '-----END CERTIFICATE-----',
      'PEM',
      'update-ca-certificates',
    ].join('\n');
    const file = importFiles([{ name: 'bootstrap.sh', text }]).files[0];
    expect(file?.nodes).toEqual([]);
    expect(file?.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      [
        'IMPORT_NOTHING_FOUND',
        3,
        'a shell script (configs written by heredocs) with no config heredoc: line 3 (“Welcome to the build box.”), lines 6–8 (a PEM certificate or key); give the config files, or paste a document with config snippets in code blocks',
      ],
    ]);
  });

  it('warns that the shell expands $variables in an unquoted heredoc, not in a quoted one', () => {
    const body = [
      'server {',
      '    listen 80;',
      '    keepalive_timeout 65s;',
      '    location / {',
      '        proxy_pass http://127.0.0.1:3000;',
      '        proxy_set_header Host $host;',
      '        proxy_set_header X-Real-IP $remote_addr;',
      '    }',
      '}',
    ];
    const script = (open: string) =>
      ['#!/bin/sh', `cat > /etc/nginx/conf.d/app.conf ${open}`, ...body, 'EOF', ''].join('\n');
    const warnings = (open: string) =>
      importFiles([{ name: 'setup.sh', text: script(open) }])
        .files[0]?.diagnostics.filter((d) => d.code === 'DOCUMENT_HEREDOC_EXPANDS')
        .map((d) => [d.line, d.message]);
    expect(warnings('<<EOF')).toEqual([
      [
        3,
        "lines 3–11: this heredoc's delimiter is not quoted, so the shell expands $host, $remote_addr in it before the file is written (empty unless set in the shell); the settings are read as written here. Quote the delimiter (<<'EOF') to write the text as it is.",
      ],
    ]);
    expect(warnings("<<'EOF'")).toEqual([]);
    expect(warnings('<<\\EOF')).toEqual([]);
    expect(warnings('<<"EOF"')).toEqual([]);
  });

  it('keeps the script around the bodies, bodies and closing lines blanked', () => {
    const text = read('heredoc-dockerfile-run-cat-nginx-and-uvicorn-cmd', 'Dockerfile');
    const script = splitDocument(text, 'Dockerfile')?.scripts?.[0];
    const own = script ? snippetText(text, script) : '';
    expect(own).toHaveLength(script?.end ?? -1);
    expect(own).toContain('RUN cat <<EOF > /etc/nginx/conf.d/default.conf');
    expect(own).toContain('--timeout-keep-alive 30');
    expect(own).not.toContain('keepalive_timeout');
    expect(own).not.toMatch(/^EOF$/m);
  });
});
