/**
 * Test kit: validates a SARIF log against the official SARIF 2.1.0 JSON Schema kept beside this
 * file (sarif-schema-2.1.0.json, see README.md here), formats included (`uri`, `uri-reference`,
 * `date-time`). The schema is JSON Schema draft-07, Ajv's default dialect.
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import schema from './sarif-schema-2.1.0.json';

// ajv-formats is CommonJS: its default export is the function, under `default` once more in ESM.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule })
  .default ?? addFormatsModule;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about `log` (empty when it is valid), one line each. */
export function findSarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
