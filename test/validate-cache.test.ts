// vanban validate --cache: a run after a change gives the report a run without the cache gives,
// takes unchanged files' findings from the cache, and checks again whatever changed: a file's
// bytes, the configuration, vanban's build.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run } from './helpers.js';
import { cacheKey } from '../src/cli/validate-cache.js';
import type { Checker } from '../src/cli/validate-file.js';

const EXAMPLE = join(ROOT, 'examples', 'kh-chuyen-doi-so.txt');
let good: string;

interface Report { files: string[]; diagnostics: { code: string; file: string; message: string; severity: string }[] }
const report = (stdout: string): Report => JSON.parse(stdout) as Report;
interface CacheFile { key: string; files: Record<string, { sha1: string; diagnostics: { message: string }[] }> }
const cacheOf = (dir: string, name = '.vanbancache'): CacheFile => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CacheFile;

/** A folder of models: five copies of the example's model and one with a wrong enum value. */
function area(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-cache-'));
  mkdirSync(join(dir, 'models'));
  for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'models', `m${i}.yaml`), good);
  writeFileSync(join(dir, 'models', 'bad.yaml'), good.replace('kind: plan', 'kind: planning'));
  return dir;
}

const validate = (dir: string, extra: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> =>
  run(['validate', 'models', '--reporter', 'json', '--lang', 'en', ...extra], { cwd: dir });

beforeAll(async () => {
  good = (await run(['parse', EXAMPLE])).stdout;
});

describe('vanban validate --cache', () => {
  it('gives the same report and exit code as without it, on the first run and the next', async () => {
    const dir = area();
    const plain = await validate(dir);
    const first = await validate(dir, ['--cache']);
    const second = await validate(dir, ['--cache']);
    expect(plain.code).toBe(1);
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
    expect(Object.keys(cacheOf(dir).files).sort()).toEqual(['models/bad.yaml', ...[0, 1, 2, 3, 4].map((i) => `models/m${i}.yaml`)]);
  });

  it('takes an unchanged file from the cache, and checks a changed one again', async () => {
    const dir = area();
    await validate(dir, ['--cache']);
    // a kept message, marked, shows that the next run took it from the cache
    const cache = cacheOf(dir);
    const kept = cache.files['models/m0.yaml']?.diagnostics[0];
    expect(kept).toBeDefined();
    (kept as { message: string }).message = 'kept from the cache';
    writeFileSync(join(dir, '.vanbancache'), JSON.stringify(cache));
    const again = report((await validate(dir, ['--cache'])).stdout);
    expect(again.diagnostics.filter((d) => d.message === 'kept from the cache').map((d) => d.file)).toEqual(['models/m0.yaml']);
    // the file changes: checked again, with its new findings
    writeFileSync(join(dir, 'models', 'm0.yaml'), good.replace('kind: plan', 'kind: planning'));
    const changed = await validate(dir, ['--cache']);
    const found = report(changed.stdout).diagnostics.filter((d) => d.file === 'models/m0.yaml');
    expect(found.some((d) => d.message === 'kept from the cache')).toBe(false);
    expect(found.some((d) => d.code === 'schema-enum')).toBe(true);
    // and fixed again
    writeFileSync(join(dir, 'models', 'bad.yaml'), good);
    writeFileSync(join(dir, 'models', 'm0.yaml'), good);
    expect((await validate(dir, ['--cache'])).code).toBe(0);
  });

  it('checks everything again when the configuration changes', async () => {
    const dir = area();
    const before = report((await validate(dir, ['--cache'])).stdout);
    expect(before.diagnostics.some((d) => d.code === 'task-missing-lead' || d.code === 'goal-uncovered')).toBe(true);
    const code = before.diagnostics.find((d) => d.severity !== 'error')?.code as string;
    // a kept message, marked: were anything taken from the cache, the mark would show
    const cache = cacheOf(dir);
    const oldKey = cache.key;
    for (const entry of Object.values(cache.files)) for (const d of entry.diagnostics) (d as { message: string }).message = 'kept from the cache';
    writeFileSync(join(dir, '.vanbancache'), JSON.stringify(cache));
    writeFileSync(join(dir, 'vanban.config.yaml'), `rules:\n  ${code}: off\n`);
    const after = report((await validate(dir, ['--cache'])).stdout);
    expect(after.diagnostics.some((d) => d.code === code)).toBe(false);
    expect(after.diagnostics.some((d) => d.message === 'kept from the cache')).toBe(false);
    expect(after.diagnostics.length).toBeGreaterThan(0);
    expect(cacheOf(dir).key).not.toBe(oldKey);
  });

  it('a cache that cannot be read is started afresh, and a file that cannot be checked is not kept', async () => {
    const dir = area();
    const plain = await validate(dir);
    writeFileSync(join(dir, '.vanbancache'), '{"format": "vanban-validate-cache/1", "key": 3, "files": [1, 2');
    expect(await validate(dir, ['--cache'])).toEqual(plain);
    expect(Object.keys(cacheOf(dir).files)).toHaveLength(6);
    writeFileSync(join(dir, 'models', 'binary.yaml'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    for (let i = 0; i < 2; i++) {
      const r = await validate(dir, ['--cache']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('models/binary.yaml');
    }
    expect(cacheOf(dir).files['models/binary.yaml']).toBeUndefined();
  });

  it('forgets files that are gone, keeps its file where --cache-location says, and is not used with --check', async () => {
    const dir = area();
    await validate(dir, ['--cache', '--cache-location', 'ci/cache.json']);
    expect(existsSync(join(dir, '.vanbancache'))).toBe(false);
    expect(Object.keys(cacheOf(dir, 'ci/cache.json').files)).toHaveLength(6);
    rmSync(join(dir, 'models', 'm4.yaml'));
    await validate(dir, ['--cache', '--cache-location', 'ci/cache.json']);
    expect(cacheOf(dir, 'ci/cache.json').files['models/m4.yaml']).toBeUndefined();
    const other = area();
    await validate(other, ['--cache', '--check']);
    expect(existsSync(join(other, '.vanbancache'))).toBe(false);
  });

  it('has a key that changes with everything the findings depend on besides the bytes', () => {
    const base = { severities: {}, bodies: { names: ['Sở Tài chính', 'STC'], aliases: new Map([['stc', 'Sở Tài chính']]) }, lang: 'vi', maxBytes: 1000, cwd: ROOT } as unknown as Checker;
    const key = cacheKey(base, '1.0.0');
    expect(cacheKey({ ...base }, '1.0.0')).toBe(key);
    const changes: Partial<Checker>[] = [
      { severities: { 'goal-uncovered': 'off' } },
      { bodies: { names: base.bodies.names, aliases: new Map([['stc', 'STC']]) } },
      { lang: 'en' },
      { maxBytes: 2000 },
    ];
    for (const change of changes) expect(cacheKey({ ...base, ...change }, '1.0.0'), JSON.stringify(Object.keys(change))).not.toBe(key);
    expect(cacheKey(base, '1.0.1')).not.toBe(key);
    expect(cacheKey(base, '1.0.0', 'schemas/vanban.schema.json')).not.toBe(key);
  });
});
