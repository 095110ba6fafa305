// Hostile YAML and oversized input, as a pull request from a stranger may bring them to CI:
// alias bombs and nesting refused (exit 2), tags never run, prototype keys inert, duplicate keys
// reported, size limits from --max-size or vanban.config.yaml, standard input read only so far.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadYaml } from '../src/validate/yaml-package.js';
import { ROOT, run } from './helpers.js';

let dir: string;
let good: string;
const NO_STACK = /\n\s+at .+:\d+:\d+/;

interface Finding { code: string; file: string; line: number; column: number }
const findings = (stdout: string): Finding[] => (JSON.parse(stdout) as { diagnostics: Finding[] }).diagnostics;

/** A billion-laughs file: `levels` anchors, each a list of ten aliases of the one before. */
function laughs(levels: number): string {
  const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** Best of three timings of fn. */
function best(fn: () => unknown): number {
  let t = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn();
    t = Math.min(t, performance.now() - t0);
  }
  return Math.max(t, 1);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-hostile-'));
  good = (await run(['parse', join(ROOT, 'examples', 'kh-chuyen-doi-so.txt')])).stdout;
  writeFileSync(join(dir, 'good.yaml'), good);
});

describe('hostile YAML in validate', () => {
  it('an alias bomb is refused with exit 2 naming the file, and the others are still checked', async () => {
    writeFileSync(join(dir, 'bomb.yaml'), laughs(9));
    const r = await run(['validate', 'bomb.yaml', 'good.yaml', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bomb\.yaml error .*aliases too many times.* yaml-alias-limit$/m);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(JSON.parse(r.stdout).files).toEqual(['bomb.yaml', 'good.yaml']);
  });

  it('a bomb of 10^30 expansions costs about what the same text without aliases does: expansion stops at the limit', () => {
    const huge = laughs(30);
    const plain = huge.replace(/\*l\d+/g, 'lol').replace(/&l\d+ /g, '');
    expect(plain.length).toBeGreaterThan(huge.length * 0.6);
    const ratio = best(() => loadYaml(huge)) / best(() => loadYaml(plain));
    expect(loadYaml(huge).errors.map((e) => e.kind)).toEqual(['alias-limit']);
    expect(ratio).toBeLessThan(5);
  });

  it('nesting deep enough to exhaust the stack is refused with exit 2, not a crash', async () => {
    writeFileSync(join(dir, 'deep-flow.yaml'), `vanban: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    let block = 'other:\n';
    for (let i = 0, ind = ''; i < 5000; i++, ind += '  ') block += `${ind}- items:\n`;
    writeFileSync(join(dir, 'deep-block.yaml'), `${block}\n`);
    for (const file of ['deep-flow.yaml', 'deep-block.yaml']) {
      const r = await run(['validate', file], { cwd: dir });
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toMatch(new RegExp(`^${file.replace('.', '\\.')} error .*nested too deeply.* yaml-too-deep$`, 'm'));
      expect(r.stderr).not.toMatch(NO_STACK);
    }
  });

  it('tags are never run, not even known ones, and each is reported at its line', async () => {
    const marker = join(dir, 'tag-ran');
    const tags = [
      `note: !!js/function "function () { require('fs').writeFileSync('${marker}', 'x') }"`,
      'blob: !!binary aGVsbG8=',
      'set: !!set {a, b}',
      'when: !!timestamp 2025-01-01',
      'mine: !custom value',
    ];
    writeFileSync(join(dir, 'tags.yaml'), good.replace('vanban: 1\n', `vanban: 1\n${tags.join('\n')}\n`));
    const r = await run(['validate', 'tags.yaml', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(existsSync(marker)).toBe(false);
    const lines = findings(r.stdout).filter((d) => d.code === 'yaml-tag').map((d) => d.line);
    expect(lines).toEqual([3, 4, 5, 6, 7]);
    // and nothing of a tag survives as anything but plain data
    expect(loadYaml(tags.join('\n')).value).toBeUndefined();
  });

  it('__proto__, constructor and prototype keys are plain keys: reported, never merged into objects', async () => {
    const hostile = good
      .replace('vanban: 1\n', 'vanban: 1\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n')
      .replace(/\n(\s+)- id: /, '\n$1- __proto__: {polluted: yes}\n$1  id: ');
    writeFileSync(join(dir, 'proto.yaml'), hostile);
    const r = await run(['validate', 'proto.yaml', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const extra = findings(r.stdout).filter((d) => d.code === 'schema-additional');
    expect(extra.map((d) => d.line)).toEqual(expect.arrayContaining([3, 5]));
    expect(extra.length).toBeGreaterThanOrEqual(3);
    const value = loadYaml(hostile).value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toContain('__proto__');
  });

  it('a list or a map used as a key is reported by the schema, with no runtime warning on the terminal', async () => {
    const warnings: string[] = [];
    const listen = (w: Error): void => { warnings.push(w.message); };
    process.on('warning', listen);
    writeFileSync(join(dir, 'complex-key.yaml'), good.replace('vanban: 1\n', 'vanban: 1\n? [a, b]\n: 1\n? {c: d}\n: 2\n'));
    const r = await run(['validate', 'complex-key.yaml', '--reporter', 'json'], { cwd: dir });
    await new Promise((done) => setImmediate(done));
    process.off('warning', listen);
    expect(r.code).toBe(1);
    expect(findings(r.stdout).filter((d) => d.code === 'schema-additional').length).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('a hostile vanban.config.yaml is refused naming the file (it comes with the change under review)', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-hostile-config-'));
    writeFileSync(join(area, 'good.yaml'), good);
    for (const config of [laughs(9), 'rules: !!js/function "x"\n', 'rules:\n  __proto__: error\n  __proto__: error\n']) {
      writeFileSync(join(area, 'vanban.config.yaml'), config);
      const r = await run(['validate', 'good.yaml'], { cwd: area });
      expect(r.code, config).toBe(2);
      expect(r.stderr, config).toMatch(/vanban\.config\.yaml(:\d+:\d+)? error .* config-invalid$/m);
      expect(r.stderr).not.toMatch(NO_STACK);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('size limits', () => {
  it('a 100 MB file is refused before it is read (exit 2); --max-size and maxSize in the config move the limit', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-size-'));
    writeFileSync(join(area, 'huge.yaml'), '');
    truncateSync(join(area, 'huge.yaml'), 100 * 1024 * 1024); // sparse: no disk used
    writeFileSync(join(area, 'good.yaml'), good);
    for (const cmd of ['validate', 'parse']) {
      const r = await run([cmd, 'huge.yaml'], { cwd: area });
      expect(r.code, cmd).toBe(2);
      expect(r.stderr, cmd).toMatch(/^huge\.yaml error The file is too large \(104857600 bytes, limit 67108864 bytes\).* input-too-large$/m);
    }
    const size = Buffer.byteLength(good);
    const flag = await run(['validate', 'good.yaml', '--max-size', String(size - 1)], { cwd: area });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('input-too-large');
    expect((await run(['validate', 'good.yaml', '--max-size', String(size)], { cwd: area })).code).toBe(0);
    writeFileSync(join(area, 'vanban.config.yaml'), 'maxSize: 1KB\n');
    expect((await run(['validate', 'good.yaml'], { cwd: area })).stderr).toContain('limit 1024 bytes');
    expect((await run(['parse', 'good.yaml', '--from', 'text'], { cwd: area })).stderr).toContain('limit 1024 bytes');
    // the flag wins over the config
    expect((await run(['validate', 'good.yaml', '--max-size', '1MB'], { cwd: area })).code).toBe(0);
    writeFileSync(join(area, 'vanban.config.yaml'), 'maxSize: lots\n');
    const bad = await run(['validate', 'good.yaml'], { cwd: area });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('maxSize');
  });

  it('standard input is read only up to the limit: an endless stream ends in exit 2, not a hang or a crash', async () => {
    for (const cmd of ['validate', 'parse']) {
      let sent = 0;
      const endless = new Readable({
        read() {
          sent += 65536;
          this.push(Buffer.alloc(65536, 0x61));
        },
      });
      const r = await run([cmd, '-', '--max-size', '1MB'], { stdin: endless });
      expect(r.code, cmd).toBe(2);
      expect(r.stderr, cmd).toMatch(/^- error The file is too large \(limit 1048576 bytes\).* input-too-large$/m);
      expect(sent, cmd).toBeLessThan(4 * 1024 * 1024);
    }
  });
});

describe('the config file key', () => {
  it('maxSize accepts a number of bytes or a size with a unit', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-size-config-'));
    mkdirSync(join(area, 'docs'));
    writeFileSync(join(area, 'docs', 'a.txt'), 'KẾ HOẠCH\nI. MỤC TIÊU\n1. Đạt 30% năm 2025.\n');
    for (const [value, code] of [['10', 2], ['2000', 0], ['"2KB"', 0], ['0', 2], ['-5', 2], ['1.5', 2]] as const) {
      writeFileSync(join(area, 'vanban.config.yaml'), `maxSize: ${value}\n`);
      const r = await run(['parse', 'docs/a.txt'], { cwd: area });
      expect(r.code, value).toBe(code);
    }
    expect(readFileSync(join(area, 'docs', 'a.txt'), 'utf8')).toContain('KẾ HOẠCH');
  });
});
