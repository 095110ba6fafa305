// Deadlines: one test per lexicon row, real phrases copied from the corpus (file named in each
// test), things that are not deadlines, and linear time on adversarial input.

import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse.js';
import { growth } from './helpers.js';
import { extractDeadline, findDeadlines } from '../src/extract/deadlines.js';
import {
  COMPLETION_CUES, DEADLINE_PREFIXES, HALF_YEARS, JOINERS, LABEL_HEADS, PERIOD_WORDS, PERIODIC, QUARTERS, RANGE_WORDS,
  RECURRENCE_LEADS, RECURRENCE_PHRASES, RECURRENCE_PRIORITY, REVIEW_CUES, REVIEW_PREFIX,
} from '../src/lexicon/deadlines.js';
import type { Deadline } from '../src/model/types.js';

describe('lexicon rows', () => {
  it.each(RECURRENCE_PHRASES.map((r) => [r.phrase, r.recurrence] as const))('recurrence "%s" → %s', (phrase, recurrence) => {
    expect(extractDeadline(phrase)).toEqual({ text: phrase, recurrence });
    expect(extractDeadline(`Sở Tài chính tổng hợp, ${phrase} báo cáo Ủy ban nhân dân tỉnh.`)).toEqual({ text: phrase, recurrence });
  });

  it(`"${PERIODIC}" before a recurrence is kept and makes it count anywhere`, () => {
    expect(extractDeadline(`Sở Tài chính ${PERIODIC} hằng quý tổng hợp báo cáo`)).toEqual({ text: `${PERIODIC} hằng quý`, recurrence: 'quarterly' });
    expect(extractDeadline('Sở Tài chính hằng quý tổng hợp báo cáo')).toBeUndefined();
  });

  it.each(RECURRENCE_LEADS)('lead "%s" makes a recurrence count', (lead) => {
    expect(extractDeadline(`Các sở ${lead} thường xuyên`)).toEqual({ text: 'thường xuyên', recurrence: 'continuous' });
  });

  it.each(RECURRENCE_PRIORITY.filter((r) => r !== 'continuous'))('"Thường xuyên" with a %s rhythm → the rhythm', (recurrence) => {
    const phrase = RECURRENCE_PHRASES.find((r) => r.recurrence === recurrence)!.phrase;
    expect(extractDeadline(`Thường xuyên, ${phrase}`)).toEqual({ text: `Thường xuyên, ${phrase}`, recurrence });
  });

  it('RECURRENCE_PRIORITY: continuous only when nothing else is said', () => {
    expect(extractDeadline('Thường xuyên, liên tục')).toEqual({ text: 'Thường xuyên, liên tục', recurrence: 'continuous' });
  });

  const dueOf: Record<string, string | undefined> = { by: '2026-12-31', before: '2025-12-31', from: undefined };
  it.each(DEADLINE_PREFIXES.map((p) => [p.phrase, p.meaning, p.cue] as const))('prefix "%s" (%s, cue %s)', (phrase, meaning, cue) => {
    const due = dueOf[meaning];
    const alone = `${phrase} năm 2026`;
    expect(extractDeadline(alone)).toEqual(due ? { text: alone, due } : undefined);
    expect(extractDeadline(`Sở Nội vụ thực hiện ${phrase} năm 2026`)).toEqual(due && cue ? { text: alone, due } : undefined);
  });

  it('prefix "từ" with a range: due at the end of the range', () => {
    expect(extractDeadline('từ năm 2026 đến năm 2030')).toEqual({ text: 'từ năm 2026 đến năm 2030', due: '2030-12-31' });
  });

  it.each(COMPLETION_CUES)('"%s" earlier in the clause makes a date count and wins', (cue) => {
    const text = `Bộ Công an ${cue} việc rà soát năm 2026; thường xuyên kiểm tra trong năm 2027`;
    expect(extractDeadline(text)).toEqual({ text: 'năm 2026', due: '2026-12-31' });
  });

  it.each(REVIEW_CUES)('"%s ... vào năm 2028" in one clause is due then; without the review word, or without "vào", no deadline', (cue) => {
    expect(extractDeadline(`Ban Thường vụ Tỉnh ủy ${cue} 3 năm thực hiện Chương trình ${REVIEW_PREFIX} năm 2028.`)).toEqual({ text: `${REVIEW_PREFIX} năm 2028`, due: '2028-12-31' });
    expect(extractDeadline(`Phấn đấu ${REVIEW_PREFIX} năm 2028 có 80% xã đạt chuẩn; ${cue} 3 năm thực hiện.`)).toBeUndefined();
    expect(extractDeadline(`Xây dựng video clip ${cue} năm 2025.`)).toBeUndefined();
  });

  it.each(LABEL_HEADS)('label "%s ...:" makes its value a deadline', (head) => {
    expect(extractDeadline(`- ${head} thực hiện: 2026.`)).toEqual({ text: '2026', due: '2026-12-31' });
  });

  const monthEnd = (m: number): string => new Date(Date.UTC(2025, m, 0)).toISOString().slice(0, 10);

  it.each(HALF_YEARS.map((h) => [h.phrase, h.lastMonth] as const))('half year "%s 2025" ends in month %d', (phrase, m) => {
    expect(extractDeadline(`${phrase} 2025`)).toEqual({ text: `${phrase} 2025`, due: monthEnd(m) });
  });

  it.each(HALF_YEARS.map((h) => [h.phrase, h.point === true] as const))('"trước %s 2025": before the half, or at a point in the year (point: %s)', (phrase, point) => {
    const end = monthEnd(HALF_YEARS.find((h) => h.phrase === phrase)!.lastMonth);
    const before = end === '2025-06-30' ? '2024-12-31' : '2025-06-30';
    expect(extractDeadline(`trước ${phrase} 2025`)?.due).toBe(point ? end : before);
  });

  it('a quarter or month of every year: "Quý I hằng năm" is yearly; without the rhythm or a label it is no deadline', () => {
    expect(extractDeadline('Thời gian: Quý I hằng năm.')).toEqual({ text: 'Quý I hằng năm', recurrence: 'yearly' });
    expect(extractDeadline('Sở Nội vụ tổng hợp, báo cáo vào tháng 12 hằng năm')).toEqual({ text: 'vào tháng 12 hằng năm', recurrence: 'yearly' });
    expect(extractDeadline('Thời gian: tháng 6')).toEqual({ text: 'tháng 6' });
    expect(extractDeadline('tăng tần suất vệ sinh đường từ tháng 10 đến tháng 4 năm sau')).toBeUndefined();
    expect(extractDeadline('Sở Nội vụ chủ trì, báo cáo trong tháng 12')).toBeUndefined();
  });

  it.each([
    ['báo cáo kết quả về Sở Tài chính trước ngày 05 hằng tháng', 'trước ngày 05 hằng tháng', 'monthly'],
    ['Ngày 20 hằng tháng, các đơn vị gửi báo cáo', 'Ngày 20 hằng tháng', 'monthly'],
    ['tổng hợp, báo cáo trước ngày 15 hằng quý', 'trước ngày 15 hằng quý', 'quarterly'],
  ] as const)('a day of every month: "%s" takes the rhythm', (text, phrase, recurrence) => {
    expect(extractDeadline(text)).toEqual({ text: phrase, recurrence });
  });

  it('"định kỳ" before a rhythm that reads further than a phrase of its own: "định kỳ 6 tháng/lần"', () => {
    expect(extractDeadline('Thanh tra Sở kiểm tra việc thực hiện, định kỳ 6 tháng/lần.')).toEqual({ text: 'định kỳ 6 tháng/lần', recurrence: 'half-yearly' });
    expect(extractDeadline('định kỳ 6 tháng báo cáo kết quả')).toEqual({ text: 'định kỳ 6 tháng', recurrence: 'half-yearly' });
  });

  it('a rhythm after its lead word goes on with the part before: "trong năm 2025 và duy trì thường xuyên"', () => {
    expect(extractDeadline('Hoàn thành trong năm 2025 và duy trì thường xuyên.')).toEqual({ text: 'trong năm 2025 và duy trì thường xuyên', due: '2025-12-31', recurrence: 'continuous' });
    // a rhythm of another clause's verb stays apart
    expect(extractDeadline('hoàn thành trong năm 2025, báo cáo hằng năm')).toEqual({ text: 'trong năm 2025', due: '2025-12-31' });
  });

  it('counted from the signing: due that many days after the document\'s date; working days and other events as written', () => {
    const date = { date: '2025-11-14' };
    expect(extractDeadline('Các sở báo cáo trong thời hạn 30 ngày kể từ ngày ký.', date)).toEqual({ text: 'trong thời hạn 30 ngày kể từ ngày ký', due: '2025-12-14' });
    expect(extractDeadline('trong vòng 07 ngày kể từ ngày ban hành Kế hoạch này', date)).toEqual({ text: 'trong vòng 07 ngày kể từ ngày ban hành', due: '2025-11-21' });
    expect(extractDeadline('trong 15 ngày làm việc kể từ ngày ký, các sở báo cáo', date)).toEqual({ text: 'trong 15 ngày làm việc kể từ ngày ký' });
    expect(extractDeadline('chậm nhất 10 ngày kể từ ngày Quyết định có hiệu lực, các sở ...', date)).toEqual({ text: 'chậm nhất 10 ngày kể từ ngày Quyết định có hiệu lực' });
    // without the document's date, as written
    expect(extractDeadline('trong 30 ngày kể từ ngày ký')).toEqual({ text: 'trong 30 ngày kể từ ngày ký' });
    expect(extractDeadline('hỗ trợ người lao động trong 30 ngày')).toBeUndefined();
  });

  it('in a document, the count from the signing runs from its date', () => {
    const m = parseText('ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n\nSố: 12/KH-UBND\n\nHà Nam, ngày 14 tháng 11 năm 2025\n\nKẾ HOẠCH\nRà soát văn bản\n\nI. NHIỆM VỤ\n1. Sở Tư pháp rà soát văn bản, báo cáo trong thời hạn 30 ngày kể từ ngày ký.\n', { file: 'q.txt', format: 'text', sha256: '0'.repeat(64) }).model;
    expect(m.document.date).toBe('2025-11-14');
    expect(m.tasks.map((i) => i.deadline)).toEqual([{ text: 'trong thời hạn 30 ngày kể từ ngày ký', due: '2025-12-14' }]);
  });

  it('a day without its month and no rhythm after it is no deadline', () => {
    expect(extractDeadline('trước ngày 05 của tháng sau')).toBeUndefined();
    expect(extractDeadline('hỗ trợ 05 hằng tháng')).toBeUndefined();
  });

  it('a list of quarters ends with the last: "Quý III, IV/2026"', () => {
    expect(extractDeadline('Quý III, IV/2026')).toEqual({ text: 'Quý III, IV/2026', due: '2026-12-31' });
    expect(extractDeadline('Hoàn thành trong Quý I và II/2026.')).toEqual({ text: 'trong Quý I và II/2026', due: '2026-06-30' });
  });

  it.each(Object.entries(QUARTERS))('quarter "%s" → quarter %d', (written, q) => {
    const ends = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'];
    expect(extractDeadline(`Quý ${written.toUpperCase()}/2025`)).toEqual({ text: `Quý ${written.toUpperCase()}/2025`, due: ends[q - 1] });
  });

  const periods: Record<string, [string, string]> = {
    ngày: ['trước ngày 30/6/2025', '2025-06-30'], tháng: ['tháng 6/2025', '2025-06-30'], quý: ['quý II/2025', '2025-06-30'],
    quí: ['quí II/2025', '2025-06-30'], năm: ['năm 2025', '2025-12-31'], 'giai đoạn': ['giai đoạn 2021 - 2025', '2025-12-31'],
  };
  it.each(Object.values(PERIOD_WORDS).flat())('period word "%s"', (word) => {
    const [text, due] = periods[word]!;
    expect(extractDeadline(text)).toEqual({ text, due });
  });

  it.each(JOINERS)('joiner "%s" joins two parts into one deadline', (joiner) => {
    const text = joiner === ',' ? 'Thường xuyên, hằng năm' : `Thường xuyên ${joiner} hằng năm`;
    expect(findDeadlines(text)).toEqual([{ text, recurrence: 'yearly' }]);
  });

  it.each(RANGE_WORDS)('range word "%s": due at the end of the range', (word) => {
    const text = word === '-' ? 'năm 2026 - 2030' : `năm 2026 ${word} năm 2030`;
    expect(extractDeadline(text)).toEqual({ text, due: '2030-12-31' });
  });
});

// [file, input copied from it (markup removed), expected]
const corpus: [string, string, Deadline][] = [
  ['kh-617 table cell', 'Quí IV-2025', { text: 'Quí IV-2025', due: '2025-12-31' }],
  ['kh-617 table cell', 'Thường xuyên, hằng năm', { text: 'Thường xuyên, hằng năm', recurrence: 'yearly' }],
  ['kh-617 table cell', 'Hằng năm', { text: 'Hằng năm', recurrence: 'yearly' }],
  ['kh-617 table cell', 'Thường xuyên', { text: 'Thường xuyên', recurrence: 'continuous' }],
  ['kh-617 implementation', 'xây dựng kế hoạch, chương trình cụ thể để triển khai thực hiện; định kỳ trước\nngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết',
    { text: 'trước ngày 01/6 và 15/11 hằng năm', recurrence: 'yearly' }],
  ['kh-179 table cell', '2026 - 2030', { text: '2026 - 2030', due: '2030-12-31' }],
  ['kh-179 table cell', '2026-2030', { text: '2026-2030', due: '2030-12-31' }],
  ['kh-179 implementation', 'hiện tốt Kế hoạch này. Định kỳ 06 tháng các cơ quan có liên quan báo cáo kết quả', { text: 'Định kỳ 06 tháng', recurrence: 'half-yearly' }],
  ['nq03-cp-2025-pl2.v1 "Thời gian hoàn thành"', '01/2025', { text: '01/2025', due: '2025-01-31' }],
  ['nq03-cp-2025-pl2.v1 "Thời gian hoàn thành"', '6/2025', { text: '6/2025', due: '2025-06-30' }],
  ['nq03-cp-2025-pl2.v1 "Thời gian hoàn thành"', '2/2025', { text: '2/2025', due: '2025-02-28' }],
  ['nq03-cp-2025-pl2.v1 "Thời gian hoàn thành"', 'Quý II/2025', { text: 'Quý II/2025', due: '2025-06-30' }],
  ['nq03-cp-2025-pl2.v1 "Thời gian hoàn thành"', 'Tháng 10/2025', { text: 'Tháng 10/2025', due: '2025-10-31' }],
  ['nq03-cp-2025-pl2.v1 "Thời gian hoàn thành"', '2025', { text: '2025', due: '2025-12-31' }],
  ['nq03-cp-2025-pl2.v1 "Thời gian hoàn thành"', '2025 - 2026', { text: '2025 - 2026', due: '2026-12-31' }],
  ['nq03-cp-2025-pl2.v1 "Thời gian hoàn thành"', '2025 và những năm tiếp theo', { text: '2025 và những năm tiếp theo', due: '2025-12-31', recurrence: 'yearly' }],
  ['nq03-cp-2025-pl2.v1 "Thời gian hoàn thành"', 'Nhiệm vụ thường xuyên', { text: 'thường xuyên', recurrence: 'continuous' }],
  ['tb-624 PL I "Thời hạn hoàn thành"', '18/10/2025', { text: '18/10/2025', due: '2025-10-18' }],
  ['tb-624 PL I "Thời hạn hoàn thành"', '30/06/2025', { text: '30/06/2025', due: '2025-06-30' }],
  ['tb-624 task', '(1) Thanh\ntra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025; (2) Bộ Công an', { text: 'trước ngày 25 tháng 11 năm 2025', due: '2025-11-25' }],
  ['tb-624 task (a citation date before the deadline)', 'nhiệm vụ được giao tại Thông báo số 07-TB/CQTTBCĐ ngày 15/10/2025, gửi\nvề Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo trước ngày 18/10/2025.',
    { text: 'trước ngày 18/10/2025', due: '2025-10-18' }],
  ['tb-624 task', 'soát, sửa đổi và thống nhất quy trình tái cấu trúc dịch vụ công trực tuyến để cắt giảm thành phần hồ sơ, hoàn\nthành trong tháng 11 năm 2025; (2)',
    { text: 'trong tháng 11 năm 2025', due: '2025-11-30' }],
  ['tb-624 task', 'chiến lược và công nghệ số, báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 11\nnăm 2025 và hàng tháng; rà soát điều kiện',
    { text: 'trước ngày 20 tháng 11 năm 2025 và hàng tháng', due: '2025-11-20', recurrence: 'monthly' }],
  ['qd-2820 PL "Thời gian dự kiến hoàn thành"', 'Quý IV/2026', { text: 'Quý IV/2026', due: '2026-12-31' }],
  ['qd-2820 PL "Thời gian dự kiến hoàn thành"', 'Năm 2025 - 2026', { text: 'Năm 2025 - 2026', due: '2026-12-31' }],
  ['qd-2820 PL "Thời gian dự kiến hoàn thành"', 'Hằng năm.', { text: 'Hằng năm', recurrence: 'yearly' }],
  ['qd-2820 PL "Thời gian dự kiến hoàn thành"', 'Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính', { text: 'Thường xuyên, định kỳ hằng quý', recurrence: 'quarterly' }],
  ['qd-2530 PL I "Thời hạn hoàn thành"', 'Giai đoạn 2026 - 2030', { text: 'Giai đoạn 2026 - 2030', due: '2030-12-31' }],
  ['qd-2530 PL I "Thời hạn hoàn thành"', 'Trước năm 2030', { text: 'Trước năm 2030', due: '2029-12-31' }],
  ['qd-2530 PL I "Thời hạn hoàn thành"', 'Thường xuyên, liên tục', { text: 'Thường xuyên, liên tục', recurrence: 'continuous' }],
  ['qd-2530 PL I (completion before the recurrence)', 'Hoàn thành việc đầu tư, xây dựng mạng lưới trong\nnăm 2026. Thực hiện thường xuyên liên tục, hiệu quả hàng năm',
    { text: 'trong năm 2026', due: '2026-12-31' }],
  ['qd-2530 implementation', 'Hàng năm, trước ngày 25 tháng 12, các cơ quan, đơn vị chủ trì thực hiện các nhiệm\nvụ được giao gửi Bộ Nông nghiệp và Môi trường báo cáo',
    { text: 'Hàng năm, trước ngày 25 tháng 12', recurrence: 'yearly' }],
  ['qd-2629 PL II "Thời gian thực hiện"', 'Năm 2025-2030', { text: 'Năm 2025-2030', due: '2030-12-31' }],
  ['qd-2629 PL II "Thời gian thực hiện"', 'Tháng 06/2026', { text: 'Tháng 06/2026', due: '2026-06-30' }],
  ['qd-2623 inline', '- Thời gian thực hiện: năm\n2025 và các năm tiếp theo.', { text: 'năm 2025 và các năm tiếp theo', due: '2025-12-31', recurrence: 'yearly' }],
  ['qd-2623 inline', '- Thời gian thực hiện: năm\n2026 - 2027.', { text: 'năm 2026 - 2027', due: '2027-12-31' }],
  ['qd-2623 inline', '+ Thời hạn ban hành: trước\nngày 01 tháng 01 năm 2026.', { text: 'trước ngày 01 tháng 01 năm 2026', due: '2026-01-01' }],
  ['qd-2623 inline (a label over two bullets: the last)', '- Thời gian thực hiện:\n\n+ Các bộ, cơ quan ngang bộ, Ủy\nban nhân dân các tỉnh, thành phố trực thuộc trung ương gửi kết quả rà soát về Bộ\nCông an trước ngày 15 tháng 12 năm 2025.\n\n+ Bộ Công an tổng hợp kết quả\nrà soát, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.',
    { text: 'trước ngày 31 tháng 12 năm 2025', due: '2025-12-31' }],
  ['qd-773 task', '- Chủ trì xây dựng Đề án phát triển các cơ sở nuôi dưỡng, điều dưỡng người có công với cách mạng, trình Thủ tướng Chính phủ trong quý 1/2019.',
    { text: 'trong quý 1/2019', due: '2019-03-31' }],
  ['kh-252 "3. Thời gian thực hiện"', '3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.', { text: 'Tháng 12/2013 và thường xuyên', due: '2013-12-31', recurrence: 'continuous' }],
  ['kh-252 "3. Thời gian thực hiện"', '3. Thời gian thực hiện: Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm.',
    { text: 'Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm', due: '2013-12-31', recurrence: 'yearly' }],
  ['kh-252 "3. Thời gian thực hiện"', '3. Thời gian thực hiện: Từ tháng 11/2013 trở đi.', { text: 'Từ tháng 11/2013 trở đi', recurrence: 'continuous' }],
  ['kh-252 "4. Thời gian thực hiện"', '4. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.',
    { text: 'Từ năm 2013 đến năm 2020 và tiếp theo', due: '2020-12-31', recurrence: 'continuous' }],
  ['kh-310 PL "Thời gian thực hiện"', 'Quý IV/2025- Quý II/2026', { text: 'Quý IV/2025- Quý II/2026', due: '2026-06-30' }],
  ['kh-310 PL "Thời gian thực hiện"', 'Quý III Năm 2026', { text: 'Quý III Năm 2026', due: '2026-09-30' }],
  ['kh-144 implementation', 'được giao. Định kỳ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm và', { text: 'trước ngày 15/11 hằng năm', recurrence: 'yearly' }],
  ['kl-07 task', 'Văn phòng Trung ương Đảng. Thời gian hoàn thành trước ngày 30/12/2025.', { text: 'trước ngày 30/12/2025', due: '2025-12-30' }],
  ['kl-212 task', 'quyền địa phương 2 cấp và xu thế chung (hoàn thành trong tháng 11/2025). Trong', { text: 'trong tháng 11/2025', due: '2025-11-30' }],
  ['nq-394 implementation', 'đ) Trước ngày 15 tháng 12\nhàng năm, báo cáo tình hình, kết quả thực hiện Nghị quyết này', { text: 'Trước ngày 15 tháng 12 hàng năm', recurrence: 'yearly' }],
  ['nq-192 article 2', 'Trong năm 2025, cơ bản hoàn thành Cảng hàng không quốc tế Long Thành', { text: 'Trong năm 2025', due: '2025-12-31' }],
  ['nq-380 "Thời gian hỗ trợ"', 'b) Thời gian hỗ trợ: Từ nay đến\nhết ngày 31 tháng 12 năm 2025.', { text: 'đến hết ngày 31 tháng 12 năm 2025', due: '2025-12-31' }],
];

describe('real deadlines from the corpus', () => {
  it.each(corpus)('%s: %j', (_file, input, expected) => {
    expect(extractDeadline(input)).toEqual(expected);
  });

  it('qd-2530: findDeadlines gives the completion year and the recurrence, in order', () => {
    expect(findDeadlines('Hoàn thành việc đầu tư, xây dựng mạng lưới trong\nnăm 2026. Thực hiện thường xuyên liên tục, hiệu quả hàng năm')).toEqual([
      { text: 'trong năm 2026', due: '2026-12-31' },
      { text: 'thường xuyên liên tục', recurrence: 'continuous' },
    ]);
  });

  it('tb-624: findDeadlines lists every deadline of a paragraph in order', () => {
    const text = '(1) Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025; (2) Bộ Công an chủ trì ... hoàn thành việc ban hành hướng dẫn trước ngày 25 tháng 11 năm\n2025; Các bộ, ngành, địa phương ... gửi kết quả về Bộ Công an trước ngày 10 tháng 12 năm 2025; Bộ Công an tổng hợp, thẩm định ... toàn quốc; công bố kết quả trong năm 2026.';
    expect(findDeadlines(text).map((d) => d.due)).toEqual(['2025-11-25', '2025-11-25', '2025-12-10', '2026-12-31']);
    // the one after "hoàn thành" is the one a reader means
    expect(extractDeadline(text)).toEqual({ text: 'trước ngày 25 tháng 11 năm 2025', due: '2025-11-25' });
  });

  it('the brief\'s forms: "hoàn thành trước 30/6/2025", "ngày 30 tháng 6 năm 2025", "6 tháng đầu/cuối năm"', () => {
    expect(extractDeadline('hoàn thành trước 30/6/2025')).toEqual({ text: 'trước 30/6/2025', due: '2025-06-30' });
    expect(extractDeadline('hoàn thành trước ngày 30 tháng 6 năm 2025')).toEqual({ text: 'trước ngày 30 tháng 6 năm 2025', due: '2025-06-30' });
    expect(extractDeadline('trong 6 tháng đầu năm 2025')).toEqual({ text: 'trong 6 tháng đầu năm 2025', due: '2025-06-30' });
    expect(extractDeadline('6 tháng cuối năm 2025')).toEqual({ text: '6 tháng cuối năm 2025', due: '2025-12-31' });
    // "đầu năm" is the start of the year, due by the end of its first quarter; "6 tháng đầu năm" still a half
    expect(extractDeadline('Đầu năm 2026')).toEqual({ text: 'Đầu năm 2026', due: '2026-03-31' });
    expect(extractDeadline('trong 6 tháng đầu năm 2026')).toEqual({ text: 'trong 6 tháng đầu năm 2026', due: '2026-06-30' });
    expect(extractDeadline('trước ngày 15/12 hằng năm')).toEqual({ text: 'trước ngày 15/12 hằng năm', recurrence: 'yearly' });
    expect(extractDeadline('định kỳ hằng năm')).toEqual({ text: 'định kỳ hằng năm', recurrence: 'yearly' });
    expect(extractDeadline('trong năm 2026')).toEqual({ text: 'trong năm 2026', due: '2026-12-31' });
    expect(extractDeadline('Quý IV/2024')).toEqual({ text: 'Quý IV/2024', due: '2024-12-31' });
  });

  it('NFD, non-breaking spaces and en dashes are read like clean text', () => {
    expect(extractDeadline('Quý\u00a0IV/2025 \u2013 Quý II/2026'.normalize('NFD'))).toEqual({ text: 'Quý IV/2025 - Quý II/2026', due: '2026-06-30' });
  });
});

describe('not deadlines', () => {
  it.each([
    ['tb-432: a past event', 'Ngày 24/11/2025, tại Trụ sở'],
    ['kh-3260: a past event', 'Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học'],
    ['kh-617: dates of cited documents', 'Thực hiện Kế hoạch số\n283/KH-UBND ngày 24/9/2025 của Uỷ ban nhân dân Tỉnh về thực hiện Nghị quyết số\n71/NQ-CP ngày 01/5/2025 của Chính phủ'],
    ['kh-179: a citation with the date after the issuer', 'Căn cứ Quyết định số 411/QĐ-TTg của Thủ tướng Chính\nphủ ngày 31/3/2022 phê duyệt Chiến lược'],
    ['kh-179: a horizon in a strategy\'s name', 'phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030;'],
    ['nq03-cp-2025-pl2.v1: "hằng năm" as an adjective', 'Cụ thể hóa nhiệm vụ chuyển đổi số, phát triển khoa học, công nghệ, đổi mới sáng tạo trong chương trình, kế hoạch công tác hằng năm của cơ quan, tổ chức, đơn vị.'],
    ['news-hanoi: "hằng tháng" as an adjective', '100% người có công và gia đình người có công với cách mạng đang được hưởng trợ cấp hằng tháng được chăm lo toàn diện'],
    ['news-hanoi: a day without year in a report', 'Chiều 9/5, Ban Thường vụ Thành ủy Hà Nội tổ chức Hội nghị trực tuyến'],
    ['nq-394: a year that opens prose', 'Năm 2025 là năm có ý nghĩa'],
    ['tb-624: a month in a report', 'báo cáo Chính phủ tại Nghị quyết Phiên họp Chính phủ thường kỳ\ntháng 11/2025 về nội dung của Chương trình.'],
    ['qd-2623: a year in a law\'s name after a label', '+ Thời hạn ban hành: Theo tiến\nđộ được giao của Luật An ninh mạng 2025.'],
    ['nq-394: "vào năm 2030" in a target', 'phấn đấu vào năm 2030 đạt 100% chất thải rắn sinh hoạt được thu gom'],
    ['a start without an end', 'Tổ chức hoạt động thí điểm từ sau năm 2027'],
    ['an impossible date', '31/02/2025'],
    ['an impossible date after "trước ngày"', 'trước ngày 31/2/2025'],
    ['an impossible month', 'Tháng 13/2025'],
    ['a year inside a decree number', 'Nghị định số 80/2021/NĐ-CP'],
    ['a year inside a bare document number', 'theo 12/2024/QH15'],
    ['empty text', ''],
  ])('%s', (_name, input) => {
    expect(extractDeadline(input)).toBeUndefined();
    expect(findDeadlines(input)).toEqual([]);
  });
});

describe('linear time on adversarial input', () => {
  const inputs: [string, (n: number) => string, number][] = [
    ['100,000 spaces', (n) => ' '.repeat(n) + 'Quý IV/2025', 100_000],
    ['50,000 "/"', (n) => '/'.repeat(n), 50_000],
    ['"trước ngày" without a date', (n) => 'trước ngày '.repeat(n), 10_000],
    ['joined recurrences', (n) => 'Thường xuyên, '.repeat(n), 10_000],
    ['labels without values', (n) => 'Thời gian thực hiện: '.repeat(n), 10_000],
    ['month lists', (n) => 'tháng 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, '.repeat(n), 2_000],
    ['citations', (n) => 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị '.repeat(n), 2_000],
  ];
  const digits = (n: number): string => '1/2/'.repeat(n / 4);
  it.each([...inputs, ['a 1 MB line of digits and slashes', digits, 1 << 20] as const])('extractDeadline on %s', (_name, make, n) => {
    expect(growth(make, extractDeadline, n)).toBeLessThan(4);
  });
  it.each([...inputs, ['a 256 kB line of digits and slashes', digits, 1 << 18] as const])('findDeadlines on %s', (_name, make, n) => {
    expect(growth(make, findDeadlines, n)).toBeLessThan(4);
  });
});
