// Appendix tables to items: column roles by header words, group rows as parents, ids under the
// appendix, rows that lost empty cells at their end, and the fields extraction reads from cells.

import { describe, expect, it } from 'vitest';
import { columnRoles, tableItems, tableKind } from '../src/extract/tables.js';
import { findPipeTables } from '../src/blocks/pipe-tables.js';
import { parseText } from '../src/parse.js';
import { cleanLine } from '../src/text/normalize.js';

describe('column roles', () => {
  it('reads header words, footnote marks aside', () => {
    expect(columnRoles(['TT', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì[1]', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra']))
      .toEqual(['label', 'text', 'lead', 'support', 'deadline', 'outputs']);
    expect(columnRoles(['STT', 'Đơn vị thực hiện'])).toEqual(['label', 'lead']);
  });

  it('tells a task table from a table of indicators, where "Kết quả" is the value', () => {
    expect(tableKind(['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'])).toBe('tasks');
    expect(tableKind(['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả'])).toBe('indicators');
    expect(columnRoles(['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả'])).toEqual(['label', 'indicator', 'unit', 'value']);
    expect(tableKind(['Họ và tên', 'Chức vụ'])).toBeUndefined();
  });

  it('in a table of indicators, a column headed by a year is a value for that year; one for a year before the document is not a target', () => {
    expect(columnRoles(['TT', 'Chỉ tiêu', 'Đơn vị', 'Thực hiện năm 2025', 'Năm 2027', 'Đến năm 2030', '2035']))
      .toEqual(['label', 'indicator', 'unit', undefined, 'value', 'value', 'value']);
    // a year column in a task table is nothing of the kind
    expect(columnRoles(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', '2026'])).toEqual(['label', 'text', 'lead', undefined]);
    const text = ['Hà Nội, ngày 10 tháng 3 năm 2026', '', '**KẾ HOẠCH**', '', '**II. MỤC TIÊU**', '',
      '| TT | Chỉ tiêu | Đơn vị | Năm 2024 | Năm 2027 | Năm 2030 |', '|---|---|---|---|---|---|',
      '| 1 | Tỷ lệ dân số có hồ sơ sức khỏe điện tử | % | 60 | 70 | ≥ 80 |'].join('\n');
    const [row] = parseText(text, { file: 'k.md', format: 'markdown', sha256: '0'.repeat(64) }).model.goals[0]?.items ?? [];
    expect(row?.targets?.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year])).toEqual([
      ['Tỷ lệ dân số có hồ sơ sức khỏe điện tử', '=', 70, '%', 2027],
      ['Tỷ lệ dân số có hồ sơ sức khỏe điện tử', '>=', 80, '%', 2030],
    ]);
  });
});

describe('rows to items', () => {
  const header = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Kết quả', 'Nguồn kinh phí'];
  const rows = [
    ['I', 'Hoàn thiện thể chế'],
    ['1', 'Rà soát văn bản.', 'Sở Tài chính', 'Các sở, ngành', 'Quý IV/2025', 'Báo cáo', 'Ngân sách'],
    ['2', 'Xây dựng quy định.', 'Sở Tư pháp', 'Sở Tài chính', 'Năm 2026', 'Quyết định'],
    ['II', 'Hạ tầng'],
    ['3', 'Đầu tư thiết bị.', 'Sở Khoa học và Công nghệ', '', 'Thường xuyên', 'Thiết bị', 'Ngân sách'],
  ];
  it('nests rows under their group rows, with ids under the appendix', () => {
    const items = tableItems(header, rows, [10, 11, 12, 13, 14], 'PL1');
    expect(items.map((i) => [i.id, i.title, (i.items ?? []).map((c) => c.id)])).toEqual([
      ['PL1.I', 'Hoàn thiện thể chế', ['PL1.I.1', 'PL1.I.2']],
      ['PL1.II', 'Hạ tầng', ['PL1.II.3']],
    ]);
    expect(items[0]?.items?.[1]).toMatchObject({ label: '2', text: 'Xây dựng quy định.', line: 12 });
  });

  it('a Roman-numbered row beside an open Roman group is the next group, a stray cell or not', () => {
    const roman = [
      ['I.', 'Hoàn thiện thể chế'],
      ['1.', 'Rà soát văn bản.', 'Sở Tài chính', 'Các sở, ngành', 'Quý IV/2025', 'Báo cáo', 'Ngân sách'],
      ['II.', 'Phát triển nhân lực', '', '', 'năm tiếp theo', '', ''],
      ['2.', 'Đào tạo cán bộ.', 'Sở Nội vụ', '', 'Năm 2026', 'Kế hoạch', ''],
    ];
    const items = tableItems(header, roman, [10, 11, 12, 13], 'PL1');
    expect(items.map((i) => [i.id, i.title, (i.items ?? []).map((c) => c.id)])).toEqual([
      ['PL1.I', 'Hoàn thiện thể chế', ['PL1.I.1']],
      ['PL1.II', 'Phát triển nhân lực', ['PL1.II.2']],
    ]);
    // the stray cell stays in the row's cells; with no Roman group open, such a row is a task row
    expect(items[1]?.cells).toContain('năm tiếp theo');
    expect(tableItems(header, roman.slice(2), [12, 13], 'PL1').map((i) => i.id)).toEqual(['PL1.II', 'PL1.2']);
  });

  it('a short row that is a label and a title is the next group, not the second half of the task above', () => {
    // a flattened table loses a group row's empty cells: "| II | CHỈ ĐẠO, ĐIỀU HÀNH |" after a
    // task whose text does not end with a full stop
    const short = [
      ['I', 'Cơ chế, chính sách'],
      ['1', 'Rà soát các văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Các sở, ngành', 'Năm 2026', 'Báo cáo'],
      ['II', 'Chỉ đạo, điều hành'],
      ['2', 'Chuẩn hóa các danh mục dữ liệu', 'Sở Khoa học và Công nghệ', 'Các sở, ngành', 'Năm 2026', 'Danh mục'],
      ['', 'dùng chung của tỉnh', '', '', '', ''],
    ];
    const items = tableItems(header, short, [10, 11, 12, 13, 14], 'PL1');
    expect(items.map((i) => [i.id, (i.items ?? []).map((c) => c.id)])).toEqual([['PL1.I', ['PL1.I.1']], ['PL1.II', ['PL1.II.2']]]);
    expect(items[0]?.items?.[0]).toMatchObject({ text: 'Rà soát các văn bản quy phạm pháp luật' });
    expect(items[0]?.items?.[0]?.rows).toBeUndefined();
    // an unlabeled row still continues the task above it
    expect(items[1]?.items?.[0]).toMatchObject({ text: 'Chuẩn hóa các danh mục dữ liệu dùng chung của tỉnh' });
    expect(items[1]?.items?.[0]?.rows).toHaveLength(2);
  });

  it('a row run on into the next group\'s heading and the repeated header is split; that group follows the heading over the table', () => {
    const head = ['STT', 'Nhiệm vụ', 'Văn bản giao nhiệm vụ', 'Cơ quan chủ trì thực hiện', 'Thời hạn hoàn thành'];
    const task = (n: number, lead: string): string[] => [`${n}.`, `Nhiệm vụ số ${n}.`, 'Nghị quyết số 71/NQ-CP', lead, '30/09/2025'];
    const runOn = [...task(2, 'Bộ Tài chính'), '2. Các nhiệm vụ về chuyển đổi số quá hạn', ...head.map((h) => h.toUpperCase())];
    const rows = [task(1, 'Bộ Công an'), runOn, task(1, 'Bộ Nội vụ'), task(2, 'Bộ Y tế'), ['3. Các nhiệm vụ về đổi mới sáng tạo'], task(1, 'Bộ Xây dựng')];
    const items = tableItems(head, rows, [10, 20, 30, 40, 50, 60], 'PL1.1');
    expect(items.map((i) => [i.id, (i.items ?? []).map((c) => c.id)])).toEqual([
      ['PL1.1.1', []], ['PL1.1.2', []], ['PL1.2', ['PL1.2.1', 'PL1.2.2']], ['PL1.3', ['PL1.3.1']],
    ]);
    expect(items[1]).toMatchObject({ label: '2.', text: 'Nhiệm vụ số 2.', cells: task(2, 'Bộ Tài chính'), line: 20 });
    expect(items[2]).toMatchObject({ title: 'Các nhiệm vụ về chuyển đổi số quá hạn', line: 20 });
    // under a heading that "2." does not follow, the group rows stay on the table's path
    expect(tableItems(head, rows, [10, 20, 30, 40, 50, 60], 'PL1.4').slice(2).map((i) => i.id)).toEqual(['PL1.4.2', 'PL1.4.3']);
  });

  it('a row that lost its empty last cell keeps its label, lead and deadline', () => {
    const md = ['**PHỤ LỤC**', '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.slice(1, 3).map((r) => `| ${r.join(' | ')} |`)].join('\n');
    const m = parseText(md, { file: 't.md', format: 'markdown', sha256: '0'.repeat(64) }).model;
    const row = m.tasks[0]?.items?.find((i) => i.label === '2');
    expect(row).toMatchObject({ lead: ['Sở Tư pháp'], support: ['Sở Tài chính'], deadline: { text: 'Năm 2026', due: '2026-12-31' }, outputs: ['Quyết định'] });
  });
});

describe('flattened tables that end where another begins', () => {
  // A table that ends before an appendix heading, and a "|" right after that heading: the second
  // table's first cell used to reach back over the first table, start it again, and never end.
  it('a "|" after the line that ended the table before is a table of its own, and the parse ends', () => {
    const lines = ['|', 'PHỤ LỤC bộ, ngành liên', '|'];
    const found = findPipeTables(lines, cleanLine);
    expect([...found.used].sort()).toEqual([1, 3]);
    for (const format of ['text', 'markdown'] as const) {
      const { model } = parseText(`${lines.join('\n')}\n`, { file: 'x', format, sha256: '0'.repeat(64) });
      expect(JSON.stringify(model)).toContain('PHỤ LỤC bộ, ngành liên');
    }
  });

  it('a cell inside a row of a data table may run long; after a two-column letterhead, the body ends the table', () => {
    const long = Array.from({ length: 20 }, (_, k) => `- Yêu cầu thứ ${k + 1} của nhiệm vụ, nêu rõ sản phẩm`);
    const row = (n: number, text: string[]): string[] => [String(n), '|', ...text, '|', 'Bộ Xây dựng', '|', 'Năm 2026', '|', '|'];
    const data = ['TT', '|', 'Nhiệm vụ', '|', 'Cơ quan chủ trì', '|', 'Thời gian', '|', '|', ...row(1, ['Rà soát văn bản']), ...row(2, long), ...row(3, ['Số hóa hồ sơ'])];
    const found = findPipeTables(data, cleanLine);
    const rows = found.groups.filter((g) => g.type === 'row');
    expect(rows.map((g) => (g.type === 'row' ? g.cells?.[0] : ''))).toEqual(['TT', '1', '2', '3']);
    // a letterhead: the body after its number and date runs on, and is not a cell
    const body = Array.from({ length: 20 }, (_, k) => `Nội dung kết luận dòng ${k + 1}`);
    const letterhead = ['BAN CHẤP HÀNH TRUNG ƯƠNG', '|', 'ĐẢNG CỘNG SẢN VIỆT NAM', '|', '|', 'Số 212-KL/TW', '|', 'Hà Nội, ngày 18 tháng 11 năm 2025', '|', ...body, '|', 'Nơi nhận', '|'];
    const head = findPipeTables(letterhead, cleanLine);
    expect(head.used.has(letterhead.indexOf(body[5] as string) + 1)).toBe(false);
  });

  it('every line is used by one table at most, and each "|" by some table', () => {
    const lines = ['Bộ Xây dựng', '|', 'Trung tâm', '|', '|', 'PHỤ LỤC II', '|', 'Sở Tài chính', '|', '', 'Văn bản tiếp theo.'];
    const found = findPipeTables(lines, cleanLine);
    lines.forEach((l, i) => { if (l === '|') expect(found.used.has(i + 1), `line ${i + 1}`).toBe(true); });
    const perTable = new Map<number, number[]>();
    for (const g of found.groups) for (const l of g.lines) perTable.set(l.line, [...(perTable.get(l.line) ?? []), g.type === 'row' ? g.table ?? 0 : 0]);
    for (const [line, tables] of perTable) expect(new Set(tables).size, `line ${line}`).toBe(1);
    expect(found.used.has(11)).toBe(false);
  });
});
