/**
 * The HTML report's only stylesheet, inlined in the page. No fixed page size: the same layout
 * prints on A4 and Letter (the content is at most 180 mm wide, both papers are wider with 12 mm
 * margins); figures, tables rows and code blocks are kept whole across pages.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #dadce0; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #dadce0; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f1f3f4; }
code, pre { font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
pre { background: #f8f9fa; border: 1px solid #dadce0; padding: .5rem .6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
.badge { display: inline-block; border-radius: .7rem; padding: 0 .55rem; font-weight: 600; font-size: .85rem; }
.v-ok { background: #e6f4ea; color: #137333; } .v-warn { background: #fef7e0; color: #8d5b00; }
.v-risk { background: #fce8e6; color: #a50e0e; } .v-unknown { background: #f1f3f4; color: #3c4043; }
.c-pass { color: #137333; } .c-fail { color: #a50e0e; } .c-unknown { color: #5f6368; }
.muted { color: #5f6368; } .warning { border-left: 4px solid #f9ab00; padding: .3rem .6rem; background: #fef7e0; }
figure { margin: .6rem 0; } figure svg { border: 1px solid #dadce0; background: #fff; }
.race { display: grid; grid-template-columns: 1fr; gap: .4rem; }
ul.facts { margin: .1rem 0 .4rem; color: #3c4043; }
@page { margin: 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; } h3 { break-after: avoid; }
  figure, tr, pre, .hop { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  pre { white-space: pre-wrap; }
}
`;
