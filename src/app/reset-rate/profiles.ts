/** Traffic profiles the simulation can run (the closed form assumes steady Poisson arrivals). */
import type { ArrivalSpec } from '../../core/race';

export type TrafficProfile = 'poisson' | 'bursty' | 'health-check';

export interface ProfileDef {
  id: TrafficProfile;
  label: string;
  /** What the profile means, for the field's description. */
  hint: string;
  arrivals: ArrivalSpec;
  /** True when the numbers are illustrative rather than taken from a source. */
  assumption: boolean;
}

export const PROFILES: readonly ProfileDef[] = [
  {
    id: 'poisson',
    label: 'Steady (Poisson)',
    hint: 'Independent requests at a steady rate: what the closed form assumes.',
    arrivals: { kind: 'poisson' },
    // design/race-model.md, "Reset rate": idle gaps ≈ Exp(λ).
    assumption: false,
  },
  {
    id: 'bursty',
    label: 'Bursty',
    hint: 'Bursts of about 10 s, then about 50 s idle, at the same average rate.',
    // Illustrative on/off cycle of one minute (no source): traffic idle between bursts, which
    // design/race-model.md names as the worst case.
    arrivals: { kind: 'bursty', onMs: 10_000, offMs: 50_000 },
    assumption: true,
  },
  {
    id: 'health-check',
    label: 'Periodic health check',
    hint: 'One request exactly every 1/rate seconds, like a load balancer health check.',
    // No jitter, as `timeout-chain simulate --arrivals periodic`.
    arrivals: { kind: 'periodic', jitterMs: 0 },
    assumption: false,
  },
];

/** The profile's definition (steady Poisson for an unknown id). */
export const findProfile = (id: string): ProfileDef =>
  PROFILES.find((p) => p.id === id) ?? (PROFILES[0] as ProfileDef);
