// The model's JSON Schema with ajv, and ajv's errors in the user's words at the place they name.
// The model's own schema is compiled when the product is built (scripts/gen-validator.mjs), so a
// run loads neither ajv nor the schema; ajv itself is loaded only for a schema given with --schema.

import type { ErrorObject } from 'ajv';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { message, type MessageCode } from '../diagnostics/messages.js';
import { validate as modelValidator } from './model-validator.js';

export const SCHEMA_FILE = new URL('../../schemas/vanban.schema.json', import.meta.url);

/** A compiled schema: true when the value is valid, else false with `errors` set (ajv's shape). */
export interface Validator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The model's schema, compiled at build time. */
export const validateModel = modelValidator as Validator;

/** Another schema (--schema) compiled now with the same options as the model's. Throws on a bad schema. */
export async function compileSchema(schema: object): Promise<Validator> {
  const [{ Ajv2020 }, addFormats] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats.default.default(ajv);
  return ajv.compile(schema);
}

export interface SchemaProblem {
  code: MessageCode;
  /** JSON pointer of the offending value */
  path: string;
  /** the key that should not be there, for a position on the key itself */
  key?: string;
  message: string;
}

/** ajv errors as problems in the user's language; one per place, most specific first. */
export function schemaProblems(errors: ErrorObject[], value: unknown, lang: Lang): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const where = e.instancePath || '/';
    const actual = valueAt(value, e.instancePath);
    let p: SchemaProblem;
    switch (e.keyword) {
      case 'required': {
        const field = String((e.params as { missingProperty: string }).missingProperty);
        p = { code: 'schema-required', path: e.instancePath, message: message('schema-required', lang, { field, where }) };
        break;
      }
      case 'additionalProperties': {
        const field = String((e.params as { additionalProperty: string }).additionalProperty);
        p = { code: 'schema-additional', path: e.instancePath, key: field, message: message('schema-additional', lang, { field, where }) };
        break;
      }
      case 'enum':
        p = { code: 'schema-enum', path: e.instancePath, message: message('schema-enum', lang, { value: String(actual), where, allowed: ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ') }) };
        break;
      case 'type':
        p = { code: 'schema-type', path: e.instancePath, message: message('schema-type', lang, { where, expected: String((e.params as { type: string }).type) }) };
        break;
      case 'format':
      case 'pattern':
        p = (e.params as { format?: string }).format === 'date' || /date/.test(e.schemaPath)
          ? { code: 'schema-date', path: e.instancePath, message: message('schema-date', lang, { where, value: String(actual) }) }
          : { code: 'schema-pattern', path: e.instancePath, message: message('schema-pattern', lang, { where, value: String(actual) }) };
        break;
      case 'minimum':
      case 'maximum':
        p = { code: 'schema-range', path: e.instancePath, message: message('schema-range', lang, { where, value: String(actual), limit: `${e.keyword} ${(e.params as { limit: number }).limit}` }) };
        break;
      case 'const':
        p = { code: 'schema-const', path: e.instancePath, message: message('schema-const', lang, { where, expected: JSON.stringify((e.params as { allowedValue: unknown }).allowedValue) }) };
        break;
      default:
        p = { code: 'schema-other', path: e.instancePath, message: message('schema-other', lang, { where, reason: e.message ?? e.keyword }) };
    }
    const id = `${p.code}|${p.path}|${p.key ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(p);
  }
  return out;
}

function valueAt(value: unknown, pointer: string): unknown {
  let v = value;
  for (const seg of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

export type { Diagnostic };
