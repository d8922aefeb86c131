import type { Diagnostic } from '../../source/diagnostic';
import { makeDiagnostic, type RawDocument, type RawEntry } from './documents';
import { matchSpringKey } from './keys';

/**
 * The scopes a document applies to: null for a document that always applies, else labels such as
 * `profile prod`, `cloud kubernetes`, `profile prod, cloud kubernetes`.
 */
export function readActivation(doc: RawDocument, diagnostics: Diagnostic[]): string[] | null {
  let profiles: string[] | undefined;
  let cloud: string | undefined;
  for (const entry of doc.entries) {
    const match = matchSpringKey(entry.lookup ?? entry.written);
    if (match.kind !== 'activation' || entry.owner !== undefined) continue;
    const text = (entry.value ?? '').trim();
    if (text === '') continue;
    if (match.which === 'onCloudPlatform') cloud = text.toLowerCase();
    else {
      if (match.which === 'legacyProfiles')
        diagnostics.push(
          makeDiagnostic(
            'SPRING_LEGACY_PROFILES',
            'warning',
            'spring.profiles is the pre-2.4 form; Spring Boot 2.4+ expects spring.config.activate.on-profile',
            entry.keyAt,
          ),
        );
      profiles = readProfiles(text, entry, diagnostics);
    }
  }
  if (profiles === undefined && cloud === undefined) return null;
  const cloudLabel = cloud === undefined ? undefined : `cloud ${cloud}`;
  if (profiles === undefined) return [cloudLabel ?? ''];
  return profiles.map((p) => (cloudLabel ? `profile ${p}, ${cloudLabel}` : `profile ${p}`));
}

/** `prod`, `prod,staging`, `prod | staging` → one scope each; `!dev`, `a & b` → one expression scope. */
function readProfiles(text: string, entry: RawEntry, diagnostics: Diagnostic[]): string[] {
  const parts = text
    .split(/[,|]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length > 0 && parts.every((p) => /^[\w.-]+$/.test(p))) return parts;
  diagnostics.push(
    makeDiagnostic(
      'SPRING_PROFILE_EXPRESSION',
      'info',
      `Profile expression "${text}" is kept as one scope; which profiles it matches is decided at run time`,
      entry.valueAt,
    ),
  );
  return [text.replace(/\s+/g, ' ')];
}

/** `application-prod.yml` → `prod`: a profile-specific file applies only to that profile. */
export function readFileProfile(fileName: string | undefined): string | undefined {
  const m = /(?:^|[\\/])(?:application|bootstrap)-([\w.-]+?)\.(?:ya?ml|properties)$/i.exec(
    fileName ?? '',
  );
  return m?.[1];
}
