import { describe, expect, it } from 'vitest';
import type { Block } from '../src/blocks/types.js';
import { sentenceCase } from '../src/header/casing.js';
import { readPlaceDate } from '../src/header/date.js';
import { extractHeader } from '../src/header/extract.js';
import { normalizeNumber } from '../src/header/number.js';
import { horizonOf } from '../src/header/title.js';
import { KIND_PHRASES, TYPE_CODES } from '../src/lexicon/kinds.js';
import { parseText } from '../src/parse.js';

// Hand-built blocks in the shape the segmenter gives: physical lines (markup removed) and, for
// flattened tables, cells. Lines are copied from the corpus file named in each test.
let lineNo = 1;
function para(...lines: string[]): Block {
  const line = lineNo;
  lineNo += lines.length + 1;
  return { type: 'paragraph', text: lines.join(' '), lines, line, endLine: line + lines.length - 1, strong: false, strongPrefix: 0 };
}
function heading(text: string): Block {
  return { ...para(text), type: 'heading', strong: true, strongPrefix: text.length, depth: 1 };
}
/** A table row; `lines` are the physical lines of a cell-per-line table ("|" lines dropped). */
function row(cells: string[], lines: string[] = [cells.join(' | ')]): Block {
  return { ...para(...lines), type: 'row', text: cells.filter((c) => c !== '').join(' | '), cells };
}
const body = para('1. Tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến, quán triệt pháp luật bảo vệ bí mật nhà nước.');

describe('letterhead, type line and title from real layouts', () => {
  it('kh-1026 (UBND, cell-per-line letterhead and closing row)', () => {
    const blocks = [
      row(['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN -------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------'],
        ['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN', '-------', 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------']),
      row(['Số: 1026/KH-UBND', 'Nghệ An, ngày 26 tháng 11 năm 2025'], ['Số: 1026/KH-UBND', 'Nghệ An, ngày 26', 'tháng 11 năm 2025']),
      para('KẾ HOẠCH'),
      para('TRIỂN KHAI THỰC HIỆN', 'CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ “VỀ TĂNG CƯỜNG',
        'CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC TRONG TÌNH HÌNH MỚI” TRÊN ĐỊA BÀN TỈNH NGHỆ AN'),
      para('Thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của', 'Thủ tướng Chính phủ “về tăng cường công tác bảo vệ bí mật nhà nước trong tình',
        'hình mới”, UBND tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh', 'Nghệ An như sau:'),
      body,
      row(['Nơi nhận: - Văn phòng Chính phủ - Bộ Công an (qua Cục A03) (để báo cáo) - Lưu: VTUB, NC (TP, Vinh).', 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Bùi Thanh An'],
        ['Nơi nhận:', '- Văn phòng Chính phủ', '- Bộ Công an (qua Cục A03) (để báo cáo)', '- Lưu: VTUB, NC (TP, Vinh).', 'TM. ỦY BAN NHÂN', 'DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Bùi Thanh An']),
    ];
    const h = extractHeader(blocks);
    expect(h.document).toEqual({
      kind: 'plan', kindLabel: 'Kế hoạch', number: '1026/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Nghệ An',
      place: 'Nghệ An', date: '2025-11-26',
      title: 'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ “VỀ TĂNG CƯỜNG CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC TRONG TÌNH HÌNH MỚI” TRÊN ĐỊA BÀN TỈNH NGHỆ AN',
      signer: { name: 'Bùi Thanh An', role: 'Phó Chủ tịch', onBehalfOf: 'Ủy ban nhân dân', lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Bùi Thanh An'] },
      recipients: ['Văn phòng Chính phủ', 'Bộ Công an (qua Cục A03) (để báo cáo)', 'Lưu: VTUB, NC (TP, Vinh)'],
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    });
    expect([...h.consumed]).toEqual([0, 1, 2, 3, 6]);
    expect(h.bodyStart).toBe(4);
  });

  it('hd-37 (Party: BAN CHẤP HÀNH TRUNG ƯƠNG over a central department, K/T signature)', () => {
    const blocks = [
      row(['BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO VÀ DÂN VẬN *', 'ĐẢNG CỘNG SẢN VIỆT NAM ---------------'],
        ['BAN CHẤP HÀNH', 'TRUNG ƯƠNG', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', '*', 'ĐẢNG CỘNG SẢN', 'VIỆT NAM', '---------------']),
      row(['Số 37-HD/BTGDVTW', 'Hà Nội, ngày 19 tháng 11 năm 2025'], ['Số 37-HD/BTGDVTW', 'Hà Nội, ngày 19', 'tháng 11 năm 2025']),
      para('HƯỚNG DẪN'),
      para('VỀ', 'VIỆC ĐỔI MỚI, NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ BẢN TIN SINH HOẠT CHI BỘ TRONG GIAI', 'ĐOẠN MỚI'),
      para('Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của', 'Ban Bí thư “Về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ'),
      row(['Nơi nhận: - Bộ Chính trị, Ban Bí thư (để báo cáo), - Lưu HCTĐKT.', 'K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN Phạm Tất Thắng'],
        ['Nơi nhận:', '- Bộ Chính trị, Ban Bí thư (để báo', 'cáo),', '- Lưu HCTĐKT.', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Phạm Tất Thắng']),
    ];
    const { document } = extractHeader(blocks);
    expect(document).toMatchObject({
      kind: 'guidance', kindLabel: 'Hướng dẫn', number: '37-HD/BTGDVTW',
      issuer: 'Ban Tuyên giáo và Dân vận Trung ương', superior: 'Ban Chấp hành Trung ương',
      title: 'VỀ VIỆC ĐỔI MỚI, NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ BẢN TIN SINH HOẠT CHI BỘ TRONG GIAI ĐOẠN MỚI',
      recipients: ['Bộ Chính trị, Ban Bí thư (để báo cáo)', 'Lưu HCTĐKT'], motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    });
    expect(document.signer).toEqual({ name: 'Phạm Tất Thắng', role: 'Phó Trưởng ban', onBehalfOf: 'Trưởng ban', lines: ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Phạm Tất Thắng'] });
  });

  it('kl-07 and kl-212 (VĂN PHÒNG under the Central Committee; type line and title in one block)', () => {
    const kl07 = extractHeader([
      row(['BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG *', 'ĐẢNG CỘNG SẢN VIỆT NAM ---------------'], ['BAN CHẤP HÀNH', 'TRUNG ƯƠNG', 'VĂN PHÒNG', '*', 'ĐẢNG CỘNG SẢN', 'VIỆT NAM', '---------------']),
      row(['Số 07-KL/VPTW', 'Hà Nội, ngày 01 tháng 12 năm 2025']), para('KẾT LUẬN'), body,
    ]);
    expect(kl07.document).toMatchObject({ issuer: 'Văn phòng Trung ương Đảng', superior: 'Ban Chấp hành Trung ương', number: '07-KL/VPTW' });
    const blocks = [
      row(['BAN CHẤP HÀNH TRUNG ƯƠNG *', 'ĐẢNG CỘNG SẢN VIỆT NAM ---------------'], ['BAN', 'CHẤP HÀNH TRUNG ƯƠNG', '*', 'ĐẢNG', 'CỘNG SẢN VIỆT NAM', '---------------']),
      row(['Số 212-KL/TW', 'Hà Nội, ngày 18 tháng 11 năm 2025'], ['Số 212-KL/TW', 'Hà Nội, ngày 18', 'tháng 11 năm 2025']),
      para('**KẾT LUẬN **', 'CỦA BỘ CHÍNH TRỊ,', 'BAN BÍ THƯ', 'VỀ ĐỊNH HƯỚNG XÂY', 'DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH, PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI', 'ĐÔ THỊ'),
      para('Tại phiên họp ngày 14/11/2025, xem xét Tờ trình của', 'Đảng uỷ Chính phủ về Đề án tiêu chuẩn của đơn vị hành chính, phân loại đơn vị'),
      row(['Nơi nhận: - Các cơ quan, ban đảng Trung ương, - Lưu Văn phòng Trung ương Đảng.', 'T/M BỘ CHÍNH TRỊ Trần Cẩm Tú'],
        ['Nơi nhận:', '- Các cơ quan, ban đảng Trung ương,', '- Lưu Văn phòng Trung ương Đảng.', 'T/M BỘ CHÍNH', 'TRỊ', 'Trần Cẩm Tú']),
    ];
    const h = extractHeader(blocks);
    expect(h.document).toEqual({
      kind: 'conclusion', kindLabel: 'Kết luận', number: '212-KL/TW', issuer: 'Bộ Chính trị, Ban Bí thư', superior: 'Ban Chấp hành Trung ương', place: 'Hà Nội', date: '2025-11-18',
      title: 'VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH, PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI ĐÔ THỊ',
      signer: { name: 'Trần Cẩm Tú', onBehalfOf: 'Bộ Chính trị', lines: ['T/M BỘ CHÍNH TRỊ', 'Trần Cẩm Tú'] },
      recipients: ['Các cơ quan, ban đảng Trung ương', 'Lưu Văn phòng Trung ương Đảng'], motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    });
    expect(h.bodyStart).toBe(3);
    expect([...h.consumed]).toEqual([0, 1, 2, 4]);
  });

  it('tb-432 (title running into the body in one block: bodyLine, partial use)', () => {
    const blocks = [
      row(['BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG *', 'ĐẢNG CỘNG SẢN VIỆT NAM ---------------']),
      row(['Số 432-TB/VPTW', 'Hà Nội, ngày 26 tháng 11 năm 2025'], ['Số 432-TB/VPTW', 'Hà Nội, ngày', '26 tháng 11 năm 2025']),
      para('THÔNG BÁO KẾT LUẬN'),
      para('CỦA ĐỒNG CHÍ TỔNG BÍ THƯ', 'TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ VÀ CÁC BAN, BỘ, NGÀNH TRUNG ƯƠNG VỀ',
        'CÔNG TÁC CHĂM SÓC VÀ BẢO VỆ TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT', 'Ngày 24/11/2025, tại Trụ sở', 'Trung ương Đảng, đồng chí Tổng Bí thư đã có buổi làm việc với Đảng uỷ Bộ Y tế,'),
    ];
    const h = extractHeader(blocks);
    expect(h.document).toMatchObject({
      kind: 'notice', kindLabel: 'Thông báo kết luận', issuer: 'Văn phòng Trung ương Đảng',
      title: 'CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ VÀ CÁC BAN, BỘ, NGÀNH TRUNG ƯƠNG VỀ CÔNG TÁC CHĂM SÓC VÀ BẢO VỆ TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT',
    });
    expect(h.bodyStart).toBe(3);
    expect(h.bodyLine).toBe(3);
    expect([...h.consumed]).toEqual([0, 1, 2]);
    expect(h.partial).toEqual(new Map([[3, [0, 1, 2]]]));
  });

  it('nq03-cp (heading letterhead, authority line, recipients list and TM./KT. signature with [đã ký])', () => {
    const blocks = [
      heading('CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), para('Độc lập - Tự do - Hạnh phúc'),
      para('Số: 03/NQ-CP', 'Hà Nội, ngày 09 tháng 01 năm 2025'), heading('NGHỊ QUYẾT'),
      heading('Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia'),
      heading('CHÍNH PHỦ'), para('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;'),
      para('Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.'),
      para('Nơi nhận:'), para('- Ban Bí thư Trung ương Đảng;'), para('- VPCP: BTCN, các PCN, Trợ lý TTg,', 'các Vụ, Cục, đơn vị trực thuộc, Công báo;'),
      para('- Lưu: VT, KGVX (2b).'), para('TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', '[đã ký]', 'Nguyễn Hòa Bình'),
      heading('CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ'),
    ];
    const h = extractHeader(blocks);
    expect(h.document).toMatchObject({
      kind: 'resolution', number: '03/NQ-CP', issuer: 'Chính phủ', place: 'Hà Nội', date: '2025-01-09',
      title: 'Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
      recipients: ['Ban Bí thư Trung ương Đảng', 'VPCP: BTCN, các PCN, Trợ lý TTg, các Vụ, Cục, đơn vị trực thuộc, Công báo', 'Lưu: VT, KGVX (2b)'],
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    });
    expect(h.document.signer).toEqual({
      name: 'Nguyễn Hòa Bình', role: 'Phó Thủ tướng', onBehalfOf: 'Chính phủ',
      lines: ['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', '[đã ký]', 'Nguyễn Hòa Bình'],
    });
    expect(h.bodyStart).toBe(5);
    expect([...h.consumed]).toEqual([0, 1, 2, 3, 4, 8, 9, 10, 11, 12]);
  });

  it('kh-3260 (letterhead as separate paragraphs, mixed-case title, "*" bullets, signature over three blocks)', () => {
    const blocks = [
      para('## ĐẢNG CỘNG SẢN VIỆT NAM'), para('BAN CHẤP HÀNH TRUNG ƯƠNG', 'ĐẢNG ĐOÀN QUỐC HỘI'), para('Số 3260-KH/ĐĐQH15'),
      para('Hà Nội, ngày 10 tháng 01 năm 2025'), para('KẾ HOẠCH'),
      para('khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024', 'Bộ Chính trị về đột phá phát triển khoa học, công nghệ,', 'đổi mới sáng tạo và chuyển đổi số quốc gia'),
      para('Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ.'),
      para('Nơi nhận:'), para('* Ban Bí thư Trung ương Đảng (để b/c),'), para('* Lưu VPĐĐQH, Vụ KHCNMT.'),
      para('T/M ĐẢNG ĐOÀN QUỐC HỘI'), para('BÍ THƯ'), para('Trần Thanh Mẫn'),
    ];
    const h = extractHeader(blocks);
    expect(h.document).toEqual({
      kind: 'plan', kindLabel: 'Kế hoạch', number: '3260-KH/ĐĐQH15', issuer: 'Đảng đoàn Quốc hội', superior: 'Ban Chấp hành Trung ương',
      place: 'Hà Nội', date: '2025-01-10',
      title: 'khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
      signer: { name: 'Trần Thanh Mẫn', role: 'Bí thư', onBehalfOf: 'Đảng đoàn Quốc hội', lines: ['T/M ĐẢNG ĐOÀN QUỐC HỘI', 'BÍ THƯ', 'Trần Thanh Mẫn'] },
      recipients: ['Ban Bí thư Trung ương Đảng (để b/c)', 'Lưu VPĐĐQH, Vụ KHCNMT'], motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    });
    expect(h.bodyStart).toBe(6);
    expect([...h.consumed]).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]);
  });

  it('qd-773 (Markdown table rows, "Số: 773 /QĐ-TTg", "tháng 0 6", recipients and bare THỦ TƯỚNG in one row)', () => {
    const blocks = [
      heading('773_2018_QĐ_TTg_preamble'),
      row(['THỦ TƯỚNG CHÍNH PHỦ -------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------']),
      row(['Số: 773 /QĐ-TTg', 'Hà Nội, ngày 26 tháng 0 6 năm 2018']),
      para('QUYẾT ĐỊNH'),
      para('BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW NGÀY 19 THÁNG 7 NĂM 2017 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG KHÓA XII'),
      para('THỦ TƯỚNG CHÍNH PHỦ'), para('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;'),
      row(['Nơi nhận: - Ban Bí thư Trung ương Đảng; - Văn phòng Trung ương và các Ban của Đ ả ng; - Lưu: VT, KGVX (2.b).', 'THỦ TƯỚNG Nguyễn Xuân Phúc']),
    ];
    const h = extractHeader(blocks);
    expect(h.document).toEqual({
      kind: 'decision', kindLabel: 'Quyết định', number: '773/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', place: 'Hà Nội', date: '2018-06-26',
      title: 'BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW NGÀY 19 THÁNG 7 NĂM 2017 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG KHÓA XII',
      signer: { name: 'Nguyễn Xuân Phúc', role: 'Thủ tướng', lines: ['THỦ TƯỚNG', 'Nguyễn Xuân Phúc'] },
      recipients: ['Ban Bí thư Trung ương Đảng', 'Văn phòng Trung ương và các Ban của Đ ả ng', 'Lưu: VT, KGVX (2.b)'],
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    });
    expect(h.bodyStart).toBe(5);
    expect([...h.consumed]).toEqual([1, 2, 3, 4, 7]);
  });

  it('nq-192 and ct-31 (no letterhead: the document starts at the type line)', () => {
    const nq = extractHeader([
      para('NGHỊ QUYẾT'), para('Về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng đạt 8% trở lên'),
      para('QUỐC HỘI'), para('Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;'),
    ]);
    expect(nq).toEqual({
      document: { kind: 'resolution', kindLabel: 'Nghị quyết', title: 'Về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng đạt 8% trở lên' },
      consumed: new Set([0, 1]), bodyStart: 2,
    });
    const ct = extractHeader([
      para('CHỈ THỊ'), para('VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ, GIẢI QUYẾT VIỆC LÀM CHO CON LIỆT SĨ, CON THƯƠNG BINH NẶNG, CON BỆNH BINH NẶNG'),
      para('Trong suốt thời kỳ kháng chiến, xây dựng và bảo vệ Tổ quốc, nhất là trong thời kỳ đổi mới, Đảng, Nhà nước, các cấp, các ngành đã luôn quan tâm.'),
    ]);
    expect(ct.document).toEqual({ kind: 'directive', kindLabel: 'Chỉ thị', title: 'VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ, GIẢI QUYẾT VIỆC LÀM CHO CON LIỆT SĨ, CON THƯƠNG BINH NẶNG, CON BỆNH BINH NẶNG' });
    expect(ct.bodyStart).toBe(2);
  });

  it('nq57 web and kl69 (a web article: heading with the number, a restating line, T/M ... (Đã ký) in a row)', () => {
    const web = extractHeader([
      heading('Nghị quyết số 57-NQ/TW'),
      para('Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.'),
      para('Trân trọng giới thiệu toàn văn Nghị quyết số 57-NQ/TW:'),
    ]);
    expect(web).toEqual({ document: { kind: 'resolution', kindLabel: 'Nghị quyết', number: '57-NQ/TW' }, consumed: new Set([0]), bodyStart: 1 });
    const kl = extractHeader([
      heading('Kết luận số 69-KL/TW'),
      para('Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khoá XI về phát triển khoa học và công nghệ'),
      para('Sau 10 năm thực hiện Nghị quyết số 20-NQ/TW, phát triển khoa học và công nghệ đã có chuyển biến tích cực.'),
      row(['', 'T/M BỘ CHÍNH TRỊ (Đã ký) Trương Thị Mai']),
    ]);
    expect(kl.document).toEqual({
      kind: 'conclusion', kindLabel: 'Kết luận', number: '69-KL/TW', issuer: 'Bộ Chính trị', date: '2024-01-11',
      title: 'về tiếp tục thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khoá XI về phát triển khoa học và công nghệ',
      signer: { name: 'Trương Thị Mai', onBehalfOf: 'Bộ Chính trị', lines: ['T/M BỘ CHÍNH TRỊ', '(Đã ký)', 'Trương Thị Mai'] },
    });
    expect([...kl.consumed]).toEqual([0, 1, 3]);
  });

  it('nq20 (letterhead as a broken pipe table in one paragraph; A- label ends the title)', () => {
    const h = extractHeader([
      heading('Nghị quyết 20 - 2012'),
      para('| BAN CHẤP HÀNH TRUNG ƯƠNG', '-------- | ĐẢNG CỘNG SẢN VIỆT NAM', '| :---- | :---- |', '| Số: 20-NQ/TW | Hà Nội, ngày 01 tháng 11 năm 2012 |'),
      para('NGHỊ QUYẾT', 'HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI'),
      para('VỀ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ ĐẾN NĂM 2020 VÀ TẦM NHÌN ĐẾN NĂM 2030'), para('A- TÌNH HÌNH VÀ NGUYÊN NHÂN'),
    ]);
    expect(h.document).toEqual({
      kind: 'resolution', kindLabel: 'Nghị quyết', number: '20-NQ/TW', issuer: 'Ban Chấp hành Trung ương', place: 'Hà Nội', date: '2012-11-01',
      title: 'HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI VỀ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ ĐẾN NĂM 2020 VÀ TẦM NHÌN ĐẾN NĂM 2030',
      horizon: { year: 2020, vision: 2030 }, motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    });
    expect(h.bodyStart).toBe(4);
    expect([...h.consumed]).toEqual([1, 2, 3]);
  });

  it('nq57 pdfconv (bold letterhead lines, "Số 57\\-NQ/TW", upper-case line then a lower-case subject line)', () => {
    const h = extractHeader([
      para('BAN CHẤP HÀNH TRUNG ƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'), para('Số 57\\-NQ/TW', 'Hà Nội , ngày 22 tháng 12 năm 2024'), para('NGHỊ QUYẾT'),
      para('CỦA BỘ CHÍNH TRỊ', 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia'),
      para('Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đang là yếu tố quyết định phát triển của các quốc gia.'),
      para('Nơi nhận:'),
    ]);
    expect(h.document).toEqual({
      kind: 'resolution', kindLabel: 'Nghị quyết', number: '57-NQ/TW', issuer: 'Bộ Chính trị', superior: 'Ban Chấp hành Trung ương', place: 'Hà Nội', date: '2024-12-22',
      title: 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia', motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    });
    expect([...h.consumed]).toEqual([0, 1, 2, 3, 5]);
    expect(h.bodyStart).toBe(4);
  });

  it('nd-75 v1 (letterhead moved below the last article, recipients and "| TM. CHÍNH PHỦ" sharing a line)', () => {
    const h = extractHeader([
      para('NGHỊ ĐỊNH', 'Quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng'),
      para('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;'),
      para('Điều 16. Trách nhiệm thi hành', 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội chịu trách nhiệm thi hành Nghị định này./.', 'CHÍNH PHỦ'),
      para('Số: 75/2021/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'),
      para('Hà Nội, ngày 24 tháng 7 năm 2021', 'Nơi nhận:'), para('- Ban Bí thư Trung ương Đảng;'),
      para('- Lưu: VT, KGVX (2b). | TM. CHÍNH PHỦ', 'THỦ TƯỚNG'), para('Phạm Minh Chính'), para('Phụ lục I'),
    ]);
    expect(h.document).toEqual({
      kind: 'decree', kindLabel: 'Nghị định', number: '75/2021/NĐ-CP', issuer: 'Chính phủ', place: 'Hà Nội', date: '2021-07-24',
      title: 'Quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng',
      signer: { name: 'Phạm Minh Chính', role: 'Thủ tướng', onBehalfOf: 'Chính phủ', lines: ['TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Phạm Minh Chính'] },
      recipients: ['Ban Bí thư Trung ương Đảng', 'Lưu: VT, KGVX (2b)'], motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    });
    expect([...h.consumed]).toEqual([0, 3, 4, 5, 6, 7]);
    expect(h.partial).toEqual(new Map([[2, [2]]]));
  });

  it('plain text with two columns side by side (design doc, Party programme)', () => {
    const h = extractHeader([
      para('ĐẢNG BỘ TỈNH NGHỆ AN          ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY', '*', 'Số 09-CTr/TU        Nghệ An, ngày 03 tháng 3 năm 2025'),
      para('CHƯƠNG TRÌNH HÀNH ĐỘNG'),
      para('thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia đến năm 2030, tầm nhìn đến năm 2045'),
      para('I. MỤC TIÊU'),
      para('Nơi nhận:              T/M BAN THƯỜNG VỤ', '- Ban Bí thư,            PHÓ BÍ THƯ THƯỜNG TRỰC', '- Lưu VPTU.'), para('Nguyễn Văn Thông'),
    ]);
    expect(h.document).toEqual({
      kind: 'action-programme', kindLabel: 'Chương trình hành động', number: '09-CTr/TU', issuer: 'Tỉnh ủy Nghệ An', superior: 'Đảng bộ tỉnh Nghệ An',
      place: 'Nghệ An', date: '2025-03-03',
      title: 'thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia đến năm 2030, tầm nhìn đến năm 2045',
      horizon: { year: 2030, vision: 2045 },
      signer: { name: 'Nguyễn Văn Thông', role: 'Phó Bí thư Thường trực', onBehalfOf: 'Ban Thường vụ', lines: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'Nguyễn Văn Thông'] },
      recipients: ['Ban Bí thư', 'Lưu VPTU'], motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    });
    expect([...h.consumed]).toEqual([0, 1, 2, 4, 5]);
  });

  it('news-hanoi and a body that cites documents: nothing found, nothing consumed', () => {
    const h = extractHeader([
      para('Hơn 29.000 cán bộ quán triệt các chương trình hành động thực hiện Nghị quyết T.Ư'),
      para('Trong đó, Giám đốc Sở KH&CN TP Nguyễn Hồng Sơn trình bày Chương trình hành động số 30-Ctr/TU ngày 8/3/2024 về thực hiện Nghị quyết số 45- NQ/TW về “Tiếp tục xây dựng và phát huy vai trò đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn tới”.'),
      para('Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh được triển khai.'),
    ]);
    expect(h).toEqual({ document: { kind: 'other' }, consumed: new Set(), bodyStart: 0 });
  });

  it('never throws and stays linear on large or odd input', () => {
    expect(extractHeader([]).document).toEqual({ kind: 'other' });
    expect(extractHeader([para(''), row([]), { ...para('x'), lines: [] }]).document).toEqual({ kind: 'other' });
    const big = ['A' + ' '.repeat(300_000) + 'B', '| '.repeat(200_000), 'Nơi nhận: ' + '- A; '.repeat(60_000), `KẾ HOẠCH ${'1/'.repeat(100_000)}`];
    const t0 = Date.now();
    extractHeader(big.map((t) => para(t)));
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('an official letter (công văn): no type line, a "V/v" subject under the number', () => {
  const letterBody = [
    '',
    'Kính gửi: Các sở, ban, ngành thuộc tỉnh.',
    '',
    'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị triển khai các nội dung sau:',
    '',
    '1. Sở Khoa học và Công nghệ chủ trì tham mưu xây dựng kế hoạch hành động của tỉnh.',
    '',
    '2. Sở Tài chính bố trí kinh phí thực hiện theo quy định.',
  ];
  const markdown = [
    '| ỦY BAN NHÂN DÂN<br>TỈNH BÌNH ĐỊNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |',
    '|---|---|',
    '| Số: 1234/UBND-KT<br>V/v triển khai thực hiện Nghị quyết số 57-NQ/TW | Bình Định, ngày 15 tháng 3 năm 2025 |',
    ...letterBody,
  ].join('\n');
  // typed: the subject wraps, and its second line reads like a type line ("Nghị quyết số ...")
  const text = [
    'ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH BÌNH ĐỊNH                          Độc lập - Tự do - Hạnh phúc',
    'Số: 1234/UBND-KT                  Bình Định, ngày 15 tháng 3 năm 2025',
    'V/v triển khai thực hiện',
    'Nghị quyết số 57-NQ/TW',
    ...letterBody,
  ].join('\n');

  for (const [format, source] of [['markdown', markdown], ['text', text]] as const) {
    it(`reads the subject as the title and keeps reading the date beside it (${format})`, () => {
      const { model } = parseText(source, { file: `cv.${format === 'text' ? 'txt' : 'md'}`, format, sha256: '0'.repeat(64) });
      expect(model.document).toMatchObject({
        kind: 'other', kindLabel: 'Công văn', number: '1234/UBND-KT', issuer: 'Ủy ban nhân dân tỉnh Bình Định',
        place: 'Bình Định', date: '2025-03-15', title: 'V/v triển khai thực hiện Nghị quyết số 57-NQ/TW',
      });
      // the subject is in the title, not left over in the preamble
      expect(JSON.stringify(model.preamble)).not.toContain('V/v');
      // and the body below the letterhead is read as before
      expect([...model.tasks, ...model.implementation].map((t) => t.lead)).toEqual([['Sở Khoa học và Công nghệ'], ['Sở Tài chính']]);
    });
  }

  it('stops the subject after a full stop, and at the salutation', () => {
    const read = (subjectEnd: string): string | undefined =>
      parseText(text.replace('Nghị quyết số 57-NQ/TW', subjectEnd), { file: 'cv.txt', format: 'text', sha256: '0'.repeat(64) }).model.document.title;
    expect(read('Nghị quyết số 57-NQ/TW.\nvà các văn bản hướng dẫn')).toBe('V/v triển khai thực hiện Nghị quyết số 57-NQ/TW.');
    expect(read('Nghị quyết số 57-NQ/TW\nKính gửi: Sở Tài chính')).toBe('V/v triển khai thực hiện Nghị quyết số 57-NQ/TW');
  });
});

describe('a plan or scheme issued with a decision', () => {
  const text = 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n\nĐỀ ÁN\nPhát triển nguồn nhân lực giai đoạn 2026 - 2030\n(Ban hành kèm theo Quyết định số 1520/QĐ-UBND\nngày 25/11/2025 của Ủy ban nhân dân tỉnh)\n\nI. MỤC TIÊU\n1. Tỷ lệ lao động qua đào tạo đạt 75%.\n';
  it('the "(Ban hành kèm theo ...)" note is the header\'s, not the title\'s, and its decision is a reference', () => {
    const { document, references } = parseText(text, { file: 'da.txt', format: 'text', sha256: '0'.repeat(64) }).model;
    expect(document.title).toBe('Phát triển nguồn nhân lực giai đoạn 2026 - 2030');
    expect(document.asWritten).toEqual(['(Ban hành kèm theo Quyết định số 1520/QĐ-UBND', 'ngày 25/11/2025 của Ủy ban nhân dân tỉnh)']);
    expect(references.map((r) => [r.kind, r.number, r.date])).toEqual([['decision', '1520/QĐ-UBND', '2025-11-25']]);
  });
});

describe('a Secretariat directive', () => {
  it('"T/M BAN BÍ THƯ" signs for the Secretariat: the name ends in a title, and no title is read from it', () => {
    const text = 'BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 14 tháng 4 năm 2025\n\nCHỈ THỊ\nCỦA BAN BÍ THƯ\nvề công tác tư tưởng\n\nBan Bí thư yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ sau:\n\n1. Nâng cao nhận thức của cán bộ.\n\n2. Bộ Công an nâng cao năng lực phát hiện thông tin xấu.\n\nT/M BAN BÍ THƯ\nTrần Cẩm Tú\n';
    const { document, tasks } = parseText(text, { file: 'ct.txt', format: 'text', sha256: '0'.repeat(64) }).model;
    expect(document.signer).toEqual({ name: 'Trần Cẩm Tú', onBehalfOf: 'Ban Bí thư', lines: ['T/M BAN BÍ THƯ', 'Trần Cẩm Tú'] });
    // and the opening sentence's addressees lead the points that name no one else
    expect(tasks.map((t) => t.lead)).toEqual([['các cấp ủy, tổ chức đảng'], ['Bộ Công an']]);
  });
});

describe('a steering committee named for its subject', () => {
  it('keeps the comma that ends a letterhead line, and what the committee is about in lower case', () => {
    const text = 'BAN CHỈ ĐẠO TỈNH\nVỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ,\nĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ\n\nSố: 02-QC/BCĐ\n\nQUY CHẾ\nhoạt động của Ban Chỉ đạo\n\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định nguyên tắc làm việc.\n';
    const { document } = parseText(text, { file: 'qc.txt', format: 'text', sha256: '0'.repeat(64) }).model;
    expect(document.issuer).toBe('Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số');
    expect(sentenceCase('BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH')).toBe('Bộ Văn hóa, Thể thao và Du lịch');
  });
});

describe('kinds table', () => {
  it.each(KIND_PHRASES.map((p) => [p.label, p.kind] as const))('type line %s → %s', (label, kind) => {
    const h = extractHeader([para(label.toUpperCase()), para('VỀ VIỆC THỬ NGHIỆM'), body]);
    expect(h.document).toEqual({ kind, kindLabel: label, title: 'VỀ VIỆC THỬ NGHIỆM' });
  });
  it.each(TYPE_CODES.map((c) => [c.code, c.kind, c.label] as const))('type code %s → %s when there is no type line', (code, kind, label) => {
    expect(normalizeNumber(`Số: 12/${code.toUpperCase()}-UBND`)).toBe(`12/${code}-UBND`);
    const h = extractHeader([para('ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG THÁP'), para(`Số: 12/${code}-UBND`), body]);
    expect(h.document).toMatchObject({ kind, kindLabel: label, number: `12/${code}-UBND`, issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp' });
  });
});

describe('numbers, dates, casing, horizon', () => {
  it.each([
    ['Số 09-CTr/TU', '09-CTr/TU'], ['Số: 45/KH-UBND', '45/KH-UBND'], ['Số: 12/2024/NĐ-CP', '12/2024/NĐ-CP'],
    ['Số: 773 /QĐ-TTg', '773/QĐ-TTg'], ['Số 57\\-NQ/TW', '57-NQ/TW'], ['30-Ctr/TU', '30-CTr/TU'], ['45- NQ/TW', '45-NQ/TW'],
    ['23 -NQ/TU', '23-NQ/TU'], ['32/CT-TTG', '32/CT-TTg'], ['Số 3260-KH/ĐĐQH15', '3260-KH/ĐĐQH15'], ['Số: 252/KH-BCĐQG1237', '252/KH-BCĐQG1237'],
    ['03-TTr/ĐU, ngày 17/10/2025', '03-TTr/ĐU'], ['Số: 834/VBHN-BLĐTBXH', '834/VBHN-BLĐTBXH'],
  ])('normalizeNumber(%s) = %s', (input, expected) => {
    expect(normalizeNumber(input)).toBe(expected);
  });
  it.each(['Số:    /QĐ-TTg', 'Số:', '2026 - 2030', 'Số 14/2019', 'Sở Tài chính', ''])('normalizeNumber(%j) is undefined', (input) => {
    expect(normalizeNumber(input)).toBeUndefined();
  });

  it.each([
    ['Hà Nội, ngày 22 tháng 12 năm 2024', 'Hà Nội', '2024-12-22'],
    ['Hà Nội, ngày 26 tháng 0 6 năm 2018', 'Hà Nội', '2018-06-26'],
    ['Đắk Lắk, ngày  01 tháng 11 năm 2025', 'Đắk Lắk', '2025-11-01'],
    ['Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025', 'Thành phố Hồ Chí Minh', '2025-11-19'],
    ['HÀ NỘI, NGÀY 5 THÁNG 3 NĂM 2024', 'HÀ NỘI', '2024-03-05'],
    ['ngày 24/11/2025', undefined, '2025-11-24'],
  ])('readPlaceDate(%s)', (input, place, date) => {
    const pd = readPlaceDate(input);
    expect(pd?.place).toBe(place);
    expect(pd?.date).toBe(date);
  });
  it.each(['ngày 31 tháng 2 năm 2025', 'ngày 10 tháng 13 năm 2025', 'tháng 11 năm 2025'])('readPlaceDate(%s) is undefined', (input) => {
    expect(readPlaceDate(input)).toBeUndefined();
  });

  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', 'Ủy ban nhân dân tỉnh Đồng Tháp'], ['THỦ TƯỚNG CHÍNH PHỦ', 'Thủ tướng Chính phủ'],
    ['VĂN PHÒNG CHÍNH PHỦ', 'Văn phòng Chính phủ'], ['ĐẢNG ĐOÀN QUỐC HỘI', 'Đảng đoàn Quốc hội'],
    ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'Ban Chấp hành Trung ương'], ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
    ['BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ', 'Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân thành phố Hồ Chí Minh'], ['PHÓ CHỦ TỊCH', 'Phó Chủ tịch'],
    ['PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC', 'Phó Chánh Văn phòng Thường trực'], ['BAN THƯỜNG VỤ', 'Ban Thường vụ'], ['HĐND TỈNH BẮC NINH', 'HĐND tỉnh Bắc Ninh'],
    ['TỈNH ỦY QUẢNG TRỊ', 'Tỉnh ủy Quảng Trị'], ['THÀNH UỶ CẦN THƠ', 'Thành uỷ Cần Thơ'], ['HUYỆN ỦY GIO LINH', 'Huyện ủy Gio Linh'], ['TỈNH ỦY', 'Tỉnh ủy'],
    ['BAN THƯỜNG VỤ TỈNH ỦY QUẢNG TRỊ', 'Ban Thường vụ Tỉnh ủy Quảng Trị'], ['BỘ CÔNG THƯƠNG', 'Bộ Công Thương'], ['SỞ CÔNG THƯƠNG TỈNH NGHỆ AN', 'Sở Công Thương tỉnh Nghệ An'],
  ])('sentenceCase(%s) = %s', (input, expected) => {
    expect(sentenceCase(input)).toBe(expected);
  });

  it.each([
    ['đến năm 2030, tầm nhìn đến năm 2045', { year: 2030, vision: 2045 }],
    ['giai đoạn 2026 - 2030', { year: 2030, from: 2026 }],
    ['GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045', { year: 2030, vision: 2045, from: 2026 }],
    ['TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025', undefined],
  ])('horizonOf(%s)', (title, expected) => {
    expect(horizonOf(title)).toEqual(expected);
  });
});

describe('signature and recipients', () => {
  it('reads every closing, fills the document from the first (a decision with an attached plan)', () => {
    const h = extractHeader([
      para('QUYẾT ĐỊNH'), para('BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN'), para('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.'),
      row(['Nơi nhận: - Ban Bí thư Trung ương Đảng; - Lưu: VT, KSTT (2b).', 'THỦ TƯỚNG Phạm Minh Chính'],
        ['Nơi nhận:', '- Ban Bí thư Trung ương Đảng;', '- Lưu: VT, KSTT (2b).', 'THỦ TƯỚNG', 'Phạm Minh Chính']),
      para('KẾ HOẠCH'), para('TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN'), body,
      row(['Nơi nhận: - Như trên.', 'KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Phạm Mạnh Cường'], ['Nơi nhận:', '- Như trên.', 'KT. BỘ TRƯỞNG,', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'Phạm Mạnh Cường']),
    ]);
    expect(h.document.signer).toEqual({ name: 'Phạm Minh Chính', role: 'Thủ tướng', lines: ['THỦ TƯỚNG', 'Phạm Minh Chính'] });
    expect(h.document.recipients).toEqual(['Ban Bí thư Trung ương Đảng', 'Lưu: VT, KSTT (2b)']);
    expect([...h.consumed]).toEqual([0, 1, 3, 7]);
  });

  it.each([
    [['XÁC THỰC VĂN BẢN HỢP NHẤT KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Bá Hoan'], { name: 'Nguyễn Bá Hoan', role: 'Thứ trưởng', onBehalfOf: 'Bộ trưởng', lines: ['XÁC THỰC VĂN BẢN HỢP NHẤT', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Bá Hoan'] }],
    [['TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân'], { name: 'Nguyễn Thiện Nhân', role: 'Phó Thủ tướng', lines: ['TRƯỞNG BAN', 'PHÓ THỦ TƯỚNG', 'Nguyễn Thiện Nhân'] }],
    [['KT. BỘ TRƯỞNG,', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'Phạm Mạnh Cường'], { name: 'Phạm Mạnh Cường', role: 'Phó Chủ nhiệm', onBehalfOf: 'Bộ trưởng, Chủ nhiệm', lines: ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'Phạm Mạnh Cường'] }],
    [['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ', 'Hoàng Văn Nhân'], { name: 'Hoàng Văn Nhân', role: 'Phó Bí thư', onBehalfOf: 'Ban Thường vụ', lines: ['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ', 'Hoàng Văn Nhân'] }],
    [['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Trần Minh'], { name: 'Trần Minh', role: 'Chánh Văn phòng', onBehalfOf: 'Chủ tịch', lines: ['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Trần Minh'] }],
    [['Q. CHỦ TỊCH', 'Lê Văn Bình'], { name: 'Lê Văn Bình', onBehalfOf: 'Chủ tịch', lines: ['Q. CHỦ TỊCH', 'Lê Văn Bình'] }],
    [['TL. BỘ TRƯỞNG', 'VỤ TRƯỞNG', '(Đã ký)'], { role: 'Vụ trưởng', onBehalfOf: 'Bộ trưởng', lines: ['TL. BỘ TRƯỞNG', 'VỤ TRƯỞNG', '(Đã ký)'] }],
  ])('signature %j', (cell, signer) => {
    const h = extractHeader([body, row(['Nơi nhận: - Như trên.', cell.join(' ')], ['Nơi nhận:', '- Như trên.', ...cell])]);
    expect(h.document.signer).toEqual(signer);
    expect(h.document.recipients).toEqual(['Như trên']);
  });

  it('stops the recipients at the first block that is not a recipient line', () => {
    const h = extractHeader([body, para('Nơi nhận:'), para('- Như Điều 3;'), para('- Lưu: VT, KSTT (2).'), para('PHỤ LỤC I'), para('DANH MỤC CÁC CHỈ TIÊU CỤ THỂ')]);
    expect(h.document.recipients).toEqual(['Như Điều 3', 'Lưu: VT, KSTT (2)']);
    expect([...h.consumed]).toEqual([1, 2, 3]);
  });

  it('a signature that the recipients list breaks in two is one signer (a Party resolution typed in two columns)', () => {
    const h = extractHeader([
      para('Nghị quyết này được phổ biến đến chi bộ.'), para('T/M BAN THƯỜNG VỤ'), para('Nơi nhận:'), para('- Ban Bí thư Trung ương Đảng,'),
      para('- Lưu Văn phòng Tỉnh ủy.'), para('BÍ THƯ'), para('Lê Văn Thành'),
    ]);
    expect(h.document.signer).toEqual({ name: 'Lê Văn Thành', role: 'Bí thư', onBehalfOf: 'Ban Thường vụ', lines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Lê Văn Thành'] });
    expect(h.document.recipients).toEqual(['Ban Bí thư Trung ương Đảng', 'Lưu Văn phòng Tỉnh ủy']);
    // a signature complete before the list stays as it was; what follows the list is not taken into it
    const whole = extractHeader([para('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An'), para('Nơi nhận:'), para('- Như trên;'), para('- Lưu: VT.'), para('PHỤ LỤC')]);
    expect(whole.document.signer?.name).toBe('Nguyễn Văn An');
  });
});

describe('letterheads and enacting lines of local bodies', () => {
  const txt = (text: string) => parseText(text, { file: 't.txt', format: 'text', sha256: '0'.repeat(64) }).model;

  it('two abbreviated bodies on two lines: the second issues, the first is its superior', () => {
    const m = txt('UBND TỈNH PHÚ THỌ\nUBND HUYỆN THANH SƠN\n\nSố: 125/KH-UBND\n\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2025\n\nI. MỤC TIÊU\n1. Xử lý 100% hồ sơ trên môi trường mạng.\n');
    expect(m.document).toMatchObject({ issuer: 'UBND huyện Thanh Sơn', superior: 'UBND tỉnh Phú Thọ', number: '125/KH-UBND', kind: 'plan' });
  });

  it('SỞ over a unit of its own: PHÒNG, TRUNG TÂM, TRƯỜNG open a second body', () => {
    const m = txt('SỞ Y TẾ TỈNH BẮC NINH\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\n\nSố: 10/KH-TTKSBT\n\nKẾ HOẠCH\nPhòng chống dịch năm 2025\n\nI. MỤC TIÊU\n1. Giảm 10% số ca mắc.\n');
    expect(m.document).toMatchObject({ issuer: 'Trung tâm Kiểm soát bệnh tật', superior: 'Sở Y tế tỉnh Bắc Ninh' });
  });

  it('the enacting line of a council with its term and sitting repeats the issuer and leaves the preamble', () => {
    const m = txt('HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 12/2025/NQ-HĐND\n\nNGHỊ QUYẾT\nVề Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030\n\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI\nKHÓA XIII, KỲ HỌP THỨ 30\n\nCăn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Mục tiêu\nPhát triển kinh tế nhanh và bền vững.\n');
    expect(m.document.issuer).toBe('Hội đồng nhân dân tỉnh Quảng Ngãi');
    expect(m.preamble.map((p) => p.text)).toEqual(['Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;']);
    expect(m.preamble[0]?.title).toBeUndefined();
    expect(m.document.asWritten).toContain('KHÓA XIII, KỲ HỌP THỨ 30');
  });

  it('an enacting line with its term names the issuer where the letterhead named none', () => {
    const m = txt('NGHỊ QUYẾT\nVề nhiệm vụ năm 2026\n\nQUỐC HỘI KHÓA XV\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Mục tiêu\nTăng trưởng 8%.\n');
    expect(m.document.issuer).toBe('Quốc hội');
  });
});
