// The paragraph that closes a document's body after its last numbered point (classify/sections.ts
// isClosingParagraph, model/sections.ts liftClosing): it speaks of the whole document, so it is not
// nested under that point; it goes to the end of the implementation heading it is in, or to the top of
// implementation. Other trailing paragraphs stay where they are.

import { describe, expect, it } from 'vitest';
import { isClosingParagraph } from '../src/classify/sections.js';
import { extractAssignment } from '../src/extract/bodies.js';
import { ASSIGNING_IN_CLAUSE } from '../src/lexicon/bodies.js';
import { KIND_PHRASES } from '../src/lexicon/kinds.js';
import type { Model } from '../src/model/types.js';
import { parseText } from '../src/parse.js';

const parse = (text: string, format: 'markdown' | 'text' = 'markdown'): Model =>
  parseText(text, { file: format === 'text' ? 't.txt' : 't.md', format, sha256: '0'.repeat(64) }).model;

const CLOSINGS = [
  'Trên đây là Kế hoạch triển khai thực hiện công tác cải cách hành chính năm 2025, đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.',
  'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để xem xét, giải quyết./.',
  'Quá trình tổ chức thực hiện nếu có vướng mắc thì các đơn vị kịp thời báo cáo.',
  'Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố thực hiện nghiêm túc Chỉ thị này./.',
  'Ủy ban nhân dân Thành phố yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện; định kỳ hằng năm báo cáo kết quả./.',
  'Đề nghị các cơ quan, đơn vị triển khai thực hiện./.',
  'Yêu cầu các đơn vị khẩn trương báo cáo trước ngày 30/6/2025./.',
  // nq57: a Party document closes by saying how far it is spread, with or without the end mark
  'Nghị quyết này phổ biến đến chi bộ.',
  'Chỉ thị này được phổ biến đến chi bộ./.',
  'Quyết định này có hiệu lực kể từ ngày ký.',
  'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
];
const NOT_CLOSINGS = [
  'Trong quá trình thực hiện, các sở chủ động rà soát, cập nhật danh mục nhiệm vụ.',
  'Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh thực hiện nghiêm túc Chỉ thị này.',
  'Các sở, ngành xây dựng kế hoạch của đơn vị./.',
  'Đẩy mạnh cải cách hành chính trên đây là nhiệm vụ trọng tâm./.',
  'Đề nghị các cơ quan, đơn vị triển khai thực hiện.',
  'Các sở đề nghị bổ sung kinh phí./.',
  'Ủy ban nhân dân Thành phố yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện; định kỳ hằng năm báo cáo kết quả.',
  'Nghị quyết này xác định phát triển nông nghiệp là nhiệm vụ trọng tâm.',
  'Các cấp ủy phổ biến đến chi bộ Nghị quyết này.',
  'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.',
];

describe('closing paragraphs', () => {
  it('are read by their opening, or by the end mark and the document naming itself', () => {
    for (const text of CLOSINGS) expect(isClosingParagraph(text), text).toBe(true);
    for (const text of NOT_CLOSINGS) expect(isClosingParagraph(text), text).toBe(false);
    for (const { label } of KIND_PHRASES) expect(isClosingParagraph(`Các cơ quan thực hiện nghiêm túc ${label} này./.`), label).toBe(true);
  });

  it('in a letter, a request that ends the body goes to implementation, not under the last point', () => {
    const letter = ['Kính gửi: Các sở, ban, ngành thuộc tỉnh.', 'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị triển khai các nội dung sau:',
      '1. Sở Khoa học và Công nghệ chủ trì tham mưu xây dựng kế hoạch hành động, hoàn thành trước ngày 30/4/2025.',
      '2. Sở Tài chính bố trí kinh phí thực hiện theo quy định.', 'Đề nghị các cơ quan, đơn vị triển khai thực hiện./.'];
    for (const m of [parse(letter.join('\n\n')), parse(letter.join('\n'), 'text')]) {
      expect(m.tasks.map((i) => i.id)).toEqual(['1', '2']);
      expect(m.tasks[1]?.items).toBeUndefined();
      expect(m.implementation.map((i) => i.text)).toEqual(['Đề nghị các cơ quan, đơn vị triển khai thực hiện./.']);
    }
  });

  it('in a letter whose points are unnumbered paragraphs that assign work, the points are tasks and the request implementation', () => {
    const letter = ['Kính gửi: Các sở, ban, ngành thuộc tỉnh.', 'Thực hiện Kế hoạch số 01-KH/BCĐTW, Ủy ban nhân dân tỉnh có ý kiến như sau:',
      'Giao Sở Khoa học và Công nghệ chủ trì tham mưu xây dựng kế hoạch hành động, hoàn thành trước ngày 30/4/2025.',
      'Yêu cầu Sở Tài chính bố trí kinh phí thực hiện.', 'Đề nghị các cơ quan, đơn vị triển khai thực hiện./.'];
    // as plain text with no blank lines too: a line that assigns work after a sentence is the next point
    for (const m of [parse(letter.join('\n\n')), parse(letter.join('\n'), 'text')]) {
      expect(m.tasks.map((i) => i.lead)).toEqual([['Sở Khoa học và Công nghệ'], ['Sở Tài chính']]);
      expect(m.tasks[0]?.deadline?.due).toBe('2025-04-30');
      expect(m.implementation.map((i) => i.text)).toEqual(['Đề nghị các cơ quan, đơn vị triển khai thực hiện./.']);
    }
    // an opening sentence followed by a paragraph that assigns nothing opens no list
    const report = parse(['Kính gửi: Các sở, ban, ngành thuộc tỉnh.', 'Ủy ban nhân dân tỉnh thông báo như sau:', 'Năm 2025, tỉnh đã hoàn thành các chỉ tiêu chủ yếu.'].join('\n\n'));
    expect(report.tasks).toEqual([]);
  });

  it('in a directive without headings, go to implementation, not under the last point', () => {
    const m = parse(['CHỈ THỊ', '', 'Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh:', '', '1. Chỉ đạo các cấp đưa nội dung đào tạo nghề vào kế hoạch.', '',
      '2. Định kỳ hằng năm gửi báo cáo về Bộ Nội vụ.', '', CLOSINGS[3] as string, ''].join('\n'));
    expect(m.tasks.map((t) => [t.id, t.items?.length ?? 0])).toEqual([['1', 0], ['2', 0]]);
    expect(m.implementation.map((i) => [i.text, i.lead])).toEqual([[CLOSINGS[3], ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố']]]);
  });

  it('under an implementation heading, end that heading, in both formats', () => {
    for (const format of ['markdown', 'text'] as const) {
      const m = parse(['I. NHIỆM VỤ', '', '1. Rà soát thủ tục hành chính.', '', 'II. TỔ CHỨC THỰC HIỆN', '', '1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện.', '',
        '2. Các sở, ngành xây dựng kế hoạch của đơn vị.', '', CLOSINGS[1] as string, '', CLOSINGS[0] as string, ''].join('\n'), format);
      expect(m.implementation.map((i) => i.id), format).toEqual(['II.1', 'II.2', 'II.p1', 'II.p2']);
      expect(m.implementation[1]?.items, format).toBeUndefined();
      expect(m.implementation[3]?.lead, format).toEqual(['các cơ quan, đơn vị']);
    }
  });

  it('in plain text of one-line paragraphs with no blank lines, a sentence ends its paragraph whatever its length', () => {
    const long = '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể tuyên truyền, vận động nhân dân tham gia phát triển du lịch cộng đồng trên địa bàn toàn xã, gắn với xây dựng nông thôn mới.';
    const lines = ['V. TỔ CHỨC THỰC HIỆN', '1. Phòng Văn hóa - Xã hội theo dõi, đôn đốc việc thực hiện Kế hoạch.', '2. Phòng Kinh tế bố trí kinh phí.', long, CLOSINGS[1] as string];
    const m = parse(lines.join('\n'), 'text');
    expect(m.implementation.map((i) => i.id)).toEqual(['V.1', 'V.2', 'V.3', 'V.p1']);
    expect(m.implementation[2]?.text).toBe(long.slice(3));
    // control: the same point wrapped across lines that end mid-sentence stays one paragraph
    const wrapped = ['V. TỔ CHỨC THỰC HIỆN', '1. Phòng Văn hóa - Xã hội theo dõi, đôn đốc việc thực hiện Kế hoạch và tổng hợp', 'báo cáo Ủy ban nhân dân xã kết quả thực hiện.', '2. Phòng Kinh tế bố trí kinh phí.'];
    expect(parse(wrapped.join('\n'), 'text').implementation.map((i) => i.text)).toEqual([
      'Phòng Văn hóa - Xã hội theo dõi, đôn đốc việc thực hiện Kế hoạch và tổng hợp báo cáo Ủy ban nhân dân xã kết quả thực hiện.', 'Phòng Kinh tế bố trí kinh phí.']);
  });

  it('before the appendices, leave the appendices where they are; a trailing paragraph that is no closing stays under its point', () => {
    const m = parse(['II. TỔ CHỨC THỰC HIỆN', '', '1. Sở Nội vụ theo dõi, đôn đốc.', '', NOT_CLOSINGS[0] as string, '', CLOSINGS[0] as string, '',
      'PHỤ LỤC I', '', 'DANH MỤC NHIỆM VỤ', '', '| STT | Nhiệm vụ | Cơ quan chủ trì |', '|---|---|---|', '| 1 | Rà soát văn bản | Sở Tư pháp |', ''].join('\n'));
    expect(m.implementation.map((i) => [i.id, (i.items ?? []).map((c) => c.text)])).toEqual([['II.1', [NOT_CLOSINGS[0]]], ['II.p1', []]]);
    expect(m.tasks.flatMap((t) => (t.items ?? []).map((r) => r.lead))).toEqual([['Sở Tư pháp']]);
  });

  it('the only paragraph under a titled article is its text, not a closing after it', () => {
    const m = parse(['QUY CHẾ', 'Hoạt động của Ban Chỉ đạo', '', 'Chương III', 'TỔ CHỨC THỰC HIỆN', '', 'Điều 5. Trách nhiệm thi hành', 'Các thành viên chịu trách nhiệm thi hành Quy chế này.', '', 'Điều 6. Hiệu lực thi hành', 'Quy chế này có hiệu lực kể từ ngày ký.', ''].join('\n'), 'text');
    expect(m.implementation.map((i) => [i.id, i.title, i.text])).toEqual([
      ['Ch3.Đ5', 'Trách nhiệm thi hành', 'Các thành viên chịu trách nhiệm thi hành Quy chế này.'],
      ['Ch3.Đ6', 'Hiệu lực thi hành', 'Quy chế này có hiệu lực kể từ ngày ký.'],
    ]);
  });
});

describe('a sentence that opens numbered points and names a lead', () => {
  it('gives it to the points after it that name none, not to those that do, nor to another list', () => {
    const m = parse(['**Điều 2.** Nhiệm vụ, giải pháp', '', 'Quốc hội đề nghị Chính phủ và các cơ quan liên quan tập trung thực hiện các nhiệm vụ chủ yếu sau đây:', '',
      '2.1. Hoàn thiện thể chế, pháp luật.', '', '2.2. Bộ Tài chính chủ trì rà soát các khoản thu.', '', '2.3. Đẩy mạnh chuyển đổi số.', '',
      '**Điều 3.** Nhiệm vụ khác', '', 'Các nhiệm vụ sau đây được thực hiện thường xuyên:', '', '3.1. Tăng cường kỷ luật, kỷ cương.', ''].join('\n'));
    const lead = ['Chính phủ', 'các cơ quan liên quan'];
    expect(m.tasks.map((t) => [t.id, t.lead])).toEqual([['Đ2.p1', lead], ['Đ2.1', lead], ['Đ2.2', ['Bộ Tài chính']], ['Đ2.3', lead], ['Đ3.p1', undefined], ['Đ3.1', undefined]]);
  });
});

describe('assigning words inside a clause', () => {
  it('give the addressees as leads when nothing else does', () => {
    for (const word of ASSIGNING_IN_CLAUSE) {
      expect(extractAssignment(`Thủ tướng Chính phủ ${word} Chủ tịch Ủy ban nhân dân các tỉnh thực hiện nghiêm túc.`).lead, word).toEqual(['Chủ tịch Ủy ban nhân dân các tỉnh']);
      expect(extractAssignment(`Nếu có vướng mắc ${word} các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ.`).lead, word).toEqual(['các cơ quan, đơn vị, địa phương']);
    }
  });

  it('do not override a lead read otherwise, and need a body after them', () => {
    expect(extractAssignment('Sở Tài chính chủ trì, đề nghị Bộ Tài chính hướng dẫn.').lead).toEqual(['Sở Tài chính']);
    expect(extractAssignment('Thực hiện theo đề nghị của Sở Tư pháp.').lead).toEqual([]);
    expect(extractAssignment('Đáp ứng yêu cầu nhiệm vụ trong tình hình mới.').lead).toEqual([]);
  });
});
