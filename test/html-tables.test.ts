// HTML tables inside Markdown (src/read/html-tables.ts): rows and cells as a pipe table's, spans,
// line breaks, entities; the text around a table kept; linear time on hostile input.

import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlParts } from '../src/read/html-tables.js';
import { parseText } from '../src/parse.js';
import { growth } from './helpers.js';

const rowsOf = (html: string): string[][][] => (htmlParts(html) ?? []).flatMap((p) => ('rows' in p ? p.rows.map((r) => r.cells) : []));

describe('HTML tables', () => {
  it('reads rows and cells; <br> and block ends break a cell\'s lines; other tags go', () => {
    expect(rowsOf('<table><tr><th><strong>TT</strong></th><th>Nội dung</th></tr><tr><td>1</td><td><p>Sở A;<br/>Sở B</p></td></tr></table>'))
      .toEqual([[['TT'], ['Nội dung']], [['1'], ['Sở A;', 'Sở B']]]);
  });

  it('a cell spanning columns is followed by empty ones; one spanning rows is repeated below it', () => {
    const html = '<table><tr><td colspan="3">I. NHÓM</td></tr><tr><td>1</td><td rowspan="2">Sở A</td><td>Quý I/2026</td></tr><tr><td>2</td><td>Quý II/2026</td></tr></table>';
    expect(rowsOf(html)).toEqual([
      [['I. NHÓM'], [], []],
      [['1'], ['Sở A'], ['Quý I/2026']],
      [['2'], ['Sở A'], ['Quý II/2026']],
    ]);
    // a row-spanning cell in the last column is carried too
    expect(rowsOf('<tr><td>1</td><td rowspan="2">Sở A</td></tr><tr><td>2</td></tr>')).toEqual([[['1'], ['Sở A']], [['2'], ['Sở A']]]);
  });

  it('decodes entities, named and numeric, and leaves unknown ones', () => {
    expect(decodeEntities('Sở KH&amp;CN&nbsp;&#7889;&#x1EA1; &foo;')).toBe('Sở KH&CN ốạ &foo;');
  });

  it('keeps the text around a table; an HTML block with no table is none of its business', () => {
    const parts = htmlParts('<p>Trước bảng</p>\n<table><tr><td>a</td></tr></table>\n<p>Sau bảng</p>');
    expect(parts?.map((p) => ('rows' in p ? 'rows' : p.text.replace(/<[^>]*>/g, '').trim()))).toEqual(['Trước bảng', 'rows', 'Sau bảng']);
    expect(htmlParts('<div>Chỉ là một khối</div>')).toBeUndefined();
  });

  it('a task table in HTML becomes task items with their leads, deadlines and source lines', () => {
    const md = ['**PHỤ LỤC**', '', '**DANH MỤC NHIỆM VỤ**', '', '<table>', '<thead>', '<tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời hạn</th></tr>', '</thead>',
      '<tr><td colspan="4"><strong>I. HOÀN THIỆN THỂ CHẾ</strong></td></tr>',
      '<tr><td>1</td><td>Xây dựng quy chế dữ liệu</td><td rowspan="2">Sở Khoa học và Công nghệ</td><td>Quý III/2026</td></tr>',
      '<tr><td>2</td><td>Ban hành danh mục dữ liệu mở</td><td>Năm 2027</td></tr>', '</table>'].join('\n');
    const { model } = parseText(md, { file: 'x.md', format: 'markdown', sha256: '0'.repeat(64) });
    const group = model.tasks[0]?.items?.[0];
    expect(group).toMatchObject({ id: 'PL1.I', title: 'HOÀN THIỆN THỂ CHẾ', line: 9 });
    expect(group?.items?.map((i) => [i.id, i.text, i.lead, i.deadline?.due, i.line])).toEqual([
      ['PL1.I.1', 'Xây dựng quy chế dữ liệu', ['Sở Khoa học và Công nghệ'], '2026-09-30', 10],
      ['PL1.I.2', 'Ban hành danh mục dữ liệu mở', ['Sở Khoa học và Công nghệ'], '2027-12-31', 11],
    ]);
  });

  it('takes linear time on many rows, unclosed tags and huge spans', () => {
    const rows = (n: number): string => `<table>${'<tr><td>1</td><td rowspan="64" colspan="64">Sở A</td></tr>'.repeat(n)}</table>`;
    expect(growth(rows, (s) => htmlParts(s), 250, 4)).toBeLessThan(8);
    expect(growth((n) => `<table>${'<td>'.repeat(n)}`, (s) => htmlParts(s), 20_000, 4)).toBeLessThan(8);
    expect(growth((n) => `<table><tr><td>${'<'.repeat(n)}`, (s) => htmlParts(s), 50_000, 4)).toBeLessThan(8);
    expect(growth((n) => '<table'.repeat(n), (s) => htmlParts(s), 20_000, 4)).toBeLessThan(8);
    expect(growth((n) => `<table><tr>${'<td colspan=9'.repeat(n)}`, (s) => htmlParts(s), 20_000, 4)).toBeLessThan(8);
  });
});
