// Files that cannot be read or written: a full disk, a read-only folder, a permission refused,
// symbolic link loops, UTF-16 without a BOM. Failures are simulated where the test cannot make
// them for real (a full disk; permissions, which do not bind a superuser): the file system calls
// of the product throw the error the system would.

import * as realFs from 'node:fs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { run, validateModel } from './helpers.js';

/** The next write (or read) of a path containing `match` fails with `code`, after writing part of the data. */
const failing = vi.hoisted(() => ({ write: undefined as { match: string; code: string } | undefined, read: undefined as { match: string; code: string } | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const error = (code: string, path: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated, ${path}`), { code });
  const writeFileSync: typeof fs.writeFileSync = (file, data, options) => {
    const f = failing.write;
    if (f && String(file).includes(f.match)) {
      // the disk fills up part of the way through
      fs.writeFileSync(file, String(data).slice(0, 100), options);
      throw error(f.code, String(file));
    }
    return fs.writeFileSync(file, data, options);
  };
  const readFileSync = ((file: realFs.PathOrFileDescriptor, options?: unknown) => {
    const f = failing.read;
    if (f && String(file).includes(f.match)) throw error(f.code, String(file));
    return (fs.readFileSync as (a: unknown, b?: unknown) => unknown)(file, options);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, writeFileSync, readFileSync }, writeFileSync, readFileSync };
});

let dir: string;
const PLAN = 'KẾ HOẠCH\nSố 12/KH-UBND\n\nI. MỤC TIÊU\n1. Đến năm 2030 đạt 80% doanh nghiệp số.\n\nII. NHIỆM VỤ\n1. Sở Tài chính chủ trì xây dựng nền tảng số.\n';
const NO_STACK = /\n\s+at .+:\d+:\d+/;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-files-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'a.txt'), PLAN);
  writeFileSync(join(dir, 'docs', 'b.txt'), PLAN.replace('12/KH', '13/KH'));
});

afterEach(() => {
  failing.write = undefined;
  failing.read = undefined;
});

describe('outputs that cannot be written', () => {
  it.each(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EIO'])('%s: exit 2 naming the output, no partial file, the old output kept', async (code) => {
    const out = join(dir, `out-${code}`);
    mkdirSync(out);
    writeFileSync(join(out, 'a.yaml'), 'previous: content\n');
    failing.write = { match: 'a.yaml.vanban-tmp-', code };
    const r = await run(['parse', 'docs', '-o', out], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^docs/a\\.txt error Cannot write the output ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/a\\.yaml: ${code} output-failed$`, 'm'));
    expect(r.stderr).not.toMatch(NO_STACK);
    // the output it could not write is as it was, and no temporary file is left beside it
    expect(readFileSync(join(out, 'a.yaml'), 'utf8')).toBe('previous: content\n');
    expect(readdirSync(out).sort()).toEqual(['a.yaml', 'b.yaml']);
    // the other input was still written, whole
    expect(validateModel(parseYaml(readFileSync(join(out, 'b.yaml'), 'utf8')))).toBe(true);
  });

  it('a report that cannot be written (validate -o) is exit 2 naming it, not a crash', async () => {
    await run(['parse', 'docs/a.txt', '-o', 'model.yaml'], { cwd: dir });
    failing.write = { match: 'report.json.vanban-tmp-', code: 'ENOSPC' };
    const r = await run(['validate', 'model.yaml', '--reporter', 'json', '-o', 'report.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/report\.json.*ENOSPC.* output-failed$/m);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(readdirSync(dir).filter((f) => f.includes('report'))).toEqual([]);
  });

  it('an output folder that does not exist is made; one under a file is exit 2', async () => {
    const r = await run(['parse', 'docs/a.txt', '-o', join(dir, 'new', 'deeper', 'a.yaml')], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'new', 'deeper', 'a.yaml'))).toBe(true);
    writeFileSync(join(dir, 'a-file'), 'x');
    const bad = await run(['parse', 'docs', '-o', join(dir, 'a-file', 'out')], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr.match(/output-failed$/gm)?.length).toBe(2);
  });

  it('-o pointing at an input is refused, in a batch too, and the input is kept', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-self-'));
    writeFileSync(join(area, 'plan.yaml'), PLAN);
    const r = await run(['parse', 'plan.yaml', '--from', 'text', '-o', 'plan.yaml'], { cwd: area });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('output-is-input');
    expect(readFileSync(join(area, 'plan.yaml'), 'utf8')).toBe(PLAN);
    // a folder of sources and models side by side: each source's output would be another input
    mkdirSync(join(area, 'docs'));
    writeFileSync(join(area, 'docs', 'x.txt'), PLAN);
    writeFileSync(join(area, 'docs', 'x.yaml'), 'keep: me\n');
    const batch = await run(['parse', 'docs', 'docs/x.yaml', '--from', 'text', '-o', 'docs'], { cwd: area });
    expect(batch.code).toBe(2);
    expect(readFileSync(join(area, 'docs', 'x.yaml'), 'utf8')).toBe('keep: me\n');
  });
});

describe('inputs that cannot be read', () => {
  it('a file the system refuses to read (EACCES) is exit 2 naming it, and the others are parsed', async () => {
    failing.read = { match: 'a.txt', code: 'EACCES' };
    const r = await run(['parse', 'docs', '-o', 'out-eacces'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^docs\/a\.txt error Cannot read the file: EACCES unreadable-input$/m);
    expect(existsSync(join(dir, 'out-eacces', 'b.yaml'))).toBe(true);
    const v = await run(['validate', 'docs/a.txt'], { cwd: dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/^docs\/a\.txt error Cannot read the file: EACCES unreadable-input$/m);
  });

  it('symbolic link loops: a folder or glob search ends (a loop is followed once), a named link loop is exit 2 naming it', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-loop-'));
    mkdirSync(join(area, 'docs', 'sub'), { recursive: true });
    writeFileSync(join(area, 'docs', 'sub', 'a.txt'), PLAN);
    symlinkSync('..', join(area, 'docs', 'sub', 'up'));
    symlinkSync('loop-b.txt', join(area, 'docs', 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(area, 'docs', 'loop-b.txt'));
    for (const cmd of ['parse', 'validate']) {
      for (const input of [['docs'], ['docs/**/*.txt'], ['docs', 'docs/**/*.txt']]) {
        const r = await run([cmd, ...input], { cwd: area });
        expect(r.code, `${cmd} ${input.join(' ')}: ${r.stderr}`).toBe(0);
      }
      const named = await run([cmd, 'docs/loop-a.txt', 'docs/sub/a.txt'], { cwd: area });
      expect(named.code, cmd).toBe(2);
      expect(named.stderr, cmd).toMatch(/^docs\/loop-a\.txt error Cannot read the file: ELOOP.* unreadable-input$/m);
      expect(named.stderr, cmd).not.toMatch(NO_STACK);
    }
  });

  it('folders are searched through symbolic links, and a file reached twice is read once', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-links-'));
    mkdirSync(join(area, 'shared'));
    mkdirSync(join(area, 'docs'));
    writeFileSync(join(area, 'shared', 'plan.txt'), PLAN);
    symlinkSync(join('..', 'shared', 'plan.txt'), join(area, 'docs', 'linked.txt'));
    symlinkSync(join('..', 'shared'), join(area, 'docs', 'more'));
    const v = await run(['validate', 'docs', 'shared', '--reporter', 'json'], { cwd: area });
    expect(v.code, v.stderr).toBe(0);
    // docs/linked.txt and docs/more/plan.txt and shared/plan.txt are one file: checked once, under the first
    expect((JSON.parse(v.stdout) as { files: string[] }).files).toEqual(['docs/linked.txt']);
    const p = await run(['parse', 'docs', '-o', 'out/'], { cwd: area });
    expect(p.code, p.stderr).toBe(0);
    expect(readdirSync(join(area, 'out'))).toEqual(['linked.yaml']);
  });

  it('UTF-16 without a BOM, either byte order, reads like UTF-8', async () => {
    const area = mkdtempSync(join(tmpdir(), 'vanban-utf16-'));
    const le = Buffer.from(PLAN, 'utf16le');
    const be = Buffer.from(le).swap16();
    writeFileSync(join(area, 'le.txt'), le);
    writeFileSync(join(area, 'be.txt'), be);
    writeFileSync(join(area, 'u8.txt'), PLAN);
    const models = await Promise.all(['le.txt', 'be.txt', 'u8.txt'].map(async (f) => {
      const r = await run(['parse', f, '--format', 'json'], { cwd: area });
      expect(r.code, f).toBe(0);
      const m = JSON.parse(r.stdout) as { source: unknown; document: unknown; tasks: unknown };
      return { document: m.document, tasks: m.tasks };
    }));
    expect(models[0]).toEqual(models[2]);
    expect(models[1]).toEqual(models[2]);
  });
});
