// Property tests over parse and validate: arbitrary text and bytes, corpus documents mangled
// (lines deleted, repeated, swapped, cut mid-character, labels corrupted), YAML models edited by
// hand or by someone hostile. In CI: a fixed seed and a bounded number of cases. `npm run fuzz`
// runs the same properties for longer with another seed (FUZZ_SEED, FUZZ_SECONDS, FUZZ_RUNS).

import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse.js';
import { toYaml } from '../src/serialize/output.js';
import { anyText, documentText, documentWindow, editedYaml, mangle, mangledDocument, mangleOps } from './fuzz/mangle.js';
import { bytesProperty, diffProperty, diffYamlProperty, parseProperty, validateProperty } from './fuzz/properties.js';
import { CORPUS, corpusFiles } from './helpers.js';

const env = process.env;
const LONG = env.FUZZ_SECONDS !== undefined || env.FUZZ_RUNS !== undefined;
const SEED = env.FUZZ_SEED !== undefined ? Number(env.FUZZ_SEED) : 20250601;
/** per property in a long run: a share of FUZZ_SECONDS, or FUZZ_RUNS cases each */
const SECONDS = Number(env.FUZZ_SECONDS ?? 0);
const RUNS = env.FUZZ_RUNS !== undefined ? Number(env.FUZZ_RUNS) : undefined;

const files = corpusFiles();
const docs = files.map((f) => readFileSync(join(CORPUS, f), 'utf8'));
const yamls = docs.slice(0, 12).map((d, i) => toYaml(parseText(d, { file: files[i] as string, format: (files[i] as string).endsWith('.txt') ? 'text' : 'markdown', sha256: '0'.repeat(64) }).model));
if (!yamls.length) yamls.push(toYaml(parseText('KẾ HOẠCH\nI. MỤC TIÊU\n1. Đạt 30% năm 2025.\n', { file: 'x.txt', format: 'text', sha256: '0'.repeat(64) }).model));

/** The properties and their share of a run: CI cases, and weight in a long run. */
const WEIGHTS = { text: 5, bytes: 3, documents: 10, windows: 6, yaml: 8, diff: 6, diffyaml: 4 } as const;
const CI_RUNS: Record<keyof typeof WEIGHTS, number> = { text: 800, bytes: 1000, documents: 80, windows: 300, yaml: 400, diff: 150, diffyaml: 150 };
const TOTAL_WEIGHT = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);

function params<T>(name: keyof typeof WEIGHTS): fc.Parameters<T> {
  // each property its own seed, so that one can be replayed alone
  const seed = SEED + Object.keys(WEIGHTS).indexOf(name);
  const path = env.FUZZ_PATH && env.FUZZ_PROPERTY === name ? { path: env.FUZZ_PATH } : {};
  if (!LONG) return { seed, numRuns: CI_RUNS[name], ...path };
  const ms = (SECONDS * 1000 * WEIGHTS[name]) / TOTAL_WEIGHT;
  return { seed, numRuns: RUNS ?? Number.MAX_SAFE_INTEGER, ...(SECONDS ? { interruptAfterTimeLimit: ms } : {}), ...path };
}

/** Runs a property; a failure names the seed and path to replay it. Returns the number of cases. */
async function check<T>(name: keyof typeof WEIGHTS, property: fc.IProperty<T> | fc.IAsyncProperty<T>): Promise<number> {
  const details = await fc.check(property as fc.IAsyncProperty<T>, params<T>(name));
  if (env.FUZZ_REPORT) appendFileSync(env.FUZZ_REPORT, `${JSON.stringify({ property: name, seed: details.seed, runs: details.numRuns, failed: details.failed })}\n`);
  if (details.failed) {
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    const example = fc.stringify(details.counterexample);
    throw new Error(`${name}: ${error.slice(0, 3000)}\ncounterexample (${example.length} characters): ${example.slice(0, 3000)}\n`
      + `replay: FUZZ_SEED=${SEED} FUZZ_PROPERTY=${name} FUZZ_PATH=${details.counterexamplePath ?? ''} FUZZ_RUNS=1 npm run fuzz`);
  }
  return details.numRuns;
}

const timeout = LONG ? (SECONDS ? SECONDS * 1000 + 120_000 : 24 * 3600_000) : 120_000;

describe('parse: properties', () => {
  it('any text, in either format, gives a valid model that reads back the same', async () => {
    const runs = await check('text', fc.property(fc.oneof(anyText(), documentText()), fc.constantFrom('markdown', 'text'), (text, format) => {
      parseProperty(text, format as 'markdown' | 'text');
    }));
    expect(runs).toBeGreaterThan(0);
  }, timeout);

  it('any bytes give a model or a clear input error', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 3000, size: 'max' }),
      documentText().map((t) => Buffer.from(t, 'utf8')),
      fc.tuple(documentText(), fc.constantFrom('utf16le', 'latin1', 'utf8'), fc.constantFrom('', '\ufeff', '\ufeff\ufeff')).map(([t, enc, bom]) => Buffer.from(bom + t, enc as BufferEncoding)),
    );
    const runs = await check('bytes', fc.property(bytes, fc.constantFrom('a.md', 'a.txt', 'a'), (b, name) => { bytesProperty(b, name); }));
    expect(runs).toBeGreaterThan(0);
  }, timeout);
});

describe.runIf(docs.length > 0)('parse: corpus documents mangled', () => {
  it('whole documents with lines deleted, repeated, swapped, cut mid-character and labels corrupted', async () => {
    const runs = await check('documents', fc.property(mangledDocument(docs), fc.boolean(), ({ index, bytes }, asText) => {
      bytesProperty(bytes, asText ? 'a.txt' : (files[index] as string));
    }));
    expect(runs).toBeGreaterThan(0);
  }, timeout);

  it('runs of lines of documents, mangled', async () => {
    const runs = await check('windows', fc.property(documentWindow(docs), mangleOps(6), fc.constantFrom('a.md', 'a.txt'), (text, ops, name) => {
      bytesProperty(mangle(text, ops), name);
    }));
    expect(runs).toBeGreaterThan(0);
  }, timeout);
});

describe('validate: properties', () => {
  it('models edited by hand or by someone hostile are reported, never crash, never pollute', async () => {
    const runs = await check('yaml', fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: editedYaml(yamls) }, { weight: 1, arbitrary: anyText(500) }), async (yaml) => {
      await validateProperty(yaml);
    }));
    expect(runs).toBeGreaterThan(0);
  }, timeout);
});

describe.runIf(docs.length > 0)('diff: properties', () => {
  const parse = (text: string, name: string): ReturnType<typeof parseProperty> => parseText(text, { file: name, format: name.endsWith('.txt') ? 'text' : 'markdown', sha256: '0'.repeat(64) }).model;

  it('runs of document lines against themselves and against a mangled copy', async () => {
    const runs = await check('diff', fc.property(documentWindow(docs), mangleOps(6), fc.constantFrom('a.md', 'a.txt'), (text, ops, name) => {
      const other = Buffer.from(mangle(text, ops)).toString('utf8');
      diffProperty(parse(text, name), parse(other, name));
    }));
    expect(runs).toBeGreaterThan(0);
  }, timeout);

  it('models edited by hand or by someone hostile, compared through the command line', async () => {
    // the shortest corpus document, so that the cases go to the hostile side
    const base = join(CORPUS, files.reduce((a, f, i) => ((docs[i] as string).length < (docs[files.indexOf(a)] as string).length ? f : a)));
    const runs = await check('diffyaml', fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: editedYaml(yamls) }, { weight: 1, arbitrary: anyText(500) }), async (yaml) => {
      await diffYamlProperty(yaml, base);
    }));
    expect(runs).toBeGreaterThan(0);
  }, timeout);
});
