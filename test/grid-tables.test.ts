// Grid tables in Markdown (src/read/grid-tables.ts), as pandoc writes a table whose cells wrap.

import { describe, expect, it } from 'vitest';
import { gridRows, isGridTable } from '../src/read/grid-tables.js';
import { parseText } from '../src/parse.js';
import { growth } from './helpers.js';

const TABLE = [
  '+-----+--------------------------------+-------------------+--------------+',
  '| TT  | Nhiệm vụ                       | Cơ quan chủ trì   | Thời hạn     |',
  '+=====+================================+===================+==============+',
  '| 1   | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và | Quý IV/2026  |',
  '|     | dùng chung của tỉnh            | Môi trường        |              |',
  '+-----+--------------------------------+-------------------+--------------+',
  '| 2   | Số hóa hồ sơ hộ tịch           | Sở Tư pháp        | Năm 2027     |',
  '+-----+--------------------------------+-------------------+--------------+',
];

describe('grid tables', () => {
  it('are told from other text by their borders', () => {
    expect(isGridTable(TABLE)).toBe(true);
    expect(isGridTable(['+ Nâng cấp hệ thống mạng', '+ Số hóa hồ sơ'])).toBe(false);
    expect(isGridTable([TABLE[0] as string, 'Một dòng chữ', TABLE[0] as string])).toBe(false);
  });

  it('read a row from border to border, a wrapped cell\'s lines joined; the rows above "=" are the header', () => {
    expect(gridRows(TABLE).map((r) => [r.cells, r.at, r.header])).toEqual([
      [['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'], 1, true],
      [['1', 'Xây dựng cơ sở dữ liệu đất đai dùng chung của tỉnh', 'Sở Nông nghiệp và Môi trường', 'Quý IV/2026'], 3, false],
      [['2', 'Số hóa hồ sơ hộ tịch', 'Sở Tư pháp', 'Năm 2027'], 6, false],
    ]);
    // a merged cell gives fewer parts: the row is padded to the table's width
    expect(gridRows(['+---+---+---+', '| I. NHÓM NHIỆM VỤ |', '+---+---+---+'])[0]?.cells).toEqual(['I. NHÓM NHIỆM VỤ', '', '']);
  });

  it('a task table in a grid becomes task items, every line of it read', () => {
    const md = ['**PHỤ LỤC**', '', '**DANH MỤC NHIỆM VỤ**', '', ...TABLE].join('\n');
    const result = parseText(md, { file: 'x.md', format: 'markdown', sha256: '0'.repeat(64) });
    const rows = result.model.tasks[0]?.items ?? [];
    expect(rows.map((i) => [i.id, i.text, i.lead, i.deadline?.due, i.line])).toEqual([
      ['PL1.1', 'Xây dựng cơ sở dữ liệu đất đai dùng chung của tỉnh', ['Sở Nông nghiệp và Môi trường'], '2026-12-31', 8],
      ['PL1.2', 'Số hóa hồ sơ hộ tịch', ['Sở Tư pháp'], '2027-12-31', 11],
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'line-not-placed')).toEqual([]);
  });

  it('a letterhead in a grid, its cells of several paragraphs: each paragraph a line, cell by cell', () => {
    const md = [
      '+-----------------------------------+-----------------------------------+',
      '| **ỦY BAN NHÂN DÂN**               | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  |',
      '|                                   | NAM**                             |',
      '| **TỈNH NINH BÌNH**                |                                   |',
      '|                                   | **Độc lập - Tự do - Hạnh phúc**   |',
      '| Số: 301/KH-UBND                   |                                   |',
      '|                                   | *Ninh Bình, ngày 14 tháng 11 năm  |',
      '|                                   | 2025*                             |',
      '+-----------------------------------+-----------------------------------+',
      '', '**KẾ HOẠCH**', '', '**Bồi dưỡng kỹ năng số**', '', '**I. NHIỆM VỤ**', '', '1. Sở Nội vụ chủ trì tập huấn.',
    ].join('\n');
    const result = parseText(md, { file: 'x.md', format: 'markdown', sha256: '0'.repeat(64) });
    expect(result.model.document).toMatchObject({
      issuer: 'Ủy ban nhân dân tỉnh Ninh Bình', number: '301/KH-UBND', place: 'Ninh Bình', date: '2025-11-14',
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    });
    expect(result.model.preamble).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === 'line-not-placed')).toEqual([]);
  });

  it('takes linear time in the number of rows', () => {
    const make = (n: number): string[] => [TABLE[0] as string, ...Array.from({ length: n }, () => [TABLE[3] as string, TABLE[4] as string, TABLE[5] as string]).flat()];
    expect(growth((n) => make(n).join('\n'), (s) => gridRows(s.split('\n')), 2_000, 4)).toBeLessThan(8);
  });
});
