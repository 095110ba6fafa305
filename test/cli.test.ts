// The command line, in-process through main() and (for a few cases) through the real binary:
// inputs of every kind, outputs, diagnostics, exit codes.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, validateModel } from './helpers.js';

const EXAMPLE = 'examples/kh-chuyen-doi-so.txt';
let dir: string;

const plan = (n: number): string => `KẾ HOẠCH\nSố ${n}\n\nI. MỤC TIÊU\n1. Đến năm 2030 đạt 80% doanh nghiệp số.\n\nII. NHIỆM VỤ\n1. Xây dựng nền tảng số.\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
  mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'a.txt'), plan(1));
  writeFileSync(join(dir, 'docs', 'sub', 'b.md'), plan(2));
  writeFileSync(join(dir, 'docs', 'notes.csv'), 'x,y\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Nguy\xean t\xe9c v\xe0 ngh\xe8 nghi\xeap c\xf4ng t\xe1c', 'latin1'));
  // "Cộng hòa xã hội chủ nghĩa Việt Nam ..." in TCVN3 (ABC), the 8-bit encoding of .VnTime fonts
  writeFileSync(join(dir, 'tcvn3.txt'), Buffer.from('C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam\n\xa7\xe9c l\xadp - T\xf9 do - H\xb9nh ph\xfac\nK\xd5 ho\xb9ch ph\xb8t tri\xd3n kinh t\xd5 s\xe8\n', 'latin1'));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan(3), 'utf16le')]));
  writeFileSync(join(dir, 'crlf-bom.txt'), `\ufeff${plan(4).replace(/\n/g, '\r\n')}`);
});

describe('vanban parse', () => {
  it('parses the README example to a valid model on stdout', async () => {
    const r = await run(['parse', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# yaml-language-server: $schema=')).toBe(true);
    const model = parseYaml(r.stdout) as Record<string, unknown>;
    expect(validateModel(model)).toBe(true);
    expect((model.document as { number: string }).number).toBe('128/KH-UBND');
  });

  it('writes JSON with --format json, identical on a second run', async () => {
    const a = await run(['parse', EXAMPLE, '--format', 'json']);
    const b = await run(['parse', EXAMPLE, '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(validateModel(JSON.parse(a.stdout))).toBe(true);
  });

  it('reads a folder recursively, mirrors paths under -o, and prints a summary', async () => {
    const out = join(dir, 'out-folder');
    const r = await run(['parse', 'docs', '-o', out], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'a.yaml'))).toBe(true);
    expect(existsSync(join(out, 'sub', 'b.yaml'))).toBe(true);
    expect(existsSync(join(out, 'notes.yaml'))).toBe(false);
    expect(r.stderr).toMatch(/2 parsed, 0 failed/);
  });

  it('expands globs', async () => {
    const out = join(dir, 'out-glob');
    const r = await run(['parse', 'docs/**/*.md', '-o', out, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['b.json']);
  });

  it('a glob that matches nothing is an error naming the pattern', async () => {
    const r = await run(['parse', 'nothing/**/*.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing/**/*.md');
    expect(r.stderr).toContain('no-input-matched');
  });

  it('reads standard input with "-"', async () => {
    const r = await run(['parse', '-', '--format', 'json'], { stdin: Readable.from([Buffer.from(plan(5))]) });
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout) as { source: { file: string; format: string }; goals: unknown[] };
    expect(model.source.file).toBe('-');
    expect(model.source.format).toBe('text');
    expect(model.goals.length).toBe(1);
  });

  it('reads UTF-16 with a BOM and UTF-8 with a BOM and CRLF like plain UTF-8', async () => {
    const plain = JSON.parse((await run(['parse', '-', '--format', 'json', '--from', 'text'], { stdin: Readable.from([Buffer.from(plan(3))]) })).stdout);
    const utf16 = JSON.parse((await run(['parse', 'utf16.txt', '--format', 'json'], { cwd: dir })).stdout);
    expect(utf16.goals).toEqual(plain.goals);
    const crlf = JSON.parse((await run(['parse', 'crlf-bom.txt', '--format', 'json'], { cwd: dir })).stdout);
    expect(crlf.tasks).toEqual(plain.tasks);
  });

  it.each([
    ['empty.txt', 'empty-input'],
    ['binary.txt', 'binary-input'],
    ['latin1.txt', 'invalid-utf8'],
    ['tcvn3.txt', 'legacy-encoding'],
    ['missing.md', 'file-not-found'],
    ['docs', 'no-input-matched'],
  ])('refuses %s with %s, exit 2, no stack trace', async (file, code) => {
    const target = file === 'docs' ? 'docs/sub/none-*.md' : file;
    const r = await run(['parse', target], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code);
    expect(r.stderr).toContain(target);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('reports a bad file and still parses the others', async () => {
    const out = join(dir, 'out-mixed');
    const r = await run(['parse', 'docs/a.txt', 'empty.txt', '-o', out], { cwd: dir });
    expect(r.code).toBe(2);
    expect(existsSync(join(out, 'docs', 'a.yaml'))).toBe(true);
    expect(r.stderr).toMatch(/1 parsed, 1 failed/);
  });

  it('refuses to write over an input', async () => {
    writeFileSync(join(dir, 'self.yaml'), 'x: 1\n');
    writeFileSync(join(dir, 'self.txt'), plan(6));
    const r = await run(['parse', 'self.txt', '-o', 'self.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('output-is-input');
    expect(readFileSync(join(dir, 'self.txt'), 'utf8')).toBe(plan(6));
  });

  it('an output that cannot be written is an error, and leaves no file behind', async () => {
    // A directory under a regular file cannot be made, whoever runs the test.
    writeFileSync(join(dir, 'plain-file'), 'x');
    const r = await run(['parse', 'docs/a.txt', '-o', join(dir, 'plain-file', 'a.yaml')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('output-failed');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'plain-file'), 'utf8')).toBe('x');
  });

  it('--strict makes warnings fail with exit 1', async () => {
    const repeated = 'I. NHIỆM VỤ\n1. Xây dựng kế hoạch.\n1. Tổ chức thực hiện kế hoạch.\n';
    const plain = await run(['parse', '-', '--from', 'text'], { stdin: Readable.from([Buffer.from(repeated)]) });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/-:3:1 warning .* duplicate-label/);
    const strict = await run(['parse', '-', '--from', 'text', '--strict'], { stdin: Readable.from([Buffer.from(repeated)]) });
    expect(strict.code).toBe(1);
    expect((await run(['parse', EXAMPLE, '--strict'])).code).toBe(0);
  });

  it('speaks Vietnamese when LANG says so', async () => {
    const r = await run(['parse', 'missing.md'], { cwd: dir, env: { LANG: 'vi_VN.UTF-8' } });
    expect(r.stderr).toContain('Không tìm thấy');
    const en = await run(['parse', 'missing.md', '--lang', 'en'], { cwd: dir, env: { LANG: 'vi_VN.UTF-8' } });
    expect(en.stderr).toContain('No such file');
  });

  it('bad usage is exit 2', async () => {
    expect((await run(['parse'])).code).toBe(2);
    expect((await run(['parse', EXAMPLE, '--format', 'xml'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('vanban.config.yaml', () => {
  it('aliases are read in the text and meet their body in the index', async () => {
    const cfg = mkdtempSync(join(tmpdir(), 'vanban-cfg-'));
    writeFileSync(join(cfg, 'vanban.config.yaml'), 'bodies:\n  - name: Sở Khoa học và Công nghệ\n    aliases: [SKHCN]\n');
    mkdirSync(join(cfg, 'docs'));
    writeFileSync(join(cfg, 'docs', 'a.txt'), 'I. NHIỆM VỤ\n1. SKHCN chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch.\n2. Sở Khoa học và Công nghệ chủ trì tổ chức hội thảo.\n');
    const r = await run(['parse', 'a.txt', '--format', 'json'], { cwd: join(cfg, 'docs') });
    expect(r.code).toBe(0);
    const bodies = (JSON.parse(r.stdout) as { bodies: { name: string; lead: string[]; support: string[] }[] }).bodies;
    expect(bodies).toEqual([
      { name: 'Sở Khoa học và Công nghệ', key: 'so khoa hoc va cong nghe', lead: ['I.1', 'I.2'], support: [] },
      { name: 'Sở Tài chính', key: 'so tai chinh', lead: [], support: ['I.1'] },
    ]);
  });

  it('an invalid config is exit 2 naming the file, before any input is read', async () => {
    writeFileSync(join(dir, 'bad-config.yaml'), 'bodies: [\n');
    const r = await run(['parse', 'docs/a.txt', '--config', 'bad-config.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-config\.yaml.*config-invalid/);
    expect(r.stdout).toBe('');
  });

  it('a rule the config names that does not exist is an error, with the one it may have meant', async () => {
    writeFileSync(join(dir, 'typo-config.yaml'), 'rules:\n  task-mising-lead: off\n');
    const r = await run(['validate', 'docs/a.txt', '--config', 'typo-config.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/typo-config\.yaml error .*rules\.task-mising-lead: there is no such rule; did you mean task-missing-lead\? config-invalid/);
    writeFileSync(join(dir, 'typo-config.yaml'), 'rules:\n  spelling: off\n');
    const far = await run(['validate', 'docs/a.txt', '--config', 'typo-config.yaml', '--lang', 'en'], { cwd: dir });
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('the rules are duplicate-id, task-missing-lead,');
  });
});

describe('vanban schema and the binary', () => {
  it('prints the schema', async () => {
    const r = await run(['schema']);
    expect(JSON.parse(r.stdout).$schema).toContain('2020-12');
  });

  it('the real binary runs, with --help and --version exit 0', () => {
    const bin = join(ROOT, 'bin', 'vanban.js');
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('parse');
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const parse = spawnSync(process.execPath, [bin, 'parse', EXAMPLE, '--format', 'json'], { encoding: 'utf8', cwd: ROOT });
    expect(parse.status).toBe(0);
    expect(JSON.parse(parse.stdout).vanban).toBe(1);
  });

  it('the real binary prints no stack trace for an internal error unless --debug', () => {
    const bin = join(ROOT, 'bin', 'vanban.js');
    const r = spawnSync(process.execPath, [bin, 'parse', join(dir, 'empty.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
