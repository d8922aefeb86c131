/** How much of a file detection looks at. */
const SAMPLE = 20_000;

/** Directives and sections common in httpd configs (lower case: httpd ignores case). */
const DIRECTIVES = new Set(
  (
    'serverroot servername serveralias serveradmin listen loadmodule documentroot keepalive ' +
    'keepalivetimeout maxkeepaliverequests proxypass proxypassreverse proxypassmatch ' +
    'proxypreservehost proxyrequests proxyset balancermember errorlog customlog loglevel include ' +
    'includeoptional rewriteengine rewriterule rewritecond sslengine sslcertificatefile ' +
    'sslcertificatekeyfile timeout user group header requestheader alias scriptalias options ' +
    'allowoverride require directoryindex addtype define setenv setenvif redirect servertokens ' +
    'serversignature mutex pidfile startservers maxrequestworkers threadsperchild hostnamelookups ' +
    'adddefaultcharset enablesendfile accessfilename logformat errordocument protocols'
  ).split(' '),
);
const SECTIONS =
  /^<\/?(virtualhost|directory|directorymatch|location|locationmatch|ifmodule|ifdefine|ifversion|proxy|proxymatch|files|filesmatch|limit|limitexcept|requireall|requireany|if|else|elseif)\b/i;

/**
 * Confidence 0..1 that `text` is Apache httpd configuration: `Directive args` lines with known
 * directive names and `<VirtualHost …>` style sections, against lines ending in `;` or `{`
 * (nginx), `key: value` / `key = value` lines and XML (`<?xml`, `<Connector port="…"/>`).
 */
export function detectApache(text: string, fileName?: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (/^\s*<\?xml|<Server[ \t]+port=|<Connector\b/m.test(sample)) return 0;
  let known = 0;
  let sections = 0;
  let foreign = 0;
  for (const raw of sample.split(/\r\n?|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (SECTIONS.test(line)) sections++;
    else if (/[;{}]$/.test(line) || /^[\w.-]+\s*[:=]/.test(line) || line.startsWith('<')) foreign++;
    // A directive is a whole word: `timeout-chain check` (a shell command) is not `Timeout`.
    else if (DIRECTIVES.has((/^[A-Za-z]+(?=\s|$)/.exec(line)?.[0] ?? '').toLowerCase())) known++;
  }
  const hint = /httpd|apache|\.htaccess$|sites-(enabled|available)\/.*\.conf$/i.test(fileName ?? '')
    ? 0.1
    : 0;
  if (known + sections === 0) return hint;
  const share = (known + sections) / (known + sections + foreign);
  const evidence = Math.min(known + 2 * sections, 4) / 4;
  return Math.min(0.99, share * (0.2 + 0.6 * evidence) + hint);
}
