import type { Directive } from './tree';
import { readCaddyDuration, readCount } from './values';
import type { Reader, Written } from './written';
import { ownEntry } from '../../model/own-entry';

const KEEPALIVE = 'reverse_proxy.transport.keepalive';

const COUNTS: Record<string, string> = {
  keepalive_idle_conns: 'reverse_proxy.transport.keepalive_idle_conns',
  keepalive_idle_conns_per_host: 'reverse_proxy.transport.keepalive_idle_conns_per_host',
};

/** A matcher token (`@api`, `/api/*`, `*`) rather than an upstream. */
const isMatcher = (text: string) => text.startsWith('@') || text.startsWith('/') || text === '*';

/**
 * One `reverse_proxy [matcher] [upstreams…] { to …; transport http { keepalive …; … } }`: its
 * upstreams and the keep-alive settings of its HTTP transport (`keepalive off` disables reuse).
 */
export function readReverseProxy(d: Directive, reader: Reader) {
  const settings = new Map<string, Written>();
  const args = d.words.slice(1);
  const upstreams = (args[0] && isMatcher(args[0].text) ? args.slice(1) : args).map((w) => w.text);
  for (const sub of d.block ?? []) {
    const [name, ...values] = sub.words;
    if (name?.text === 'to') upstreams.push(...values.map((w) => w.text));
    if (name?.text === 'dynamic') upstreams.push(`dynamic ${values[0]?.text ?? ''}`.trim());
    if (name?.text !== 'transport' || values[0]?.text !== 'http') continue;
    for (const t of sub.block ?? []) {
      const [key, value] = t.words;
      if (!key) continue;
      if (key.text === 'keepalive' && value?.text === 'off')
        settings.set(`${KEEPALIVE}.enabled`, {
          value: false,
          file: key.file,
          at: key.start,
          setting: key.text,
        });
      else if (key.text === 'keepalive')
        reader.read(settings, KEEPALIVE, key, value, readCaddyDuration);
      else if (Object.hasOwn(COUNTS, key.text))
        reader.read(settings, ownEntry(COUNTS, key.text) ?? '', key, value, readCount);
    }
  }
  return { upstreams, settings };
}
