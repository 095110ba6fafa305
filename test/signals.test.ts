// Ctrl-C during a batch, through the real binary: the run stops between files with exit 130, no
// temporary file is left, and every output that exists is whole.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, validateModel } from './helpers.js';

const BIN = join(ROOT, 'bin', 'vanban.js');
const COUNT = 400;
let dir: string;

/** A plan of a few dozen items; each file differs so that no work is shared between them. */
function plan(n: number): string {
  const tasks = Array.from({ length: 40 }, (_, i) => `${i + 1}. Sở Tài chính chủ trì, phối hợp với các sở, ngành triển khai nhiệm vụ ${n}.${i}; hoàn thành trong Quý IV/2026.`);
  return `ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n\nSố: ${n}/KH-UBND\n\nKẾ HOẠCH\nThực hiện chuyển đổi số năm ${2025 + (n % 5)}\n\nI. MỤC TIÊU\n1. Đến năm 2030 có ít nhất ${n % 90}% doanh nghiệp ứng dụng công nghệ số.\n\nII. NHIỆM VỤ\n${tasks.join('\n')}\n`;
}

function walk(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Starts `vanban parse docs -o out`, sends SIGINT once the first output exists, resolves with the exit. */
function interrupted(args: string[], ready: () => boolean, signal: NodeJS.Signals = 'SIGINT'): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, LANG: 'en_US.UTF-8' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const poll = setInterval(() => {
      if (ready()) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => { clearInterval(poll); resolve({ code, stderr }); });
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-signal-'));
  mkdirSync(join(dir, 'docs'));
  for (let n = 1; n <= COUNT; n++) writeFileSync(join(dir, 'docs', `kh-${String(n).padStart(4, '0')}.txt`), plan(n));
});

describe('an interrupted batch', () => {
  it('Ctrl-C during parse -o: exit 130, stopped early, no temporary file, every output whole', async () => {
    const out = join(dir, 'out');
    const r = await interrupted(['parse', 'docs', '-o', out], () => walk(out).length > 0);
    expect(r.code).toBe(130);
    const written = walk(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(COUNT);
    expect(written.filter((f) => !f.endsWith('.yaml'))).toEqual([]);
    for (const file of written) {
      const model = parseYaml(readFileSync(file, 'utf8')) as { source: { file: string } };
      expect(validateModel(model), file).toBe(true);
    }
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('a cancelled CI job (SIGTERM) stops the same way, with exit 143', async () => {
    const out = join(dir, 'out-term');
    const r = await interrupted(['parse', 'docs', '-o', out, '--format', 'json'], () => walk(out).length > 0, 'SIGTERM');
    expect(r.code).toBe(143);
    const written = walk(out);
    expect(written.length).toBeLessThan(COUNT);
    for (const file of written) expect(validateModel(JSON.parse(readFileSync(file, 'utf8'))), file).toBe(true);
  });
});
