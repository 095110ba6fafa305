// Citations: one test per lexicon row, real citations copied from the corpus (file named in each
// test), implementedBy on real titles, merging, things that are not citations, and linear time.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReferences, implementedBy, mergeReferences } from '../src/extract/references.js';
import { KIND_PHRASES, TYPE_CODES } from '../src/lexicon/kinds.js';
import { CITED_KINDS, IMPLEMENT_CUES, ISSUER_STOPS, LAW_NAME_STOPS, TERM_WORDS } from '../src/lexicon/references.js';
import type { Reference } from '../src/model/types.js';
import { CORPUS, growth } from './helpers.js';

describe('lexicon rows', () => {
  it.each(KIND_PHRASES.map((p) => [p.label, p.kind] as const))('type line "%s" (lexicon/kinds.ts) → %s', (label, kind) => {
    expect(extractReferences(`theo ${label} số 12/ABC-XYZ ngày 05/9/2025`)).toEqual([
      { kind, number: '12/ABC-XYZ', date: '2025-09-05', text: `${label} số 12/ABC-XYZ ngày 05/9/2025` },
    ]);
  });

  it.each(TYPE_CODES.map((c) => [c.code, c.kind] as const))('type code %s (lexicon/kinds.ts) gives the kind of a bare number → %s', (code, kind) => {
    expect(extractReferences(`theo số 12/${code}-UBND`)).toEqual([{ kind, number: `12/${code}-UBND`, text: `số 12/${code}-UBND` }]);
  });

  it.each(CITED_KINDS.map((c) => [c.label, c.kind, c.example] as const))('cited kind "%s" → %s, e.g. %s', (label, kind, example) => {
    const [ref] = extractReferences(`Căn cứ ${example};`);
    expect(ref?.kind).toBe(kind);
    expect(ref?.text.toLowerCase().startsWith(label.toLowerCase())).toBe(true);
  });

  it.each(ISSUER_STOPS.map((s) => s.words))('issuer stop "%s" ends the issuer', (words) => {
    const [ref] = extractReferences(`Nghị quyết số 09-NQ/TW của Bộ Chính trị ${words} 1 x`);
    expect(ref?.issuer).toBe('Bộ Chính trị');
  });

  it.each(LAW_NAME_STOPS)('law-name stop "%s" ends the name of a law', (words) => {
    const [ref] = extractReferences(`Căn cứ Luật Đất đai ${words} 1 x`);
    expect(ref).toEqual({ kind: 'law', text: 'Luật Đất đai' });
  });

  it.each(TERM_WORDS)('term word "%s" gives the term', (word) => {
    const [ref] = extractReferences(`Nghị quyết số 45-NQ/TW của Ban Chấp hành Trung ương Đảng ${word} XIII về`);
    expect(ref).toMatchObject({ issuer: 'Ban Chấp hành Trung ương Đảng', term: 'XIII' });
  });

  it.each(IMPLEMENT_CUES.map((c) => [c.words, c.example] as const))('implementation cue "%s": %s', (words) => {
    expect(implementedBy(`Kế hoạch ${words} Nghị quyết số 57-NQ/TW và Kết luận số 69-KL/TW`)).toEqual(['57-NQ/TW', '69-KL/TW']);
  });
});

const r = (kind: Reference['kind'], text: string, fields: Omit<Reference, 'kind' | 'text'> = {}): Reference => ({ kind, ...fields, text });

// [file, input copied from it (Markdown emphasis removed), expected]
const corpus: [string, string, Reference[]][] = [
  ['nq03-cp-2025-ctrhd preamble', 'Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    [r('resolution', 'Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị', { number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị' })]],
  ['nq03-cp-2025-ctrhd (a term)', 'Chương trình hành động của Chính phủ thực hiện Nghị quyết số 45-NQ/TW ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương Đảng khóa XIII; các chương trình',
    [r('resolution', 'Nghị quyết số 45-NQ/TW ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương Đảng khóa XIII', { number: '45-NQ/TW', date: '2023-11-24', issuer: 'Ban Chấp hành Trung ương Đảng', term: 'XIII' })]],
  ['nq03-cp-2025-ctrhd preamble (two in a row)', 'Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ và Bộ trưởng Bộ Thông tin và Truyền thông tại Tờ trình số 04/TTr-BKHCN-BTTTT ngày 02 tháng 01 năm 2025 và công văn số 83/BKHCN-BTTTT-VP ngày 08 tháng 01 năm 2025 về Chương trình',
    [r('other', 'Tờ trình số 04/TTr-BKHCN-BTTTT ngày 02 tháng 01 năm 2025', { number: '04/TTr-BKHCN-BTTTT', date: '2025-01-02' }),
      r('other', 'công văn số 83/BKHCN-BTTTT-VP ngày 08 tháng 01 năm 2025', { number: '83/BKHCN-BTTTT-VP', date: '2025-01-08' })]],
  ['nq03-cp-2025-ctrhd (a blank draft number with a date: kept)', '(Kèm theo Chương trình hành động tại Nghị quyết số  /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)',
    [r('resolution', 'Nghị quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ', { date: '2025-01-01', issuer: 'Chính phủ' })]],
  ['nq03-cp-2025-pl2.v1 (two laws)', 'Sửa đổi Luật Tổ chức Chính phủ; Luật Tổ chức chính quyền địa phương để đảm bảo thống nhất',
    [r('law', 'Luật Tổ chức Chính phủ'), r('law', 'Luật Tổ chức chính quyền địa phương')]],
  ['nq03-cp-2025-pl2.v1 (law names with commas)', 'Sửa đổi một số quy định trong Luật Viên chức; Luật Phòng, chống tham nhũng; Luật Doanh nghiệp để tạo điều kiện',
    [r('law', 'Luật Viên chức'), r('law', 'Luật Phòng, chống tham nhũng'), r('law', 'Luật Doanh nghiệp')]],
  ['news-hanoi', 'Chỉ thị số 30-CT/TU ngày 19/2/2024 của Thành ủy Hà Nội “Tăng cường sự lãnh đạo của cấp ủy Đảng',
    [r('directive', 'Chỉ thị số 30-CT/TU ngày 19/2/2024 của Thành ủy Hà Nội', { number: '30-CT/TU', date: '2024-02-19', issuer: 'Thành ủy Hà Nội' })]],
  ['news-hanoi (case slip, stray space)', 'trình bày Chương trình hành động số 30-Ctr/TU ngày 8/3/2024 về thực hiện Nghị quyết số 45- NQ/TW về “Tiếp tục xây dựng',
    [r('action-programme', 'Chương trình hành động số 30-Ctr/TU ngày 8/3/2024', { number: '30-CTr/TU', date: '2024-03-08' }),
      r('resolution', 'Nghị quyết số 45- NQ/TW', { number: '45-NQ/TW' })]],
  ['news-hanoi', 'Chương trình hành động số 32-Ctr/TU ngày 4/4/2024 thực hiện Nghị quyết số 42-NQ/TW của Trung ương về “Tiếp tục đổi mới',
    [r('action-programme', 'Chương trình hành động số 32-Ctr/TU ngày 4/4/2024', { number: '32-CTr/TU', date: '2024-04-04' }),
      r('resolution', 'Nghị quyết số 42-NQ/TW của Trung ương', { number: '42-NQ/TW', issuer: 'Trung ương' })]],
  ['kh-617 (Tỉnh uỷ, old tone placement kept)', 'Chương trình hành động số 10-CTr/TU\nngày 13/8/2025 của Ban Thường vụ Tỉnh uỷ về thực hiện Nghị quyết số 57-NQ/TW',
    [r('action-programme', 'Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh uỷ', { number: '10-CTr/TU', date: '2025-08-13', issuer: 'Ban Thường vụ Tỉnh uỷ' }),
      r('resolution', 'Nghị quyết số 57-NQ/TW', { number: '57-NQ/TW' })]],
  ['kh-617', 'vừa theo Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ (lĩnh vực\nkhoa học và công nghệ)',
    [r('decree', 'Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ', { number: '80/2021/NĐ-CP', date: '2021-08-26', issuer: 'Chính phủ' })]],
  ['kh-552 (stray space)', 'Chương trình hành động số 10- CTr/TU ngày 13/8/2025 của Ban\nThường vụ Tỉnh ủy về thực hiện',
    [r('action-programme', 'Chương trình hành động số 10- CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy', { number: '10-CTr/TU', date: '2025-08-13', issuer: 'Ban Thường vụ Tỉnh ủy' })]],
  ['kh-179 (date after the issuer)', 'Căn cứ Quyết định số 411/QĐ-TTg của Thủ tướng Chính\nphủ ngày 31/3/2022 phê duyệt Chiến lược quốc gia',
    [r('decision', 'Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022', { number: '411/QĐ-TTg', date: '2022-03-31', issuer: 'Thủ tướng Chính phủ' })]],
  ['kh-179 (issuer ends at a capitalised verb)', 'Căn cứ Căn cứ Kế hoạch số 92/KH-UBND ngày 15/9/2025\ncủa UBND tỉnh Sửa đổi, bổ sung cập nhật Kế hoạch',
    [r('plan', 'Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh', { number: '92/KH-UBND', date: '2025-09-15', issuer: 'UBND tỉnh' })]],
  ['nq-394 preamble (a law: no number)', 'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
    [r('law', 'Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025', { date: '2025-02-18' })]],
  ['nq-192 preamble (numbered laws)', 'Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14 và Luật số 62/2025/QH15;',
    [r('law', 'Luật Tổ chức Quốc hội số 57/2014/QH13', { number: '57/2014/QH13' }), r('law', 'Luật số 65/2020/QH14', { number: '65/2020/QH14' }),
      r('law', 'Luật số 62/2025/QH15', { number: '62/2025/QH15' })]],
  ['nq-192 preamble', 'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;', [r('law', 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam')]],
  ['nq-192 preamble (Tờ trình is kind other)', 'Trên cơ sở xem xét Tờ trình số 53/TTr-CP ngày 27/01/2025, Báo cáo số 54/BC-CP ngày 27/01/2025 của Chính phủ;',
    [r('other', 'Tờ trình số 53/TTr-CP ngày 27/01/2025', { number: '53/TTr-CP', date: '2025-01-27' }),
      r('report', 'Báo cáo số 54/BC-CP ngày 27/01/2025 của Chính phủ', { number: '54/BC-CP', date: '2025-01-27', issuer: 'Chính phủ' })]],
  ['qd-773 header', 'Số: 773 /QĐ-TTg', [r('decision', 'Số: 773 /QĐ-TTg', { number: '773/QĐ-TTg' })]],
  ['qd-773 preamble (an ordinance)', 'Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày 29 tháng 6 năm 2005 của Ủy ban Thường vụ Quốc hội và Pháp lệnh sửa đổi',
    [r('law', 'Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày 29 tháng 6 năm 2005 của Ủy ban Thường vụ Quốc hội',
      { number: '26/2005/PL-UBTVQH11', date: '2005-06-29', issuer: 'Ủy ban Thường vụ Quốc hội' })]],
  ['qd-773 title (upper case, a term)', 'BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW NGÀY 19 THÁNG 7 NĂM 2017 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG KHÓA XII VỀ TIẾP TỤC',
    [r('directive', 'CHỈ THỊ SỐ 14-CT/TW NGÀY 19 THÁNG 7 NĂM 2017 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG KHÓA XII', { number: '14-CT/TW', date: '2017-07-19', issuer: 'BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG', term: 'XII' })]],
  ['qd-2820 title (upper case, TTG)', 'BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ\n06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ\n3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH',
    [r('decision', 'QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ', { number: '06/QĐ-TTg', date: '2025-01-02', issuer: 'THỦ TƯỚNG CHÍNH PHỦ' }),
      r('decision', 'QUYẾT ĐỊNH SỐ 3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH', { number: '3103/QĐ-BTC', date: '2025-09-05', issuer: 'BỘ TÀI CHÍNH' })]],
  ['qd-2820 preamble (laws with numbers and dates)', 'Căn cứ Luật Dữ liệu số\n60/2024/QH15 ngày 30 tháng 11 năm 2024;',
    [r('law', 'Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024', { number: '60/2024/QH15', date: '2024-11-30' })]],
  ['qd-2623 (a blank draft number without a date: dropped)', '(Kèm theo Quyết định số /QĐ-TTg ngày\ntháng năm 2025 của Thủ tướng Chính phủ)', []],
  ['tb-624 PL I', 'triển khai thực hiện nghiêm túc, hiệu quả các nhiệm vụ, giải pháp trọng tâm theo chức\nnăng, nhiệm vụ được giao tại Thông báo số 07-TB/CQTTBCĐ ngày 15/10/2025, gửi',
    [r('notice', 'Thông báo số 07-TB/CQTTBCĐ ngày 15/10/2025', { number: '07-TB/CQTTBCĐ', date: '2025-10-15' })]],
  ['tb-624 (a list under one kind)', 'đáp ứng yêu cầu tại văn bản số 1552/BTTTT-TTH và 708/BTTTT-CATTT; hoàn thành',
    [r('other', 'văn bản số 1552/BTTTT-TTH', { number: '1552/BTTTT-TTH' }), r('other', '708/BTTTT-CATTT', { number: '708/BTTTT-CATTT' })]],
  ['tb-624 ("&" in the issuer code)', 'Công văn số 1506/KCB-QLCL&CGKT ngày 22/9/2025 đôn đốc các cơ sở y tế',
    [r('other', 'Công văn số 1506/KCB-QLCL&CGKT ngày 22/9/2025', { number: '1506/KCB-QLCL&CGKT', date: '2025-09-22' })]],
  ['nq-380 (Thông báo Kết luận)', 'theo chỉ đạo của Bộ Chính trị tại\nThông báo Kết luận số 99- TB/TW ngày 21 tháng 11 năm 2025.',
    [r('notice', 'Thông báo Kết luận số 99- TB/TW ngày 21 tháng 11 năm 2025', { number: '99-TB/TW', date: '2025-11-21' })]],
  ['nd-75-2021-cp.v1 preamble (a law cited twice: once)', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    [r('law', 'Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015', { date: '2015-06-19' }),
      r('law', 'Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019', { date: '2019-11-22' })]],
  ['kh-3260 header', 'Số 3260-KH/ĐĐQH15', [r('plan', 'Số 3260-KH/ĐĐQH15', { number: '3260-KH/ĐĐQH15' })]],
];

describe('real citations from the corpus', () => {
  it.each(corpus)('%s: %j', (_file, input, expected) => {
    expect(extractReferences(input)).toEqual(expected);
  });

  it('news-hanoi-2024-05-09.txt cites nine documents, each once, with the details of its fullest mention', () => {
    const refs = extractReferences(readFileSync(join(CORPUS, 'news-hanoi-2024-05-09.txt'), 'utf8'));
    expect(refs.map((x) => x.number)).toEqual(['23-NQ/TU', '30-CT/TU', '30-CTr/TU', '45-NQ/TW', '27-NQ/TW', '32-CTr/TU', '42-NQ/TW', '29-CTr/TU', '43-NQ/TW']);
    expect(refs[0]).toEqual(r('resolution', 'Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy', { number: '23-NQ/TU', date: '2023-11-16', issuer: 'Thành ủy' }));
  });

  it('NFD text and CRLF line endings give the same references', () => {
    const text = 'Căn cứ Nghị quyết số\r\n57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá';
    expect(extractReferences(text.normalize('NFD'))).toEqual(extractReferences(text.normalize('NFC')));
    expect(extractReferences(text)[0]?.text).toBe('Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị');
  });
});

describe('not citations', () => {
  it.each([
    ['nq03-cp-2025-pl2.v1: "Luật" as a common noun', 'Hồ sơ đề nghị xây dựng Luật của Quốc hội'],
    ['news-hanoi: a resolution without a number', 'quán triệt Chương trình hành động thực hiện các Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành T.Ư Đảng khóa XIII'],
    ['kh-310: a code that is not a document number', 'phần mềm quản lý hạ tầng đô thị thông minh dựa trên nền tàng 5G/IoT.'],
    ['qd-2820: a decimal number that normalizeNumber does not read is not cut to "2/2025/NQ-CP"', 'Căn cứ Nghị quyết số\n66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025'],
    ['a date alone', '22/12/2024'],
    ['a number without a type code or kind', 'theo 12/2024/QH15'],
    ['"một số" is not a number', 'sửa đổi, bổ sung một số điều'],
    ['lower-case "luật"', 'tuân thủ pháp luật và các văn bản luật'],
    ['empty text', ''],
  ])('%s', (_name, input) => {
    expect(extractReferences(input)).toEqual([]);
  });
});

describe('implementedBy on real titles', () => {
  it.each([
    ['nq03-cp-2025-ctrhd', 'Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia', ['57-NQ/TW']],
    ['kh-3260 (title as written, first word cut)', 'khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia', ['57-NQ/TW']],
    ['qd-2820 (two decisions)', 'BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH', ['06/QĐ-TTg', '3103/QĐ-BTC']],
    ['kh-617 (its title names no document)', 'CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH', []],
    ['kh-617 (its opening line: only the plan it carries out directly, not what that plan carries out)',
      'Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Uỷ ban nhân dân Tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh uỷ về thực hiện Nghị quyết số 57-NQ/TW', ['283/KH-UBND']],
    ['kh-1026', 'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ “VỀ TĂNG CƯỜNG CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC TRONG TÌNH HÌNH MỚI” TRÊN ĐỊA BÀN TỈNH NGHỆ AN', ['32/CT-TTg']],
    ['qd-773', 'BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW NGÀY 19 THÁNG 7 NĂM 2017 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG KHÓA XII VỀ TIẾP TỤC TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG', ['14-CT/TW']],
    ['kh-552 (carries out no numbered document)', 'THỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035 TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP ĐỐI VỚI CÁC NGÀNH KINH TẾ MŨI NHỌN', []],
    ['qd-2623 (a law without a number)', 'TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN', []],
    ['empty title', '', []],
  ])('%s', (_file, title, expected) => {
    expect(implementedBy(title)).toEqual(expected);
  });
});

describe('mergeReferences', () => {
  const full = r('resolution', 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị', { number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị' });
  const short = r('resolution', 'Nghị quyết 57-NQ/TW', { number: '57-NQ/TW' });

  it('one entry per number, in first-mention order, missing fields filled and the fullest text kept', () => {
    const other = r('decree', 'Nghị định số 80/2021/NĐ-CP', { number: '80/2021/NĐ-CP' });
    expect(mergeReferences([[short, other], [full]])).toEqual([full, other]);
  });

  it('numbers compare after normalisation, whatever the case of the code', () => {
    expect(mergeReferences([[r('decision', 'QUYẾT ĐỊNH SỐ 06/QĐ-TTG', { number: '06/QĐ-TTg' })], [r('decision', 'Quyết định số 06/QĐ-TTg', { number: '06/QĐ-TTg' })]])).toHaveLength(1);
  });

  it('laws without a number merge by kind and name (any case), unless their dates differ', () => {
    const law2015 = r('law', 'Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015', { date: '2015-06-19' });
    const law2025 = r('law', 'Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025', { date: '2025-02-18' });
    const undated = r('law', 'LUẬT TỔ CHỨC CHÍNH PHỦ');
    expect(mergeReferences([[undated], [law2015], [law2025]])).toEqual([law2015, law2025]);
  });

  it('the lists of a whole document: extractReferences on each part, then merge', () => {
    const parts = ['Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;', 'thực hiện Nghị quyết 57-NQ/TW và Luật Dữ liệu;', 'Luật Dữ liệu ngày 30 tháng 11 năm 2024'];
    expect(mergeReferences(parts.map(extractReferences))).toEqual([full, r('law', 'Luật Dữ liệu ngày 30 tháng 11 năm 2024', { date: '2024-11-30' })]);
  });

  it('empty lists', () => {
    expect(mergeReferences([])).toEqual([]);
    expect(mergeReferences([[], []])).toEqual([]);
  });
});

describe('linear time on adversarial input', () => {
  const inputs: [string, (n: number) => string, number][] = [
    ['100,000 spaces', (n) => ' '.repeat(n) + 'Nghị quyết số 57-NQ/TW', 100_000],
    ['50,000 "/"', (n) => '/'.repeat(n), 50_000],
    ['"Nghị quyết số" without numbers', (n) => 'Nghị quyết số '.repeat(n), 20_000],
    ['a chain of issuers', (n) => 'Nghị quyết số 1-NQ/TW của Bộ '.repeat(n), 5_000],
    ['a list of numbers', (n) => '57-NQ/TW, '.repeat(n), 10_000],
    ['a long law name', (n) => 'Luật Đất đai, đất, '.repeat(n), 10_000],
    ['"Số:" and blank numbers', (n) => 'Số:  /NQ-CP ngày '.repeat(n), 10_000],
  ];
  const digits = (n: number): string => '1/2/'.repeat(n / 4);
  it.each([...inputs, ['a 1 MB line of digits and slashes', digits, 1 << 20] as const, ['100,000 "Nghị quyết số"', (n: number) => 'Nghị quyết số '.repeat(n), 100_000] as const])(
    'extractReferences on %s', (_name, make, n) => {
      expect(growth(make, extractReferences, n)).toBeLessThan(4);
    });
  it.each([...inputs, ['a list after "thực hiện"', (n: number) => 'thực hiện ' + 'Nghị quyết số 57-NQ/TW và '.repeat(n), 10_000] as const])(
    'implementedBy on %s', (_name, make, n) => {
      expect(growth(make, implementedBy, n)).toBeLessThan(4);
    });
  it('mergeReferences on many lists', () => {
    const list = (n: number): Reference[][] => Array.from({ length: n }, (_, i) => [r('resolution', `Nghị quyết số ${i}-NQ/TW`, { number: `${i}-NQ/TW` }), r('law', `Luật Số ${i % 100}`)]);
    const [small, large] = [list(20_000), list(40_000)];
    const time = (lists: Reference[][]): number => {
      const t0 = performance.now();
      mergeReferences(lists);
      return performance.now() - t0;
    };
    time(small);
    const t1 = Math.min(time(small), time(small), time(small));
    const t2 = Math.min(time(large), time(large), time(large));
    expect(t2 / Math.max(t1, 1)).toBeLessThan(4);
  });
});

describe('law names and commas', () => {
  it.each([
    ['a capitalised part after a comma belongs to the name', 'theo Luật Khoa học, Công nghệ và Đổi mới sáng tạo năm 2025', ['Luật Khoa học, Công nghệ và Đổi mới sáng tạo']],
    ['a new clause after a comma ends the name', 'theo quy định của Luật Dữ liệu, bảo đảm an toàn, bảo mật thông tin', ['Luật Dữ liệu']],
    ['a list of laws splits at each kind word', 'sửa đổi Luật Doanh nghiệp, Luật Đầu tư, Luật Đấu thầu', ['Luật Doanh nghiệp', 'Luật Đầu tư', 'Luật Đấu thầu']],
    ['"Phòng, chống" stays inside a name', 'Luật Phòng, chống tham nhũng', ['Luật Phòng, chống tham nhũng']],
  ])('%s', (_name, text, expected) => {
    expect(extractReferences(text).map((r) => r.text)).toEqual(expected);
  });
});
