// vanban validate on a folder of models made from corpus documents, some broken by hand: the
// right findings at the right lines, exit codes, reporters, --check, ignore files.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ROOT, run } from './helpers.js';
import { countFiles } from '../src/cli/validate-command.js';

let dir: string;
const EXAMPLE = join(ROOT, 'examples', 'kh-chuyen-doi-so.txt');

interface Finding { code: string; severity: string; file: string; line: number; column: number; path?: string }
const json = (stdout: string): Finding[] => (JSON.parse(stdout) as { diagnostics: Finding[] }).diagnostics;

/** The line of the first occurrence of `needle` in a file (1-based). */
function lineOf(file: string, needle: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-validate-'));
  mkdirSync(join(dir, 'models'));
  const r = await run(['parse', EXAMPLE]);
  const good = r.stdout;
  writeFileSync(join(dir, 'models', 'good.yaml'), good);
  writeFileSync(join(dir, 'models', 'bad-enum.yaml'), good.replace('kind: plan', 'kind: planning'));
  writeFileSync(join(dir, 'models', 'bad-date.yaml'), good.replace('date: 2025-03-15', 'date: 2025-13-45'));
  writeFileSync(join(dir, 'models', 'extra-field.yaml'), good.replace('vanban: 1\n', 'vanban: 1\nauthor: someone\n'));
  writeFileSync(join(dir, 'models', 'dup-key.yaml'), good.replace('vanban: 1\n', 'vanban: 1\nvanban: 1\n'));
  writeFileSync(join(dir, 'models', 'syntax.yaml'), 'vanban: 1\nsource: [unclosed\n');
  mkdirSync(join(dir, 'ignored'));
  writeFileSync(join(dir, 'ignored', 'broken.yaml'), 'nonsense: [');
  writeFileSync(join(dir, '.vanbanignore'), 'ignored/\n');
});

describe('vanban validate', () => {
  it('a good model passes with exit 0', async () => {
    const r = await run(['validate', 'models/good.yaml', '--reporter', 'json'], { cwd: dir });
    expect(json(r.stdout).filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('a wrong enum value is an error at its line and column', async () => {
    const r = await run(['validate', 'models/bad-enum.yaml', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const d = json(r.stdout).find((x) => x.code === 'schema-enum');
    expect(d).toMatchObject({ file: 'models/bad-enum.yaml', line: lineOf(join(dir, 'models', 'bad-enum.yaml'), 'kind: planning'), column: 9, path: '/document/kind' });
  });

  it('a date stays a string (YAML 1.2) and a bad one is reported at its line', async () => {
    const good = await run(['validate', 'models/good.yaml', '--reporter', 'json'], { cwd: dir });
    expect(json(good.stdout).some((d) => d.path === '/document/date')).toBe(false);
    const r = await run(['validate', 'models/bad-date.yaml', '--reporter', 'json'], { cwd: dir });
    const d = json(r.stdout).find((x) => x.code === 'schema-date');
    expect(d?.line).toBe(lineOf(join(dir, 'models', 'bad-date.yaml'), 'date: 2025-13-45'));
  });

  it('a field the model does not have is reported on its key', async () => {
    const r = await run(['validate', 'models/extra-field.yaml', '--reporter', 'json'], { cwd: dir });
    expect(json(r.stdout).find((x) => x.code === 'schema-additional')).toMatchObject({ line: 3, column: 1 });
  });

  it('duplicate keys and syntax errors are findings in the file (exit 1), not crashes', async () => {
    const r = await run(['validate', 'models/dup-key.yaml', 'models/syntax.yaml', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const codes = json(r.stdout).map((d) => `${d.file} ${d.code}`);
    expect(codes).toContain('models/dup-key.yaml yaml-duplicate-key');
    expect(codes).toContain('models/syntax.yaml yaml-syntax');
    expect(json(r.stdout).find((d) => d.code === 'yaml-duplicate-key')).toMatchObject({ line: 3 });
  });

  it('a folder is read with .vanbanignore respected, and every reporter runs', async () => {
    for (const reporter of ['stylish', 'json', 'junit', 'sarif', 'github', 'gitlab']) {
      const r = await run(['validate', '.', '--reporter', reporter], { cwd: dir });
      expect(r.code, reporter).toBe(1);
      expect(r.stdout, reporter).toContain('bad-enum.yaml');
      expect(r.stdout, reporter).not.toContain('ignored/broken.yaml');
    }
  });

  it('picks the github reporter under GitHub Actions', async () => {
    const r = await run(['validate', 'models/bad-enum.yaml'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', LANG: 'en_US.UTF-8' } });
    expect(r.stdout).toMatch(/^::error file=models\/bad-enum\.yaml,line=\d+,col=9/m);
  });

  it('a pattern that matches nothing is exit 2 unless --allow-empty', async () => {
    expect((await run(['validate', 'nothing/**/*.yaml'], { cwd: dir })).code).toBe(2);
    expect((await run(['validate', 'nothing/**/*.yaml', '--allow-empty'], { cwd: dir })).code).toBe(0);
  });

  it('"!" excludes files from a glob', async () => {
    const r = await run(['validate', 'models/*.yaml', '!models/{bad-*,extra-*,dup-*,syntax,bomb}.yaml', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
  });

  it('reads standard input with --stdin-filepath', async () => {
    const text = readFileSync(join(dir, 'models', 'bad-enum.yaml'));
    const r = await run(['validate', '-', '--stdin-filepath', 'from-stdin.yaml', '--reporter', 'json'], { cwd: dir, stdin: Readable.from([text]) });
    expect(r.code).toBe(1);
    expect(json(r.stdout)[0]?.file).toBe('from-stdin.yaml');
  });

  it('an invalid --schema is exit 2, not a data error', async () => {
    writeFileSync(join(dir, 'bad-schema.json'), '{"type": "nonsense"}');
    expect((await run(['validate', 'models/good.yaml', '--schema', 'bad-schema.json'], { cwd: dir })).code).toBe(2);
  });

  it('--max-warnings and --fail-on warning make warnings fail', async () => {
    const base = await run(['validate', 'models/good.yaml', '--reporter', 'json'], { cwd: dir });
    const warnings = json(base.stdout).filter((d) => d.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect((await run(['validate', 'models/good.yaml', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    expect((await run(['validate', 'models/good.yaml', '--fail-on', 'warning'], { cwd: dir })).code).toBe(1);
    expect((await run(['validate', 'models/good.yaml', '--max-warnings', String(warnings)], { cwd: dir })).code).toBe(0);
  });

  it('source documents are parsed and checked; findings point at source lines', async () => {
    const r = await run(['validate', EXAMPLE, '--reporter', 'json'], { cwd: ROOT });
    expect(r.code).toBe(0);
    for (const d of json(r.stdout)) expect(d.line).toBeGreaterThan(0);
  });

  it('reports a file\'s findings in the order of their lines, whatever rule found them', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-order-'));
    const r = await run(['parse', join(ROOT, '..', 'shared', 'corpus'), '-o', area, '-q']);
    expect(r.code).toBe(0);
    const v = json((await run(['validate', area, '--reporter', 'json'])).stdout);
    const rules = new Set<string>();
    for (let i = 1; i < v.length; i++) {
      const [a, b] = [v[i - 1] as Finding, v[i] as Finding];
      if (a.file !== b.file) continue;
      rules.add(a.code);
      expect(a.line * 1e6 + a.column, `${b.file}:${b.line}`).toBeLessThanOrEqual(b.line * 1e6 + b.column);
    }
    expect(rules.size).toBeGreaterThan(2);
  });

  it('--check fails on a stale model beside its source, naming the first difference, and passes when fresh', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-check-'));
    cpSync(EXAMPLE, join(area, 'plan.txt'));
    const fresh = await run(['parse', 'plan.txt'], { cwd: area });
    writeFileSync(join(area, 'plan.yaml'), fresh.stdout);
    expect((await run(['validate', 'plan.yaml', '--check'], { cwd: area })).code).toBe(0);
    writeFileSync(join(area, 'plan.txt'), readFileSync(EXAMPLE, 'utf8').replace('Quý IV/2025', 'Quý II/2026'));
    const stale = await run(['validate', 'plan.yaml', '--check', '--reporter', 'json'], { cwd: area });
    expect(stale.code).toBe(1);
    const d = json(stale.stdout).find((x) => x.code === 'stale-model');
    expect(d?.path).toMatch(/^\/tasks\//);
  });

  it('--check on a folder holding both the source and its stale model reports it once', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-check-'));
    cpSync(EXAMPLE, join(area, 'plan.txt'));
    writeFileSync(join(area, 'plan.yaml'), (await run(['parse', 'plan.txt'], { cwd: area })).stdout);
    writeFileSync(join(area, 'plan.txt'), readFileSync(EXAMPLE, 'utf8').replace('Quý IV/2025', 'Quý II/2026'));
    const r = await run(['validate', '.', '--check', '--reporter', 'json'], { cwd: area });
    expect(r.code).toBe(1);
    // found from plan.txt (its model beside it) and from plan.yaml (its source beside it)
    expect(json(r.stdout).filter((d) => d.code === 'stale-model')).toHaveLength(1);
  });

  it('--check finds the model through the config mapping of source and model folders', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-map-'));
    mkdirSync(join(area, 'van-ban', 'nam-2025'), { recursive: true });
    cpSync(EXAMPLE, join(area, 'van-ban', 'nam-2025', 'plan.txt'));
    writeFileSync(join(area, 'vanban.config.yaml'), 'check:\n  sources: van-ban\n  models: models\n');
    expect((await run(['parse', 'van-ban', '-o', 'models', '-q'], { cwd: area })).code).toBe(0);
    expect((await run(['validate', 'van-ban', 'models', '--check'], { cwd: area })).code).toBe(0);
    writeFileSync(join(area, 'van-ban', 'nam-2025', 'plan.txt'), readFileSync(EXAMPLE, 'utf8').replace('Sở Tài chính, Sở Tư pháp', 'Sở Tài chính'));
    const r = await run(['validate', 'van-ban', '--check', '--reporter', 'json'], { cwd: area });
    expect(r.code).toBe(1);
    expect(json(r.stdout).find((d) => d.code === 'stale-model')).toMatchObject({ file: join('models', 'nam-2025', 'plan.yaml') });
  });

  it('a corpus folder of 35 models validates with no schema errors', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-corpus-'));
    const r = await run(['parse', join(ROOT, '..', 'shared', 'corpus'), '-o', area, '-q']);
    expect(r.code).toBe(0);
    const v = await run(['validate', area, '--reporter', 'json']);
    expect(json(v.stdout).filter((d) => d.code.startsWith('schema-') || d.code.startsWith('yaml-'))).toEqual([]);
    writeFileSync(join(area, 'x.yaml'), stringify({ vanban: 2 }));
    expect((await run(['validate', join(area, 'x.yaml'), '--reporter', 'json'])).code).toBe(1);
  });
});

describe('duplicate ids', () => {
  it('are reported at the second id, naming the line of the first', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-dup-'));
    const model = (await run(['parse', EXAMPLE])).stdout;
    // two items side by side (ids with a dot: the outline's headings are not items)
    const ids = [...model.matchAll(/^ +- id: (\S+\.\S+)$/gm)].map((m) => m[1] as string);
    const [first, second] = [ids[0] as string, ids[1] as string];
    writeFileSync(join(area, 'plan.yaml'), model.replace(`- id: ${second}\n`, `- id: ${first}\n`));
    const r = await run(['validate', 'plan.yaml', '--reporter', 'json', '--lang', 'en'], { cwd: area });
    const found = (JSON.parse(r.stdout) as { diagnostics: (Finding & { message: string })[] }).diagnostics.filter((d) => d.code === 'duplicate-id');
    expect(r.code).toBe(1);
    expect(found).toHaveLength(1);
    const lines = readFileSync(join(area, 'plan.yaml'), 'utf8').split('\n');
    const at = lines.flatMap((l, i) => (l.endsWith(`- id: ${first}`) ? [i + 1] : []));
    expect(at).toHaveLength(2);
    expect(found[0]?.line).toBe(at[1]);
    expect(found[0]?.message).toContain(`already used at line ${at[0] as number} (`);
  });
});

describe('unknown bodies', () => {
  it('a typo in a configured body is a warning at its line, with the name it should be', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-bodies-'));
    const model = (await run(['parse', EXAMPLE])).stdout;
    const names = [...new Set(model.split('\n').filter((l) => /^ {6,}- (Sở|Các|Ủy|Cơ|Thủ)/.test(l)).map((l) => l.trim().slice(2)))];
    writeFileSync(join(area, 'vanban.config.yaml'), stringify({ bodies: names }));
    writeFileSync(join(area, 'plan.yaml'), model.replace('- Sở Tài chính', '- Sở Tài chín'));
    const r = await run(['validate', 'plan.yaml', '--reporter', 'json', '--lang', 'en'], { cwd: area });
    const found = (JSON.parse(r.stdout) as { diagnostics: (Finding & { message: string })[] }).diagnostics.filter((d) => d.code === 'unknown-body');
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(lineOf(join(area, 'plan.yaml'), '- Sở Tài chín'));
    expect(found[0]?.message).toContain('Sở Tài chính');
  });
});

describe('vanban init', () => {
  it('writes a starter config and a workflow, and keeps files already there', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-init-'));
    expect((await run(['init'], { cwd: area })).code).toBe(0);
    expect(readFileSync(join(area, 'vanban.config.yaml'), 'utf8')).toContain('bodies:');
    expect(readFileSync(join(area, '.github', 'workflows', 'vanban.yml'), 'utf8')).toContain('vanban validate');
    writeFileSync(join(area, 'vanban.config.yaml'), 'bodies: []\n');
    await run(['init'], { cwd: area });
    expect(readFileSync(join(area, 'vanban.config.yaml'), 'utf8')).toBe('bodies: []\n');
  });
  it('the config it writes is not taken for a model when the folder is validated', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-init-'));
    await run(['init'], { cwd: area });
    writeFileSync(join(area, 'plan.yaml'), (await run(['parse', EXAMPLE])).stdout);
    const r = await run(['validate', '.', '--reporter', 'json'], { cwd: area });
    expect((JSON.parse(r.stdout) as { files: string[] }).files).toEqual(['plan.yaml']);
    expect(r.code).toBe(0);
  });
  it('nor is a config named with --config under another name, unless it is named as an input', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-config-'));
    mkdirSync(join(area, 'ci'));
    writeFileSync(join(area, 'ci', 'rules.yaml'), 'rules:\n  goal-uncovered: off\n');
    writeFileSync(join(area, 'plan.yaml'), (await run(['parse', EXAMPLE])).stdout);
    const r = await run(['validate', '.', '--config', 'ci/rules.yaml', '--reporter', 'json'], { cwd: area });
    expect((JSON.parse(r.stdout) as { files: string[] }).files).toEqual(['plan.yaml']);
    expect(json(r.stdout).filter((d) => d.code === 'goal-uncovered')).toEqual([]);
    expect(r.code).toBe(0);
    const named = await run(['validate', 'ci/rules.yaml', '--config', 'ci/rules.yaml', '--reporter', 'json'], { cwd: area });
    expect((JSON.parse(named.stdout) as { files: string[] }).files).toEqual([join('ci', 'rules.yaml')]);
  });
});

describe('worker threads for large batches', () => {
  const bin = join(ROOT, 'bin', 'vanban.js');
  const validate = (args: string[]): { status: number | null; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, [bin, 'validate', ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, LANG: 'en_US.UTF-8', GITHUB_ACTIONS: '' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(() => {
    mkdirSync(join(dir, 'many'));
    const good = readFileSync(join(dir, 'models', 'good.yaml'), 'utf8');
    const broken = ['bad-enum', 'bad-date', 'extra-field', 'dup-key', 'syntax'].map((n) => readFileSync(join(dir, 'models', `${n}.yaml`), 'utf8'));
    for (let i = 0; i < 70; i++) {
      const name = join(dir, 'many', `m${String(i).padStart(3, '0')}.yaml`);
      writeFileSync(name, i % 9 === 4 ? (broken[i % broken.length] as string) : good);
    }
    writeFileSync(join(dir, 'many', 'm071.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    cpSync(EXAMPLE, join(dir, 'many', 'm072.txt'));
  });

  it.each(['json', 'stylish'])('give the same report, errors and exit code as one thread (%s)', (reporter) => {
    const one = validate(['many', '--jobs', '1', '--reporter', reporter]);
    const two = validate(['many', '--jobs', '2', '--reporter', reporter]);
    expect(two).toEqual(one);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('many/m071.yaml');
    if (reporter === 'json') {
      const files = [...new Set(json(one.stdout).map((d) => d.file))];
      expect(files).toEqual([...files].sort());
      expect(json(one.stdout).filter((d) => d.severity === 'error').length).toBeGreaterThan(5);
    }
  });

  it('count a folder quickly, by name, up to one past the limit, before the workers are started', () => {
    const root = mkdtempSync(join(tmpdir(), 'vanban-count-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    mkdirSync(join(root, 'node_modules'));
    mkdirSync(join(root, '.git'));
    for (const [i, f] of ['x.yaml', 'a/y.yml', 'a/b/z.md', 'a/b/w.txt', 'a/notes.pdf', 'node_modules/m.yaml', '.git/g.yaml', '.hidden.yaml'].entries()) writeFileSync(join(root, f), String(i));
    const models = /\.(?:ya?ml|md|markdown|txt)$/i;
    expect(countFiles([root], models, 100)).toBe(4);
    expect(countFiles([root], models, 1)).toBe(2);
    expect(countFiles([join(root, 'x.yaml'), join(root, 'missing')], models, 100)).toBe(0);
    expect(countFiles([join(root, 'a'), join(root, 'a', 'b')], models, 100)).toBe(5);
  });

  it('--jobs must be a whole number of at least 1', async () => {
    const r = await run(['validate', 'many', '--jobs', '0'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs');
  });
});
