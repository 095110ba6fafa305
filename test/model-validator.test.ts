// The model's schema compiled at build time (src/validate/model-validator.ts) must be the schema
// file as ajv compiles it at run time: the same verdict and the same errors, on models made from
// the corpus and on the same models broken in every way the schema can catch.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse.js';
import { compileSchema, validateModel } from '../src/validate/schema.js';
import { CORPUS, corpusFiles, ROOT } from './helpers.js';

type Json = Record<string, unknown>;

/** Ways to break a model, each aimed at a different keyword of the schema. */
const BREAKS: [string, (m: Json) => void][] = [
  ['const', (m) => { m.vanban = 2; }],
  ['required at the top', (m) => { delete m.bodies; }],
  ['additional property', (m) => { m.author = 'someone'; }],
  ['enum', (m) => { (m.document as Json).kind = 'planning'; }],
  ['date format', (m) => { (m.document as Json).date = '2025-13-45'; }],
  ['date pattern', (m) => { (m.document as Json).date = '15/03/2025'; }],
  ['sha256 pattern', (m) => { (m.source as Json).sha256 = 'xyz'; }],
  ['year range', (m) => { (m.document as Json).horizon = { year: 1800, vision: 2300 }; }],
  ['type of a section', (m) => { m.tasks = 'none'; }],
  ['nested item', (m) => {
    const item = firstItem(m);
    if (!item) { m.goals = [{ id: 1, line: -1 }]; return; }
    item.line = 'ten';
    delete item.label;
    item.deadline = { due: '2025-02-30' };
    item.targets = [{ comparator: '≈', value: '5' }];
    item.items = [{ id: 'x', label: '', line: 1.5, scope: 'all' }];
  }],
  ['body entry', (m) => { m.bodies = [{ name: 3, key: 'k', lead: 'x' }]; }],
];

function firstItem(m: Json): Json | undefined {
  for (const key of ['tasks', 'goals', 'implementation', 'preamble', 'other']) {
    const list = m[key];
    if (Array.isArray(list) && list.length > 0) return list[0] as Json;
  }
  return undefined;
}

const files = corpusFiles();
const models = files.map((file) => {
  const text = readFileSync(join(CORPUS, file), 'utf8');
  return { file, model: parseText(text, { file, format: file.endsWith('.md') ? 'markdown' : 'text', sha256: '0'.repeat(64) }).model as unknown as Json };
});

describe('the model validator compiled at build time', () => {
  it('is up to date with the schema file and the generator', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-validator.mjs'), '--stdout'], { encoding: 'utf8', cwd: ROOT });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'src', 'validate', 'model-validator.ts'), 'utf8'));
  });

  describe.runIf(models.length > 0)('agrees with ajv compiling the schema at run time', () => {
    it.each(BREAKS)('on corpus models broken: %s', async (_name, breakIt) => {
      const runtime = await compileSchema(JSON.parse(readFileSync(join(ROOT, 'schemas', 'vanban.schema.json'), 'utf8')) as object);
      let failures = 0;
      for (const { file, model } of models) {
        const broken = structuredClone(model);
        breakIt(broken);
        const expected = runtime(broken);
        expect(validateModel(broken), file).toBe(expected);
        expect(validateModel.errors, file).toEqual(runtime.errors);
        if (!expected) failures++;
      }
      // every break is caught somewhere, so the comparison covered the errors, not only the verdict
      expect(failures).toBe(models.length);
    });

    it('on the corpus models as parsed (valid)', async () => {
      const runtime = await compileSchema(JSON.parse(readFileSync(join(ROOT, 'schemas', 'vanban.schema.json'), 'utf8')) as object);
      for (const { file, model } of models) {
        expect(runtime(model), file).toBe(true);
        expect(validateModel(model), file).toBe(true);
      }
    });
  });
});
