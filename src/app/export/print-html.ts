/**
 * Prints a self-contained HTML page (the review report) through a hidden same-origin iframe, so
 * the browser's print dialog shows the report alone, with its own print stylesheet.
 */
export function printHtml(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
  // The report has no script; the sandbox still forbids any, and allows the print dialog.
  frame.sandbox.add('allow-modals', 'allow-same-origin');
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 60_000);
  });
  document.body.append(frame);
}
