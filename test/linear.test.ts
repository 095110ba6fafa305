// Linear time over the whole pipeline and the extractors that had no such test, on adversarial
// input: runs of spaces and commas, long lines, thousands of nested containers, many labels, long lists of distinct bodies, big YAML models. Each test compares the
// work at n and at 4n in the same process (best of three): linear work grows about 4 times,
// quadratic work 16 times; the bound is 8. Never a wall-clock bound.

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { addressees, extractAssignment, findBodies, namesOf } from '../src/extract/bodies.js';
import { tableItems } from '../src/extract/tables.js';
import { parseText } from '../src/parse.js';
import { toYaml } from '../src/serialize/output.js';
import { loadYaml } from '../src/validate/yaml-package.js';
import { growth, run } from './helpers.js';

const BOUND = 8;
const parse = (format: 'markdown' | 'text') => (text: string): unknown => parseText(text, { file: 'x', format, sha256: '0'.repeat(64) });
const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');

describe('the whole parse, on adversarial documents', () => {
  // sizes per format (text, Markdown): large enough that the smaller run takes tens of milliseconds
  const inputs: [string, (n: number) => string, number, number][] = [
    ['100,000 spaces', (n) => `1. Sở Tài chính${' '.repeat(n)}chủ trì, đạt 30% năm 2025`, 200_000, 100_000],
    ['50,000 commas', (n) => `1. Giao Sở Tài chính${','.repeat(n)} chủ trì`, 100_000, 50_000],
    ['a 1 MB single line', (n) => 'Sở Tài chính chủ trì, đạt 30% vào Quý IV/2025 theo Nghị quyết số 57-NQ/TW; '.repeat(Math.ceil(n / 80)), 1 << 17, 1 << 16],
    ['10,000 nested list levels on one line', (n) => `${'- '.repeat(n)}Sở Tài chính chủ trì`, 20_000, 10_000],
    ['10,000 nested quotes on one line', (n) => `${'> '.repeat(n)}Sở Tài chính chủ trì`, 20_000, 10_000],
    ['10,000 nested numbered items on one line', (n) => `${'1. '.repeat(n)}Sở Tài chính chủ trì`, 20_000, 10_000],
    ['nesting by indentation, a level a line', (n) => lines(n, (i) => `${' '.repeat(2 * (i % 50))}- mục ${i}`), 500, 100],
    ['quotes deepening line by line', (n) => lines(n, (i) => `${'>'.repeat(i % 200)} a`), 1_000, 250],
    ['100,000 labels', (n) => lines(n, (i) => `${i + 1}. Nhiệm vụ ${i}`), 2_500, 1_000],
    ['an emphasis run', (n) => `${'*'.repeat(n)}a${'*'.repeat(n)}`, 20_000, 2_500],
    ['unclosed brackets', (n) => '['.repeat(n), 100_000, 12_500],
    ['a table of many rows', (n) => `| Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|\n${lines(n, (i) => `| Việc ${i} | Sở Tài chính | Quý IV/2025 |`)}`, 500, 250],
    ['a flattened table of many rows', (n) => `TT\nNội dung\nCơ quan chủ trì\nThời gian\n${lines(n, (i) => `${i + 1}\nViệc ${i}\nSở Tài chính\nQuý IV/2025`)}`, 250, 250],
    ['headings in a row', (n) => lines(n, (i) => `## ${i}. MỤC TIÊU`), 1_000, 1_000],
    ['a table typed one row a line', (n) => `TT | Nội dung | Cơ quan chủ trì\n${lines(n, (i) => `${i + 1} | Việc ${i} | Sở Tài chính`)}`, 1_000, 500],
    ['lines that each go on from the one before', (n) => `Mở đầu\n${lines(n, (i) => `tiếp tục ${i}`)}`, 2_000, 1_000],
    ['an HTML table of many rows', (n) => `<table>\n<tr><th>TT</th><th>Nội dung</th><th>Cơ quan chủ trì</th></tr>\n${lines(n, (i) => `<tr><td>${i + 1}</td><td>Việc ${i}</td><td rowspan="3">Sở Tài chính</td></tr>`)}\n</table>`, 1_000, 500],
    ['a grid table of many rows', (n) => `+---+---+---+\n| TT | Nội dung | Cơ quan chủ trì |\n+===+===+===+\n${lines(n, (i) => `| ${i + 1} | Việc ${i} | Sở Tài chính |\n|   | tiếp ${i} |   |\n+---+---+---+`)}`, 500, 250],
    ['a space-laid table of many rows', (n) => `STT   Nội dung      Cơ quan chủ trì      Thời gian\n${lines(n, (i) => `${i + 1}     Việc ${i}      Sở Tài chính      Quý IV/2025\n      tiếp ${i}`)}`, 1_000, 500],
    ['a table row wrapped over many lines', (n) => `TT | Nội dung | Cơ quan chủ trì\n1 | Việc | Sở\n2 | Việc\n${lines(n, (i) => `tiếp ${i}`)} | Sở`, 2_000, 1_000],
  ];
  it.each(inputs)('text: %s', (_name, make, n) => {
    expect(growth(make, parse('text'), n, 4)).toBeLessThan(BOUND);
  });
  it.each(inputs)('markdown: %s', (_name, make, _n, n) => {
    expect(growth(make, parse('markdown'), n, 4)).toBeLessThan(BOUND);
  });
});

describe('responsible bodies, on adversarial text', () => {
  const inputs: [string, (n: number) => string, number][] = [
    ['100,000 spaces', (n) => `Giao Sở Tài chính${' '.repeat(n)}chủ trì`, 200_000],
    ['50,000 commas', (n) => `Sở Tài chính${', '.repeat(n)} chủ trì`, 50_000],
    ['a long list of distinct bodies', (n) => `Giao ${Array.from({ length: n }, (_, i) => `Sở Ngành ${i}`).join(', ')} chủ trì, phối hợp với ${Array.from({ length: n }, (_, i) => `Ban Số ${i}`).join(', ')}`, 2_000],
    ['head nouns without names', (n) => 'Sở Bộ Ban Ủy ban '.repeat(n), 2_500],
  ];
  for (const [fn, f] of [['extractAssignment', extractAssignment], ['findBodies', findBodies], ['namesOf', namesOf], ['addressees', addressees]] as const) {
    it.each(inputs)(`${fn} on %s`, (_name, make, n) => {
      expect(growth(make, f as (s: string) => unknown, n, 4)).toBeLessThan(BOUND);
    });
  }
});

describe('tables and YAML, at scale', () => {
  it('tableItems on a task table of many rows', () => {
    const header = ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];
    const make = (n: number): string => String(n);
    const items = (s: string): unknown => {
      const n = Number(s);
      const rows = Array.from({ length: n }, (_, i) => [String(i + 1), `Việc ${i}`, `Sở Ngành ${i}`, 'Các sở, ngành', 'Quý IV/2025']);
      return tableItems(header, rows, rows.map((_, i) => i + 2), 'PL1');
    };
    expect(growth(make, items, 2_000, 4)).toBeLessThan(BOUND);
  });

  it('reading a YAML model with many items', () => {
    const model = (n: number): string => toYaml(parseText(lines(n, (i) => `${i + 1}. Sở Ngành ${i} chủ trì việc ${i}, hoàn thành Quý IV/2025.`), { file: 'x', format: 'text', sha256: '0'.repeat(64) }).model);
    expect(growth(model, loadYaml, 500, 4)).toBeLessThan(BOUND);
  });

  it('validate: a model with an error on every item costs linear time to report', async () => {
    const yaml = (n: number): string => {
      const text = lines(n, (i) => `${i + 1}. Sở Ngành ${i} chủ trì việc ${i}.`);
      const model = toYaml(parseText(text, { file: 'x', format: 'text', sha256: '0'.repeat(64) }).model);
      return model.replace(/^( {4})line: \d+$/gm, '$1line: -1');
    };
    const time = async (text: string): Promise<number> => {
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        const result = await run(['validate', '-', '--reporter', 'json'], { stdin: Readable.from([Buffer.from(text)]) });
        best = Math.min(best, performance.now() - t0);
        expect(result.code).toBe(1);
      }
      return Math.max(best, 1);
    };
    const [small, large] = [yaml(300), yaml(1_200)];
    expect(small.split('line: -1').length).toBeGreaterThan(300);
    await time(small);
    expect((await time(large)) / (await time(small))).toBeLessThan(BOUND);
  });
});
