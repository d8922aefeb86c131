import type { SourceFile } from '../../types';

/**
 * Terraform scaling families (issue 11): each `make(n)` builds input that grows with n; the bench
 * fits the growth exponent of the parse through the parser's own `parse`.
 */
export const families: { name: string; parser: string; make(n: number): SourceFile[] }[] = [
  {
    // Was quadratic: a line index built per variable reference (4 000 pairs: 6 s).
    name: 'terraform: variables plus the resources that use them',
    parser: 'terraform',
    make: (n) => {
      const parts: string[] = [];
      for (let i = 0; i < n; i++)
        parts.push(
          `variable "v${i}" {\n  default = ${(i % 4000) + 1}\n}\nresource "aws_lb" "lb${i}" {\n  idle_timeout = var.v${i}\n}\n`,
        );
      return [{ name: 'main.tf', text: parts.join('') }];
    },
  },
  {
    // Overflowed the stack (10 000 levels) and dropped the whole file.
    name: 'terraform: nested parentheses',
    parser: 'terraform',
    make: (n) => [
      {
        name: 'main.tf',
        text: `resource "aws_lb" "a" {\n  idle_timeout = ${'('.repeat(n)}5${')'.repeat(n)}\n}\n`,
      },
    ],
  },
  {
    name: 'terraform: heredocs',
    parser: 'terraform',
    make: (n) => {
      const doc = 'resource "aws_instance" "x" {\n  user_data = <<-EOT\n    echo hi\n  EOT\n}\n';
      return [{ name: 'main.tf', text: doc.repeat(n) }];
    },
  },
  {
    name: 'terraform: one long line',
    parser: 'terraform',
    make: (n) => [{ name: 'main.tf', text: `locals { tags = [${'"a", '.repeat(n)}"b"] }\n` }],
  },
  {
    name: 'terraform: many files given together',
    parser: 'terraform',
    make: (n) =>
      Array.from({ length: Math.max(1, Math.round(n / 50)) }, (_, i) => ({
        name: `f${i}.tf`,
        text: `variable "x${i}" {\n  default = 60\n}\nresource "aws_lb" "l${i}" {\n  idle_timeout = var.x${i}\n}\n`,
      })),
  },
];
