// The JSON Schema and the TypeScript types describe the same model. The key lists below are checked
// against the types at compile time (npm test type-checks) and against the schema at run time.

import { ITEM_KEYS, TARGET_KEYS } from '../src/serialize/output.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHANGES, COMPARATORS, DOCUMENT_KINDS, GOAL_SCOPES, RECURRENCES, SECTION_KEYS, SOURCE_FORMATS,
  type BodyEntry, type Deadline, type DocumentInfo, type Item, type Model, type OutlineEntry, type Reference,
  type Source, type Table, type Target,
} from '../src/model/types.js';

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** true only when the list names exactly the keys of T */
type Exact<T, L extends readonly string[]> = [Exclude<keyof T, L[number]>, Exclude<L[number], keyof T>] extends [never, never] ? true : false;
type ExactRequired<T, L extends readonly string[]> = [Exclude<RequiredKeys<T>, L[number]>, Exclude<L[number], RequiredKeys<T>>] extends [never, never] ? true : false;

const shapes = {
  model: { all: ['vanban', 'source', 'document', 'references', 'outline', 'preamble', 'background', 'purpose', 'viewpoints', 'goals', 'tasks', 'implementation', 'appendices', 'other', 'bodies'], required: ['vanban', 'source', 'document', 'references', 'outline', 'preamble', 'background', 'purpose', 'viewpoints', 'goals', 'tasks', 'implementation', 'appendices', 'other', 'bodies'] },
  source: { all: ['file', 'format', 'sha256'], required: ['file', 'format', 'sha256'] },
  document: { all: ['kind', 'kindLabel', 'number', 'issuer', 'superior', 'place', 'date', 'title', 'implements', 'horizon', 'signer', 'recipients', 'motto', 'asWritten'], required: ['kind'] },
  reference: { all: ['kind', 'number', 'date', 'issuer', 'term', 'text'], required: ['kind', 'text'] },
  outlineEntry: { all: ['id', 'label', 'title', 'line', 'sections'], required: ['id', 'label', 'title', 'line', 'sections'] },
  item: { all: ['id', 'label', 'title', 'text', 'line', 'scope', 'year', 'targets', 'lead', 'support', 'deadline', 'outputs', 'table', 'cells', 'rows', 'items'], required: ['id', 'label', 'line'] },
  target: { all: ['indicator', 'comparator', 'change', 'value', 'max', 'unit', 'year', 'baseYear', 'text'], required: ['comparator', 'value', 'text'] },
  deadline: { all: ['text', 'due', 'recurrence'], required: ['text'] },
  table: { all: ['header', 'rows'], required: ['header'] },
  body: { all: ['name', 'key', 'lead', 'support'], required: ['name', 'key', 'lead', 'support'] },
} as const;

// Compile-time agreement of the lists with the types.
const typeChecks: true[] = [
  true as Exact<Model, typeof shapes.model.all>, true as ExactRequired<Model, typeof shapes.model.required>,
  true as Exact<Source, typeof shapes.source.all>, true as ExactRequired<Source, typeof shapes.source.required>,
  true as Exact<DocumentInfo, typeof shapes.document.all>, true as ExactRequired<DocumentInfo, typeof shapes.document.required>,
  true as Exact<Reference, typeof shapes.reference.all>, true as ExactRequired<Reference, typeof shapes.reference.required>,
  true as Exact<OutlineEntry, typeof shapes.outlineEntry.all>, true as ExactRequired<OutlineEntry, typeof shapes.outlineEntry.required>,
  true as Exact<Item, typeof shapes.item.all>, true as ExactRequired<Item, typeof shapes.item.required>,
  true as Exact<Target, typeof shapes.target.all>, true as ExactRequired<Target, typeof shapes.target.required>,
  true as Exact<Deadline, typeof shapes.deadline.all>, true as ExactRequired<Deadline, typeof shapes.deadline.required>,
  true as Exact<Table, typeof shapes.table.all>, true as ExactRequired<Table, typeof shapes.table.required>,
  true as Exact<BodyEntry, typeof shapes.body.all>, true as ExactRequired<BodyEntry, typeof shapes.body.required>,
];

interface SchemaObject { properties?: Record<string, SchemaObject & { enum?: string[] }>; required?: string[]; additionalProperties?: boolean; enum?: string[]; items?: SchemaObject }
const schema = JSON.parse(readFileSync(new URL('../schemas/vanban.schema.json', import.meta.url), 'utf8')) as SchemaObject & { $defs: Record<string, SchemaObject> };

describe('schema and types agree', () => {
  it('compile-time checks hold', () => {
    expect(typeChecks.every((t) => t)).toBe(true);
  });

  it.each(Object.entries(shapes))('%s has the same keys and required keys', (name, shape) => {
    const def = name === 'model' ? schema : schema.$defs[name];
    expect(def, name).toBeDefined();
    expect(Object.keys(def?.properties ?? {}).sort()).toEqual([...shape.all].sort());
    expect([...(def?.required ?? [])].sort()).toEqual([...shape.required].sort());
    expect(def?.additionalProperties).toBe(false);
  });

  it('the output writes items and targets in the schema\'s key order', () => {
    expect([...ITEM_KEYS]).toEqual(Object.keys(schema.$defs.item?.properties ?? {}));
    expect([...TARGET_KEYS]).toEqual(Object.keys(schema.$defs.target?.properties ?? {}));
  });

  it('closed enums match the TypeScript constants', () => {
    const defs = schema.$defs;
    expect(defs.documentKind?.enum).toEqual([...DOCUMENT_KINDS]);
    expect(defs.source?.properties?.format?.enum).toEqual([...SOURCE_FORMATS]);
    expect(defs.item?.properties?.scope?.enum).toEqual([...GOAL_SCOPES]);
    expect(defs.target?.properties?.comparator?.enum).toEqual([...COMPARATORS]);
    expect(defs.target?.properties?.change?.enum).toEqual([...CHANGES]);
    expect(defs.deadline?.properties?.recurrence?.enum).toEqual([...RECURRENCES]);
    expect(defs.outlineEntry?.properties?.sections?.items?.enum).toEqual([...SECTION_KEYS]);
  });

  it('documents every field', () => {
    const missing: string[] = [];
    for (const [name, def] of Object.entries(schema.$defs)) {
      for (const [key, prop] of Object.entries(def.properties ?? {})) {
        const p = prop as { description?: string; $ref?: string };
        if (!p.description && !p.$ref) missing.push(`${name}.${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
