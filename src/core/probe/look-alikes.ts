import { resolveNode, TECHS } from '../catalog/registry';

/** A technology whose default server idle timeout is close to a measured one. */
export interface LookAlike {
  tech: string;
  name: string;
  /** Its default server idle timeout, ms. */
  idleMs: number;
}

/** Each technology's default server idle timeout, from the catalog (computed once). */
let defaults: LookAlike[] | undefined;

function listDefaults(): LookAlike[] {
  if (defaults) return defaults;
  defaults = [];
  for (const tech of TECHS) {
    const server = resolveNode({ id: tech.id, tech: tech.id, settings: {} })?.server;
    const idle = server?.idle.value;
    // A default that closes after every response (gunicorn's sync worker) never idles.
    if (server?.keepAlive && typeof idle === 'number' && idle > 0)
      defaults.push({ tech: tech.id, name: tech.name, idleMs: idle });
  }
  return defaults;
}

/**
 * Technologies whose default server idle timeout lies within `toleranceMs` of `idleMs`, nearest
 * first: candidates for the hop that really closed the connection. (L4 boxes are never
 * candidates: one that forgets an idle flow sends nothing until the next packet, so an idle probe
 * cannot see it.)
 */
export function findLookAlikes(idleMs: number, toleranceMs: number): LookAlike[] {
  return listDefaults()
    .filter((d) => Math.abs(d.idleMs - idleMs) <= toleranceMs)
    .sort((a, b) => Math.abs(a.idleMs - idleMs) - Math.abs(b.idleMs - idleMs));
}
