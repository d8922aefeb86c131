/** Word-wraps `text` to `width` columns, every line prefixed with `indent`. */
export function wrapText(
  text: string,
  width: number,
  indent: string,
  firstIndent = indent,
): string {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}
