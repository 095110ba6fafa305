// Tables ruled with dashes (src/blocks/dash-tables.ts), as pandoc writes a Word table to Markdown
// or plain text: multiline tables (rows parted by blank lines) and simple tables (a row a line).

import { describe, expect, it } from 'vitest';
import { findDashTables } from '../src/blocks/dash-tables.js';
import type { SourceFormat } from '../src/model/types.js';
import { parseText } from '../src/parse.js';
import { stripInlineMarkup } from '../src/text/markup.js';
import { growth } from './helpers.js';

const MULTILINE = [
  '  -----------------------------------------------------------------------',
  '  **TT**   **Nhiệm vụ**               **Chủ trì**      **Thời gian**',
  '  -------- -------------------------- ---------------- ------------------',
  '  1        Biên soạn tài liệu          Sở Khoa học và   Quý I/2026',
  '           hướng dẫn kỹ năng số        Công nghệ',
  '',
  '  2        Tổ chức lớp bồi dưỡng cho   Sở Nội vụ        Quý II/2026',
  '           cán bộ cấp xã',
  '  -----------------------------------------------------------------------',
];

const parse = (text: string, format: SourceFormat = 'markdown') => parseText(text, { file: format === 'text' ? 'x.txt' : 'x.md', format, sha256: '0'.repeat(64) });
const doc = (...table: string[]): string => ['**KẾ HOẠCH**', '', '**Bồi dưỡng kỹ năng số**', '', '**I. NHIỆM VỤ**', '', ...table, '', '**II. TỔ CHỨC THỰC HIỆN**', '', 'Sở Nội vụ theo dõi, đôn đốc.'].join('\n');

describe('dash-ruled tables', () => {
  it('a multiline table: the column rule gives the columns, a blank line parts the rows, wrapped cells are joined', () => {
    const { groups, used } = findDashTables(MULTILINE, stripInlineMarkup, new Set(), 0);
    expect(groups.map((g) => [g.headerRow, g.cells])).toEqual([
      [true, ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian']],
      [false, ['1', 'Biên soạn tài liệu hướng dẫn kỹ năng số', 'Sở Khoa học và Công nghệ', 'Quý I/2026']],
      [false, ['2', 'Tổ chức lớp bồi dưỡng cho cán bộ cấp xã', 'Sở Nội vụ', 'Quý II/2026']],
    ]);
    expect([...used]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each(['markdown', 'text'] as const)('a task table in one becomes task items, every line of it read (%s)', (format) => {
    // pandoc's plain text has no markup (the columns stay where they are)
    const text = doc(...MULTILINE);
    const result = parse(format === 'text' ? text.replace(/\*\*([^*]+)\*\*/g, '$1    ') : text, format);
    const rows = result.model.tasks[0]?.items ?? [];
    expect(rows.map((i) => [i.text, i.lead, i.deadline?.due, i.line])).toEqual([
      ['Biên soạn tài liệu hướng dẫn kỹ năng số', ['Sở Khoa học và Công nghệ'], '2026-03-31', 10],
      ['Tổ chức lớp bồi dưỡng cho cán bộ cấp xã', ['Sở Nội vụ'], '2026-06-30', 13],
    ]);
    expect(result.model.implementation.map((i) => i.text)).toEqual(['Sở Nội vụ theo dõi, đôn đốc.']);
    expect(result.diagnostics.filter((d) => d.code === 'line-not-placed')).toEqual([]);
  });

  it('a simple table: the header right above the rule, a row a line, to the blank line', () => {
    const simple = ['TT   Nhiệm vụ               Cơ quan chủ trì   Thời hạn', '---- ---------------------- ----------------- ----------', '1    Số hóa hồ sơ hộ tịch   Sở Tư pháp        Năm 2027', '2    Cập nhật dữ liệu đất   Sở Nông nghiệp    Quý IV/2026', '', 'Văn bản tiếp theo.'];
    const { groups, used } = findDashTables(simple, (s) => s, new Set(), 0);
    expect(groups.map((g) => g.cells)).toEqual([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      ['1', 'Số hóa hồ sơ hộ tịch', 'Sở Tư pháp', 'Năm 2027'],
      ['2', 'Cập nhật dữ liệu đất', 'Sở Nông nghiệp', 'Quý IV/2026'],
    ]);
    expect([...used]).toEqual([1, 2, 3, 4]);
  });

  it('a headerless one, as pandoc writes the recipients beside the signature: the closing block', () => {
    const closing = [
      '  ----------------------------------- -----------------------------------',
      '  **Nơi nhận:**                       **TM. ỦY BAN NHÂN DÂN**',
      '  \\- Bộ Khoa học và Công nghệ;        **KT. CHỦ TỊCH**',
      '  \\- Lưu: VT.                         **PHÓ CHỦ TỊCH**',
      '',
      '                                      **Trần Song Tùng**',
      '  ----------------------------------- -----------------------------------',
    ];
    const { document } = parse(doc(...MULTILINE, '', ...closing)).model;
    expect(document.signer).toMatchObject({ name: 'Trần Song Tùng', role: 'Phó Chủ tịch' });
    expect(document.recipients).toEqual(['Bộ Khoa học và Công nghệ', 'Lưu: VT']);
  });

  it('leaves alone what only looks like one: a rule under a heading, one run of dashes, a rule with no end', () => {
    const none = (lines: string[]): number => findDashTables(lines, (s) => s, new Set(), 0).groups.length;
    expect(none(['Tiêu đề', '-------', 'Đoạn văn.'])).toBe(0);
    expect(none(['Một đoạn văn.', '', '-----------------------------', '', 'Đoạn khác.'])).toBe(0);
    expect(none(['', '---- ----------', 'a    b', '', '', 'Đoạn văn.'])).toBe(0);
    // the rules under a two-column letterhead's lines
    expect(none(['ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH AN GIANG                    Độc lập - Tự do - Hạnh phúc', '   -------                        ---------------', 'Số: 12/KH-UBND                 An Giang, ngày 05 tháng 3 năm 2025'])).toBe(0);
  });

  it('takes linear time in the number of rows', () => {
    const make = (n: number): string => [MULTILINE[0], MULTILINE[1], MULTILINE[2], ...Array.from({ length: n }, () => [MULTILINE[3], MULTILINE[4], '']).flat(), MULTILINE[8]].join('\n');
    expect(growth(make, (s) => findDashTables(s.split('\n'), (x) => x, new Set(), 0), 2_000, 4)).toBeLessThan(8);
  });
});
