// Tables laid out with spaces in plain text (src/blocks/spaced-tables.ts), as a PDF's text comes
// out when its layout is kept.

import { describe, expect, it } from 'vitest';
import { findSpacedTables } from '../src/blocks/spaced-tables.js';
import { parseText } from '../src/parse.js';
import { growth } from './helpers.js';

const TABLE = [
  'STT   Nội dung                              Cơ quan chủ trì        Thời gian hoàn thành',
  '1     Rà soát thủ tục hành chính            Sở Tư pháp             Quý II/2026',
  '2     Số hóa hồ sơ đất đai                  Sở Nông nghiệp và      Quý IV/2026',
  '                                            Môi trường',
  '',
  '3     Đào tạo kỹ năng số cho công chức      Sở Nội vụ              Năm 2026',
];

const cellsOf = (lines: string[]): string[][] => findSpacedTables(lines, new Set(), 0).groups.map((g) => g.cells ?? []);

describe('space-laid tables', () => {
  it('read cells under their column names; a line with the first column empty goes on with the row; one blank line may stand between rows', () => {
    expect(cellsOf(TABLE)).toEqual([
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
      ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Quý II/2026'],
      ['2', 'Số hóa hồ sơ đất đai', 'Sở Nông nghiệp và Môi trường', 'Quý IV/2026'],
      ['3', 'Đào tạo kỹ năng số cho công chức', 'Sở Nội vụ', 'Năm 2026'],
    ]);
    expect([...findSpacedTables(TABLE, new Set(), 0).used]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('read column names wrapped onto the lines below the header', () => {
    const lines = [
      'STT   Nội dung                          Cơ quan       Cơ quan         Thời gian',
      '                                        chủ trì       phối hợp        hoàn thành',
      '1     Xây dựng kho dữ liệu dùng chung   Văn phòng     Các phòng       Quý III/2026',
      '                                        Sở            chuyên môn',
    ];
    expect(cellsOf(lines)).toEqual([
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['1', 'Xây dựng kho dữ liệu dùng chung', 'Văn phòng Sở', 'Các phòng chuyên môn', 'Quý III/2026'],
    ]);
  });

  it('are opened only by a header of a task table or a table of indicators', () => {
    const letterhead = ['ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH HÀ TĨNH          Độc lập - Tự do - Hạnh phúc   Số 5'];
    expect(cellsOf(letterhead)).toEqual([]);
    expect(cellsOf(['Họ và tên      Chức vụ      Đơn vị công tác', 'Nguyễn Văn A   Giám đốc     Sở Tư pháp'])).toEqual([]);
    // text after the table ends it
    expect(cellsOf([...TABLE.slice(0, 2), 'Các cơ quan, đơn vị căn cứ Kế hoạch này tổ chức thực hiện.']).length).toBe(2);
  });

  it('a plan typed from a PDF gets its tasks, leads and deadlines from such a table', () => {
    const text = ['KẾ HOẠCH', 'Cải cách hành chính năm 2026', '', 'I. NHIỆM VỤ', '', ...TABLE].join('\n');
    const result = parseText(text, { file: 'k.txt', format: 'text', sha256: '0'.repeat(64) });
    const rows = result.model.tasks[0]?.items ?? [];
    expect(rows.map((r) => [r.id, r.lead, r.deadline?.due, r.line])).toEqual([
      ['I.1', ['Sở Tư pháp'], '2026-06-30', 7],
      ['I.2', ['Sở Nông nghiệp và Môi trường'], '2026-12-31', 8],
      ['I.3', ['Sở Nội vụ'], '2026-12-31', 11],
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'line-not-placed')).toEqual([]);
  });

  it('takes linear time in the number of rows and of header-like lines', () => {
    expect(growth((n) => [TABLE[0], ...Array.from({ length: n }, (_, i) => `${i + 1}     Việc ${i}      Sở Tư pháp      Quý II/2026`)].join('\n'), (s) => findSpacedTables(s.split('\n'), new Set(), 0), 8_000, 4)).toBeLessThan(8);
    expect(growth((n) => Array.from({ length: n }, () => TABLE[0]).join('\n'), (s) => findSpacedTables(s.split('\n'), new Set(), 0), 8_000, 4)).toBeLessThan(8);
  });
});
