// Tables typed one row per line, cells between "|" (blocks/pipe-tables.ts findLineTables): with or
// without outer pipes, with or without a delimiter row in plain text, rows wrapped onto lower-case
// lines, and what is not such a table.

import { describe, expect, it } from 'vitest';
import type { Item, Model } from '../src/model/types.js';
import { parseText } from '../src/parse.js';

const parse = (text: string, format: 'markdown' | 'text'): Model =>
  parseText(text, { file: format === 'text' ? 't.txt' : 't.md', format, sha256: '0'.repeat(64) }).model;

/** Every item of every section, depth first. */
function all(m: Model): Item[] {
  const out: Item[] = [];
  const walk = (items: Item[]): void => { for (const it of items) { out.push(it); walk(it.items ?? []); } };
  for (const key of ['preamble', 'background', 'purpose', 'viewpoints', 'goals', 'tasks', 'implementation', 'appendices', 'other'] as const) walk(m[key]);
  return out;
}
const tables = (m: Model): Item[] => all(m).filter((i) => i.table);

const TASKS = ['STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian', '1 | Xây dựng kho dữ liệu | Văn phòng Sở | Quý II/2025',
  '2 | Triển khai chữ ký số | Phòng Quản lý chuyên ngành | Năm 2025', '3 | Đào tạo kỹ năng số | Trung tâm Thông tin | Thường xuyên'];
const doc = (rows: string[]): string => ['KẾ HOẠCH', 'Chuyển đổi số năm 2025', '', 'II. NHIỆM VỤ', '', ...rows, ''].join('\n');

describe('tables typed one row a line', () => {
  for (const format of ['text', 'markdown'] as const) {
    it(`${format}: rows without outer pipes make a task table, with leads and deadlines from their columns`, () => {
      const m = parse(doc(TASKS), format);
      expect(tables(m).map((t) => t.table?.header)).toEqual([['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian']]);
      const rows = m.tasks.flatMap((t) => t.items ?? []);
      expect(rows.map((r) => [r.label, r.text, r.lead, r.deadline?.due])).toEqual([
        ['1', 'Xây dựng kho dữ liệu', ['Văn phòng Sở'], '2025-06-30'],
        ['2', 'Triển khai chữ ký số', ['Phòng Quản lý chuyên ngành'], '2025-12-31'],
        ['3', 'Đào tạo kỹ năng số', ['Trung tâm Thông tin'], undefined],
      ]);
      expect(rows.map((r) => r.line)).toEqual([7, 8, 9]);
    });

    it(`${format}: the same rows with outer pipes and no delimiter row, and with a row wrapped onto lower-case lines`, () => {
      const piped = parse(doc(TASKS.map((r) => `| ${r} |`)), format);
      const plain = parse(doc(TASKS), format);
      expect(piped.tasks).toEqual(plain.tasks);
      const wrapped = [...TASKS.slice(0, 2), '2b | Triển khai chữ ký số cho công chức,', 'viên chức và người lao động | Sở Nội vụ | Năm 2025', TASKS[3] as string];
      const rows = parse(doc(wrapped), format).tasks.flatMap((t) => t.items ?? []);
      expect(rows.find((r) => r.label === '2b')).toMatchObject({ text: 'Triển khai chữ ký số cho công chức, viên chức và người lao động', lead: ['Sở Nội vụ'], line: 8 });
      expect(rows).toHaveLength(3);
    });

    it(`${format}: two lines with a "|", or lines broken by a blank line, are text, kept whole`, () => {
      for (const rows of [TASKS.slice(0, 2), [TASKS[0], '', TASKS[1], '', TASKS[2]] as string[]]) {
        const m = parse(doc(rows), format);
        expect(tables(m)).toEqual([]);
        const words = all(m).map((i) => `${i.title ?? ''} ${i.text ?? ''}`).join(' ');
        for (const r of rows.filter((x) => x !== '')) for (const cell of r.split(' | ')) expect(words).toContain(cell);
      }
    });
  }

  it('text: a delimiter row under the header is read as in Markdown', () => {
    const gfm = ['| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |', '|---|:---|---|---:|', ...TASKS.slice(1).map((r) => `| ${r} |`)];
    expect(parse(doc(gfm), 'text').tasks).toEqual(parse(doc(gfm), 'markdown').tasks);
    expect(parse(doc(gfm), 'text').tasks.flatMap((t) => t.items ?? []).map((r) => r.lead)).toEqual([['Văn phòng Sở'], ['Phòng Quản lý chuyên ngành'], ['Trung tâm Thông tin']]);
  });

  it('a delimiter row typed with fewer dashes ("|--|:-:|") is read as one in both formats, where the Markdown parser reads none', () => {
    const short = ['| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |', '|--|:-|-:|:-:|', ...TASKS.slice(1).map((r) => `| ${r} |`)];
    for (const format of ['text', 'markdown'] as const) {
      const m = parse(doc(short), format);
      expect(tables(m).map((t) => t.table?.header), format).toEqual([['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian']]);
      expect(m.tasks.flatMap((t) => t.items ?? []).map((r) => r.label), format).toEqual(['1', '2', '3']);
    }
  });

  it('quoted lines with a "|" are a quotation, not a table', () => {
    const quoted = TASKS.map((r) => `> ${r}`);
    for (const format of ['text', 'markdown'] as const) expect(tables(parse(doc(quoted), format)), format).toEqual([]);
  });

  it('an escaped "\\|" is text inside a cell, not a border', () => {
    const rows = [...TASKS.slice(0, 2), '2b | Tích hợp A \\| B | Sở Nội vụ | Năm 2025', TASKS[3] as string];
    const row = parse(doc(rows), 'markdown').tasks.flatMap((t) => t.items ?? []).find((r) => r.label === '2b');
    expect(row?.text).toBe('Tích hợp A | B');
    expect(row?.lead).toEqual(['Sở Nội vụ']);
  });

  it('a letterhead typed with "|" between its columns is still read as the letterhead', () => {
    const text = ['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ | Độc lập - Tự do - Hạnh phúc',
      'Số: 125/KH-SKHCN | Hà Tĩnh, ngày 12 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Triển khai chuyển đổi số năm 2025', '', 'I. MỤC TIÊU', 'Tỷ lệ hồ sơ trực tuyến đạt 80%.', ''].join('\n');
    for (const format of ['text', 'markdown'] as const) {
      expect(parse(text, format).document).toMatchObject({ kind: 'plan', number: '125/KH-SKHCN', issuer: 'Sở Khoa học và Công nghệ', date: '2025-03-12', place: 'Hà Tĩnh' });
    }
  });
});

describe('an appendix label with its title run on after it', () => {
  it('"Phụ lục I" over an upper-case title, with no blank line between, opens an appendix', () => {
    const text = ['KẾ HOẠCH', '', 'I. NHIỆM VỤ', '1. Sở Tài chính chủ trì rà soát.', '', 'Phụ lục I', 'DANH MỤC NHIỆM VỤ TRỌNG TÂM', '(Kèm theo Kế hoạch số 12/KH-UBND)', ''].join('\n');
    const m = parse(text, 'markdown');
    expect(m.outline.find((o) => o.label === 'Phụ lục I')).toMatchObject({ title: 'DANH MỤC NHIỆM VỤ TRỌNG TÂM', sections: ['appendices'] });
    // a sentence that starts with the words is text
    const sentence = parse(['KẾ HOẠCH', '', 'I. NHIỆM VỤ', '', 'Phụ lục I ban hành kèm theo Kế hoạch này quy định danh mục.', ''].join('\n'), 'markdown');
    expect(sentence.outline.some((o) => o.label === 'Phụ lục I')).toBe(false);
  });
});

describe('the recipients beside the signature, typed a line at a time', () => {
  const closing = ['Nơi nhận: | T/M BAN THƯỜNG VỤ', '- Ban Bí thư Trung ương Đảng (để b/c), | PHÓ BÍ THƯ THƯỜNG TRỰC', '- Các đảng bộ trực thuộc, |', '- Lưu Văn phòng Tỉnh ủy. | Nguyễn Văn A'];
  const text = ['TỈNH ỦY QUẢNG TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM', '* | Quảng Trị, ngày 05 tháng 02 năm 2025', 'Số 45-CTr/TU', '', 'CHƯƠNG TRÌNH HÀNH ĐỘNG',
    'thực hiện Nghị quyết số 57-NQ/TW', '', 'I. NHIỆM VỤ', '1. Sở Nội vụ chủ trì rà soát bộ máy.', '', ...closing, ''].join('\n');
  for (const format of ['text', 'markdown'] as const) {
    it(`${format}: are read as the recipients and the signature, every line placed`, () => {
      const r = parseText(text, { file: 't', format, sha256: '0'.repeat(64) });
      expect(r.model.document).toMatchObject({
        issuer: 'Tỉnh ủy Quảng Trị', number: '45-CTr/TU', date: '2025-02-05',
        signer: { name: 'Nguyễn Văn A', role: 'Phó Bí thư Thường trực', onBehalfOf: 'Ban Thường vụ' },
        recipients: ['Ban Bí thư Trung ương Đảng (để b/c)', 'Các đảng bộ trực thuộc', 'Lưu Văn phòng Tỉnh ủy'],
      });
      expect(r.diagnostics.filter((d) => d.code === 'line-not-placed')).toEqual([]);
      expect(tables(r.model)).toEqual([]);
    });
  }
});

describe('tables with tabs between cells', () => {
  const tabbed = TASKS.map((r) => r.split(' | ').join('\t'));
  for (const format of ['text', 'markdown'] as const) {
    it(`${format}: are read as the same table as with "|" between cells`, () => {
      expect(parse(doc(tabbed), format).tasks).toEqual(parse(doc(TASKS), format).tasks);
      expect(tables(parse(doc(tabbed), format))).toHaveLength(1);
    });

    it(`${format}: a label and its text parted by a tab are a list, not a table`, () => {
      const list = ['1.\tRà soát văn bản quy phạm pháp luật.', '2.\tXây dựng cơ sở dữ liệu dùng chung.', '3.\tĐào tạo kỹ năng số cho công chức.'];
      const m = parse(doc(list), format);
      expect(tables(m)).toEqual([]);
      expect(m.tasks.map((t) => t.label)).toEqual(['1.', '2.', '3.']);
    });
  }
});

describe('a cell across the table, typed without "|"', () => {
  const rows = ['Đối tượng | Mức trợ cấp', 'Người bị thương có tỷ lệ tổn thương cơ thể từ 5% - 20%:', 'Từ 5% - 10% | 4,0 lần mức chuẩn', 'Từ 11% - 20% | 6,0 lần mức chuẩn'];
  for (const format of ['text', 'markdown'] as const) {
    it(`${format}: between two rows it is a row of one cell`, () => {
      const [t] = tables(parse(doc(rows), format));
      expect(t?.table).toEqual({ header: ['Đối tượng', 'Mức trợ cấp'], rows: [[rows[1]], ['Từ 5% - 10%', '4,0 lần mức chuẩn'], ['Từ 11% - 20%', '6,0 lần mức chuẩn']] });
    });

    it(`${format}: a heading, a labeled item or an appendix between two rows ends the table`, () => {
      for (const between of ['III. TỔ CHỨC THỰC HIỆN', '2. Kinh phí thực hiện', 'PHỤ LỤC II']) {
        const m = parse(doc([...rows.slice(0, 1), rows[2] as string, rows[3] as string, between, ...rows.slice(2)]), format);
        expect(tables(m).map((t) => (t.table?.rows ?? []).length), between).toEqual([2]);
        const read = [...all(m).map((i) => `${i.label} ${i.title ?? ''} ${i.text ?? ''}`), ...m.outline.map((o) => `${o.label} ${o.title}`)];
        expect(read.some((t) => t.includes(between.replace(/^\S+ /, ''))), between).toBe(true);
      }
    });
  }
});

describe('Markdown table cells broken with <br>, as converters from Word write them', () => {
  const head = ['**ỦY BAN NHÂN DÂN**', '**TỈNH NGHỆ AN**', '', 'Số: 08/CT-UBND', '', '*Nghệ An, ngày 14 tháng 4 năm 2025*', '', '**CHỈ THỊ**', '**Về phòng, chống thiên tai năm 2025**', '',
    '**1. Sở Nông nghiệp và Môi trường** kiểm tra an toàn hồ đập.', ''];
  it('the recipients beside the signature: one recipient a line, the signer read, every line placed', () => {
    const closing = ['| **Nơi nhận:**<br>- Bộ Nông nghiệp và Môi trường;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Lưu: VT. | **CHỦ TỊCH**<br><br><br>**Lê Hồng Vinh** |', '|---|---|', ''];
    const r = parseText([...head, ...closing].join('\n'), { file: 't.md', format: 'markdown', sha256: '0'.repeat(64) });
    expect(r.model.document.recipients).toEqual(['Bộ Nông nghiệp và Môi trường', 'TT Tỉnh ủy, TT HĐND tỉnh', 'Lưu: VT']);
    expect(r.model.document.signer).toMatchObject({ name: 'Lê Hồng Vinh', role: 'Chủ tịch' });
    expect(r.diagnostics.filter((d) => d.code === 'line-not-placed')).toEqual([]);
  });

  it('a <br> parts words, in a task cell and in a paragraph', () => {
    const table = ['II. NHIỆM VỤ', '', '| TT | Nhiệm vụ | Cơ quan chủ trì |', '|---|---|---|', '| 1 | Rà soát<br>văn bản | Sở Tư pháp<br/>tỉnh |', '', 'Báo cáo kết quả<br>định kỳ hằng năm.', ''];
    const m = parse(['KẾ HOẠCH', '', ...table].join('\n'), 'markdown');
    const row = m.tasks.flatMap((t) => t.items ?? [])[0];
    expect(row).toMatchObject({ text: 'Rà soát văn bản', lead: ['Sở Tư pháp tỉnh'] });
    expect(all(m).some((i) => i.text === 'Báo cáo kết quả định kỳ hằng năm.')).toBe(true);
  });
});

describe('runs that open or end oddly', () => {
  it('a run that opens with a delimiter row, or holds only delimiter rows and short lines, reads without error', () => {
    const texts = ['| --- |\n| 1 | Xây dựng | Sở Tài chính | | Quý IV/2025 |\nI.\na) | --- |', '|---|---|\n|---|---|\n|---|---|', '---|---\nNơi nhận: | TM. UBND\n- Lưu: VT. | Nguyễn Văn A'];
    for (const text of texts) for (const format of ['text', 'markdown'] as const) {
      const r = parseText(text, { file: 't', format, sha256: '0'.repeat(64) });
      expect(r.model.vanban).toBe(1);
      expect(r.diagnostics.filter((d) => d.code === 'line-not-placed'), `${format}: ${text}`).toEqual([]);
    }
    const r = parseText(texts[2] as string, { file: 't', format: 'text', sha256: '0'.repeat(64) });
    expect(r.model.document.signer?.name).toBe('Nguyễn Văn A');
  });
});
