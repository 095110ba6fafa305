import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { growth } from './helpers.js';
import { changeOf, extractTargets, parseNumber, targetYear } from '../src/extract/targets.js';
import * as L from '../src/lexicon/targets.js';
import { COMPARATORS, type Target } from '../src/model/types.js';
import { cleanLine } from '../src/text/normalize.js';

const only = (text: string, context?: { year?: number; documentYear?: number; goal?: boolean }): Target => {
  const found = extractTargets(text, context);
  expect(found, text).toHaveLength(1);
  return found[0] as Target;
};

describe('lexicon rows', () => {
  it.each(L.COMPARATOR_WORDS.map((r) => [r.words, r.comparator, r.example] as const))('comparator "%s" → %s', (words, comparator, example) => {
    const t = only(example);
    expect(t.comparator).toBe(comparator);
    expect(t.text.toLowerCase()).toContain(words.toLowerCase());
  });

  it.each(L.COMPARATOR_FILLERS)('filler "%s" may stand between comparator and figure', (filler) => {
    const t = only(`Tỷ lệ hộ gia đình sử dụng nước sạch tối thiểu ${filler} 95%`);
    expect(t).toMatchObject({ comparator: '>=', value: 95, text: `tối thiểu ${filler} 95%` });
    expect(t.indicator).toBe('Tỷ lệ hộ gia đình sử dụng nước sạch');
  });

  it.each(L.MULTIPLIERS.map((m) => [m.word, m.exponent] as const))('multiplier "%s" scales by 10^%i and is not the unit', (word, exponent) => {
    expect(only(`Tổng vốn đầu tư đạt 2,5 ${word} đồng`)).toMatchObject({ value: 2.5 * 10 ** exponent, unit: 'đồng' });
  });

  it.each([...L.PERCENT_UNITS, ...L.CURRENCY_UNITS].map((r) => [r.words, r.unit] as const))('unit "%s" → %s', (words, unit) => {
    expect(only(`Chỉ tiêu đạt 12${words.startsWith('%') ? '' : ' '}${words}`).unit).toBe(unit);
  });

  it.each(L.MEASURE_UNITS)('measure "%s" is the unit as written', (unit) => {
    expect(only(`Chỉ tiêu đạt tối thiểu 12 ${unit}`).unit).toBe(unit);
  });

  it.each(L.COUNTED_NOUNS)('counted noun "%s" is the unit and heads the indicator', (noun) => {
    expect(only(`Phát triển tối thiểu 12 ${noun} mới`)).toMatchObject({ unit: noun, indicator: `${noun} mới`, value: 12 });
  });

  it.each(L.QUALIFIER_UNITS)('"%s" qualifies an indicator and is never a target', (unit) => {
    expect(extractTargets(`Tỷ lệ dân số từ 15 ${unit} trở lên có tài khoản ngân hàng`)).toEqual([]);
  });

  it.each(L.PER_UNITS)('per "/%s" joins the unit', (per) => {
    expect(only(`Mức hỗ trợ tối đa 15 triệu đồng/${per}`)).toMatchObject({ value: 15e6, unit: `đồng/${per}` });
  });

  it.each(L.NOT_A_FIGURE_AFTER)('a number after "%s" is a reference', (word) => {
    expect(extractTargets(`Tỷ lệ đạt ${word} 12%`)).toEqual([]);
  });

  it('the same sentence without a reference word is a target (control)', () => {
    expect(only('Tỷ lệ đạt 12%')).toMatchObject({ comparator: '=', value: 12 });
  });

  it.each(L.YEAR_CUES.map((r) => [r.words, r.kind] as const))('year cue "%s" (%s) sets the year', (words) => {
    expect(targetYear(`Mục tiêu ${words} 2030`)).toBe(2030);
    expect(only(`${words} 2030, tỷ lệ thất nghiệp dưới 3%`)).toMatchObject({ year: 2030, indicator: 'tỷ lệ thất nghiệp' });
  });

  it.each(L.BASELINE_CUES)('a year after "%s" is a baseline, not the target year', (cue) => {
    expect(only(`Nồng độ bụi giảm tối thiểu 10% ${cue} mức trung bình năm 2024`).year).toBeUndefined();
    expect(only(`Nồng độ bụi giảm tối thiểu 10% ${cue} mức trung bình năm 2024`, { year: 2030 }).year).toBe(2030);
  });

  it.each(L.PRESENT_CUES)('"%s" puts a figure in the present or past', (cue) => {
    expect(extractTargets(`Tỷ lệ hộ nghèo ${cue} dưới 3%`)).toEqual([]);
  });

  it.each(L.TARGET_CUES)('"%s" makes a bare count a target', (cue) => {
    expect(only(`${cue} cả nước có 1.200 công trình xây dựng xanh`)).toMatchObject({ comparator: '=', value: 1200, unit: 'công trình' });
    expect(extractTargets('cả nước có 1.200 công trình xây dựng xanh')).toEqual([]);
  });

  it.each(L.INDICATOR_RESTARTS)('the indicator restarts after "%s"', (word) => {
    expect(only(`Hoàn thiện thể chế, ${word} tỷ lệ hộ nghèo dưới 3%`).indicator).toBe('tỷ lệ hộ nghèo');
  });

  it.each(L.INDICATOR_LEAD_TRIMS)('leading "%s" is trimmed from the indicator', (word) => {
    expect(only(`${word} tỷ lệ hộ nghèo dưới 3%`).indicator).toBe('tỷ lệ hộ nghèo');
  });

  it.each(L.INDICATOR_LEAD_CLAUSES)('a leading "%s ...," is dropped from the indicator', (word) => {
    expect(only(`${word} Hà Nội, tỷ lệ hộ nghèo dưới 3%`).indicator).toBe('tỷ lệ hộ nghèo');
  });

  it.each(L.INDICATOR_TAIL_TRIMS)('trailing "%s" is trimmed from the indicator', (word) => {
    expect(only(`Tỷ lệ hộ nghèo ${word} dưới 3%`).indicator).toBe('Tỷ lệ hộ nghèo');
  });

  it.each(L.OBJECT_VERBS)('after the verb "%s" the figure counts the phrase after it', (verb) => {
    expect(only(`${verb} ít nhất 5 doanh nghiệp công nghệ số`).indicator).toBe('doanh nghiệp công nghệ số');
  });

  it.each(L.SHORT_OBJECT_VERBS)('"%s" is a verb only in a short lead, a noun in a long one', (verb) => {
    expect(only(`${verb} ít nhất 5 doanh nghiệp công nghệ số`).indicator).toBe('doanh nghiệp công nghệ số');
    expect(only(`Số cán bộ nghiên cứu khoa học và ${verb} đạt 11 người`).indicator).toBe(`Số cán bộ nghiên cứu khoa học và ${verb}`);
  });

  it.each(L.CHANGE_WORDS.map((r) => [r.words, r.change, r.example] as const))('change "%s" → %s', (words, change, example) => {
    const t = only(example, { documentYear: 2025 });
    expect(t.change).toBe(change);
    expect(t.text.toLowerCase().startsWith(words)).toBe(true);
    expect(t.indicator?.endsWith(words)).toBe(false);
    // with a level word between, the figure is the level again
    const level = only(`Tỷ lệ hộ nghèo ${words} lên mức 5%`);
    expect(level.change).toBeUndefined();
  });

  it.each(L.CHANGE_FILLERS)('filler "%s" may stand between a change word and its figure', (filler) => {
    expect(only(`Giá trị giao dịch tăng ${filler} 15%/năm`)).toMatchObject({ indicator: 'Giá trị giao dịch', comparator: '=', change: 'increase', value: 15, unit: '%/năm', text: `tăng ${filler} 15%/năm` });
  });

  it.each(L.AFTER_STOPS)('a phrase after the figure ends before "%s"', (word) => {
    expect(only(`100% doanh nghiệp ứng dụng công nghệ số, ${word} nâng cao năng suất`).indicator).toBe('doanh nghiệp ứng dụng công nghệ số');
  });
});

describe('changes', () => {
  it('a comparator bounds the change, the year after "so với" is the base, and a level is no change', () => {
    expect(only('Nồng độ bụi PM2.5 trung bình năm vào năm 2030 giảm tối thiểu 10% so với mức trung bình năm 2024.', { documentYear: 2025 }))
      .toEqual({ indicator: 'Nồng độ bụi PM2.5 trung bình năm', comparator: '>=', change: 'decrease', value: 10, unit: '%', year: 2030, baseYear: 2024, text: 'giảm tối thiểu 10%' });
    expect(only('Tổng mức bán lẻ hàng hóa tăng khoảng 12% trở lên')).toMatchObject({ comparator: '>=', change: 'increase', text: 'tăng khoảng 12% trở lên' });
    for (const text of ['Tỷ lệ hộ nghèo giảm xuống dưới 1%', 'Tỷ lệ hộ nghèo giảm còn 1%', 'Tỷ lệ hộ nghèo đạt 1%', 'Tốc độ tăng trưởng GRDP đạt 8%']) {
      const t = only(text);
      expect(t.change, text).toBeUndefined();
      expect(t.baseYear, text).toBeUndefined();
    }
  });

  it('a change with a unit of measure is a target without a comparator word', () => {
    expect(only('Nồng độ bụi mịn PM2.5 tại Hà Nội giảm trung bình 5 μg/m3 theo mỗi kỳ kế hoạch 5 năm', { documentYear: 2025 }))
      .toMatchObject({ comparator: '=', change: 'decrease', value: 5, unit: 'μg/m3' });
    expect(extractTargets('Số hồ sơ tăng 5 doanh nghiệp')).toHaveLength(1);
    expect(extractTargets('Số hồ sơ 5 doanh nghiệp')).toHaveLength(0);
  });

  it('an indicator column that ends with the change word gives the change', () => {
    expect(changeOf('Số lượng công bố khoa học quốc tế tăng trung bình')).toEqual({ indicator: 'Số lượng công bố khoa học quốc tế', change: 'increase' });
    expect(changeOf('Tỷ lệ hộ nghèo giảm')).toEqual({ indicator: 'Tỷ lệ hộ nghèo', change: 'decrease' });
    expect(changeOf('Tốc độ tăng')).toEqual({ indicator: 'Tốc độ', change: 'increase' });
    expect(changeOf('Tăng')).toEqual({ indicator: 'Tăng' });
    expect(changeOf('Tốc độ tăng trưởng')).toEqual({ indicator: 'Tốc độ tăng trưởng' });
  });
});

describe('numbers', () => {
  it.each([
    ['2,5', 0, 2.5], ['5.000', 0, 5000], ['29.000', 0, 29000], ['1.500.000', 0, 1500000], ['11.748,71', 0, 11748.71],
    ['0,7', 0, 0.7], ['01', 0, 1], ['1.5', 0, 1.5], ['84,3', 12, 84.3e12], ['1,5', 6, 1500000], ['500', 9, 5e11],
  ] as const)('%s × 10^%i = %d', (raw, exponent, value) => {
    expect(parseNumber(raw, exponent)).toBe(value);
  });

  it.each(['1,2,3', '1.2.3', '1,5.000', '1.50.000'])('%s is not a number', (raw) => {
    expect(parseNumber(raw)).toBeUndefined();
  });

  it.each([
    ['Giải quyết việc làm cho ít nhất 1,5 triệu lao động', { value: 1500000, unit: 'lao động', indicator: 'lao động' }],
    ['tối thiểu 5.000 tỷ đồng', { value: 5e12, unit: 'đồng' }],
    ['đạt từ 5 đến 7%', { comparator: '=', value: 5, max: 7, unit: '%', text: 'đạt từ 5 đến 7%' }],
    ['tăng 6,5 - 7%', { comparator: '=', change: 'increase', value: 6.5, max: 7, text: 'tăng 6,5 - 7%' }],
    ['tăng 6,5% - 7%', { value: 6.5, max: 7, unit: '%' }],
    ['tăng trưởng bình quân 7%/năm', { value: 7, unit: '%/năm', indicator: 'tăng trưởng bình quân' }],
    ['Xây dựng tối thiểu 30 km đường cao tốc', { value: 30, unit: 'km', indicator: 'đường cao tốc' }],
    ['Xây dựng tối thiểu 30km đường cao tốc', { value: 30, unit: 'km' }],
  ] as const)('%s', (text, expected) => {
    expect(extractTargets(`Mục tiêu: ${text}`)[0]).toMatchObject(expected);
  });
});

describe('years', () => {
  it.each([
    ['b) Mục tiêu cụ thể đến năm 2030', 2030],
    ['a) Đến năm 2025:', 2025],
    ['a) Đến hết năm 2025:', 2025],
    ['2. Mục tiêu cụ thể giai đoạn 2026 - 2030', 2030],
    ['- Giai đoạn 2025-2027', 2027],
    ['Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030', 2030],
    ['phấn đấu tăng trưởng kinh tế cả năm 2025', 2025],
    ['Từ năm 2026, áp dụng', 2026],
    ['từ năm 2026 đến năm 2030', 2030],
    ['giảm 20% so với mức trung bình năm 2024', undefined],
    ['Quyết định số 450/QĐ-TTg ngày 13 tháng 4 năm 2022', undefined],
    ['Quý IV/2024', undefined],
    ['1. Mục tiêu tổng quát', undefined],
  ] as const)('%s → %s', (text, year) => {
    expect(targetYear(text)).toBe(year);
  });

  it('the year comes from the clause, else the sentence, else the context', () => {
    expect(only('Tỷ lệ thất nghiệp dưới 3%.', { year: 2030 }).year).toBe(2030);
    expect(only('Đến năm 2025: tỷ lệ thất nghiệp dưới 3%.', { year: 2030 }).year).toBe(2025);
    expect(only('Tỷ lệ thất nghiệp năm 2027 dưới 3%.', { year: 2030 }).year).toBe(2027);
  });
});

describe('rules the brief leaves open', () => {
  it('a bound beats an approximation: "khoảng trên 500 tỉ" is >', () => {
    expect(only('quy mô GDP đạt khoảng trên 500 tỉ đô la Mỹ (USD)')).toMatchObject({ comparator: '>', value: 5e11, unit: 'USD' });
    expect(only('tăng khoảng 12% trở lên')).toMatchObject({ comparator: '>=', text: 'tăng khoảng 12% trở lên' });
    expect(only('CPI bình quân khoảng 4,5 - 5%')).toMatchObject({ comparator: '~', value: 4.5, max: 5 });
  });

  it('a bound is shared along a list of bare figures, not with a figure that names its own indicator', () => {
    expect(extractTargets('tỷ trọng công nghiệp, dịch vụ đạt khoảng 30%, 35-40%.').map((x) => [x.comparator, x.value, x.max])).toEqual([['~', 30, undefined], ['~', 35, 40]]);
    expect(extractTargets('Tỷ lệ che phủ rừng đạt trên 42%, 43% vào năm 2030.').map((x) => [x.comparator, x.value, x.year])).toEqual([['>', 42, 2030], ['>', 43, 2030]]);
    expect(extractTargets('Tăng trưởng khoảng 8%, 30% doanh nghiệp có website.').map((x) => x.comparator)).toEqual(['~', '=']);
    expect(extractTargets('Tỷ lệ đô thị hóa đạt khoảng 45-50%, tỷ lệ che phủ rừng 40-42%.').map((x) => x.comparator)).toEqual(['~', '=']);
  });

  it('a rank group is a bound: "thuộc nhóm 3 nước dẫn đầu" is <= 3', () => {
    expect(only('Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á')).toStrictEqual({
      indicator: 'nước dẫn đầu Đông Nam Á', comparator: '<=', value: 3, unit: 'nước', text: 'nhóm 3 nước',
    });
    expect(extractTargets('Kỳ họp thứ 9 Quốc hội khóa XV; Hội nghị lần thứ 8')).toEqual([]);
  });

  it('an empty or verb-only lead takes the phrase after the figure; commas inside it stay', () => {
    expect(only('Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.').indicator).toBe('DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số');
  });

  it('the example of the design note: an inline list is a list', () => {
    expect(extractTargets('phấn đấu đến năm 2030 đạt các mục tiêu: 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; tỷ lệ thất nghiệp dưới 3%; ...')).toStrictEqual([
      { indicator: 'thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình', comparator: '=', value: 100, unit: '%', year: 2030, text: '100%' },
      { indicator: 'tỷ lệ thất nghiệp', comparator: '<', value: 3, unit: '%', year: 2030, text: 'dưới 3%' },
    ]);
  });

  it('in a goal, a bare count is a target; elsewhere it needs a goal word', () => {
    const text = 'Thu hút 350.000 lượt khách du lịch/năm.';
    expect(extractTargets(text, { year: 2030 })).toEqual([]);
    expect(only(text, { year: 2030, goal: true })).toMatchObject({ comparator: '=', value: 350000, unit: 'lượt khách', year: 2030 });
    expect(only('Tạo việc làm cho 2.000 lao động', { goal: true })).toMatchObject({ indicator: 'lao động', value: 2000 });
    // a reference is no figure, in a goal too
    expect(extractTargets('Thực hiện khoản 3 Điều 12 của Luật', { goal: true })).toEqual([]);
  });

  it('an age reached is the value; an age that bounds who is counted is not', () => {
    expect(only('Tuổi thọ trung bình đạt 76 tuổi.', { year: 2030 })).toMatchObject({ indicator: 'Tuổi thọ trung bình', comparator: '=', value: 76, unit: 'tuổi' });
    expect(extractTargets('Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng giảm còn 10%.').map((t) => t.unit)).toEqual(['%']);
    expect(only('Số giường bệnh trên 10.000 dân đạt 35 giường.')).toMatchObject({ indicator: 'Số giường bệnh trên 10.000 dân', value: 35, unit: 'giường' });
  });

  it('in a sentence that assigns the work, the figure counts what follows it, not the bodies before it', () => {
    expect(only('Phòng Văn hóa và Thông tin chủ trì, phối hợp với Viễn thông Phú Thọ triển khai mạng cáp quang đến 100% thôn, khu dân cư; hoàn thành trong năm 2026.')).toMatchObject({ indicator: 'thôn, khu dân cư', value: 100 });
    // with nothing after the figure, the indicator is still read from before it
    expect(only('Sở Y tế chủ trì nâng tỷ lệ tiêm chủng đạt 95%.').indicator).toContain('tỷ lệ tiêm chủng');
  });

  it('a rate per head of population keeps its base in the unit: "10 doanh nghiệp/1.000 dân"', () => {
    expect(only('Tỷ lệ doanh nghiệp đạt 10 doanh nghiệp/1.000 dân.', { goal: true })).toMatchObject({ indicator: 'Tỷ lệ doanh nghiệp', value: 10, unit: 'doanh nghiệp/1.000 dân' });
    expect(only('Có 19 bác sĩ/10.000 dân.', { goal: true })).toMatchObject({ value: 19, unit: 'bác sĩ/10.000 dân' });
    expect(only('Đào tạo, bồi dưỡng 500 kỹ sư, chuyên gia công nghệ số.', { goal: true })).toMatchObject({ value: 500, unit: 'kỹ sư' });
  });

  it('"cắt giảm" takes what it cuts after the figure, for each figure of its list; the subject before it is no indicator', () => {
    const got = extractTargets('Ban cán sự đảng UBND tỉnh lãnh đạo rà soát, cắt giảm ít nhất 30% thời gian xử lý thủ tục hành chính và 30% chi phí tuân thủ cho doanh nghiệp.', { goal: true });
    expect(got.map((t) => [t.indicator, t.change, t.comparator, t.value])).toEqual([
      ['thời gian xử lý thủ tục hành chính', 'decrease', '>=', 30],
      ['chi phí tuân thủ cho doanh nghiệp', 'decrease', '=', 30],
    ]);
    expect(only('Sở Tư pháp cắt giảm 20% thủ tục hành chính.', { goal: true })).toMatchObject({ indicator: 'thủ tục hành chính', change: 'decrease', value: 20 });
    // an intransitive "giảm" still names its indicator before it
    expect(only('Tỷ lệ hộ nghèo giảm 1,5%/năm.', { goal: true })).toMatchObject({ indicator: 'Tỷ lệ hộ nghèo', change: 'decrease' });
  });

  it('a rating the counted things reach qualifies them: "05 sản phẩm OCOP đạt 3 sao" is one target of 5', () => {
    expect(only('Đến năm 2027, có ít nhất 05 sản phẩm OCOP đạt 3 sao trở lên.', { goal: true })).toMatchObject({ indicator: 'sản phẩm OCOP đạt 3 sao trở lên', comparator: '>=', value: 5, unit: 'sản phẩm', year: 2027 });
    expect(extractTargets('Có tối thiểu 02 sản phẩm đạt 4 sao; 100% chủ thể OCOP được tập huấn.', { goal: true }).map((t) => [t.value, t.unit])).toEqual([[2, 'sản phẩm'], [100, '%']]);
  });

  it('"Indicator: value" is one target, the colon naming the figure; a colon before a list still opens it', () => {
    expect(only('Số xã đạt chuẩn nông thôn mới nâng cao: 15 xã.', { goal: true })).toMatchObject({ indicator: 'Số xã đạt chuẩn nông thôn mới nâng cao', value: 15, unit: 'xã' });
    expect(only('Tỷ lệ hộ nghèo đa chiều: giảm 1,5%.')).toMatchObject({ indicator: 'Tỷ lệ hộ nghèo đa chiều', change: 'decrease', value: 1.5 });
    expect(only('Thu nhập bình quân đầu người khu vực nông thôn: 65 triệu đồng/người/năm.', { goal: true }))
      .toMatchObject({ indicator: 'Thu nhập bình quân đầu người khu vực nông thôn', comparator: '=', value: 65e6, unit: 'đồng/người/năm' });
    // an amount with no comparator is a target only so, in a goal
    expect(extractTargets('Thu nhập bình quân: 65 triệu đồng/người/năm.')).toEqual([]);
    expect(extractTargets('phấn đấu đạt các mục tiêu: 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; tỷ lệ thất nghiệp dưới 3%')
      .map((t) => t.indicator)).toEqual(['thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình', 'tỷ lệ thất nghiệp']);
  });

  it('a baseline\'s "so với" before its year is not the indicator\'s; a share\'s "so với" is', () => {
    expect(only('Giảm 50% số vụ vi phạm về môi trường so với năm 2025.')).toMatchObject({ indicator: 'số vụ vi phạm về môi trường', baseYear: 2025 });
    expect(only('dưới 50% rác thải sinh hoạt được chôn lấp trực tiếp so với lượng rác thải được thu gom').indicator)
      .toBe('rác thải sinh hoạt được chôn lấp trực tiếp so với lượng rác thải được thu gom');
  });

  it('a date that opens the words before a figure is not the indicator\'s', () => {
    expect(only('phấn đấu đến ngày 30/6/2026 giải ngân đạt trên 50% kế hoạch vốn').indicator).toBe('giải ngân');
  });

  it('the phrase after a bare figure ends before its deadline', () => {
    expect(only('100% cơ sở khám bệnh, chữa bệnh triển khai bệnh án điện tử trước ngày 31/12/2026.').indicator).toBe('cơ sở khám bệnh, chữa bệnh triển khai bệnh án điện tử');
    expect(only('100% hồ sơ được số hóa chậm nhất trong năm 2027').indicator).toBe('hồ sơ được số hóa');
  });

  it('a verb that is a noun too, right before the number, makes the figure its object', () => {
    expect(only('Tổ chức đào tạo, bồi dưỡng 3.000 lượt nhân lực về chuyển đổi số', { goal: true }).indicator).toBe('lượt nhân lực về chuyển đổi số');
    // a level verb between: the phrase before names the figure
    expect(only('Số cán bộ nghiên cứu và phát triển đạt mức 11 người trên một vạn dân').indicator).toBe('Số cán bộ nghiên cứu và phát triển');
  });

  it('a past year under a later goal year is the past; so is a year before the document', () => {
    expect(extractTargets('năm 2023, tỷ lệ hộ nghèo còn 2,1%', { year: 2030 })).toEqual([]);
    expect(extractTargets('Năm 2023, tỷ lệ hộ nghèo dưới 2%', { documentYear: 2024 })).toEqual([]);
    expect(only('Năm 2025, phấn đấu tỷ lệ hộ nghèo dưới 2%', { year: 2030 }).year).toBe(2025);
  });
});

describe('not targets', () => {
  it.each([
    'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
    'Kế hoạch số 45/KH-UBND ngày 01/12/2025',
    'theo quy định tại khoản 3 Điều 12 Luật Đầu tư công',
    'hoàn thành trong Quý IV/2024; báo cáo trước ngày 15/12 hằng năm',
    'Chiều 9/5, Ban Thường vụ Thành ủy tổ chức hội nghị',
    'đến năm 2030, tầm nhìn đến năm 2045',
    'giai đoạn 2021 - 2025',
    'thông tin di động 5G, 6G; nồng độ bụi PM2.5',
    'II. MỤC TIÊU; 1. Mục tiêu tổng quát; a) Đến năm 2025',
    'hiện nay tỷ lệ hộ nghèo là 2,1%',
    'trong 3 năm qua, tỷ lệ hộ nghèo giảm còn 2,1%',
    'kết nối đến 618 điểm cầu quận, huyện',
  ])('%s', (text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});

describe('text hygiene', () => {
  it('reads NFD, CRLF, non-breaking spaces and dash look-alikes', () => {
    expect(only('Tỷ lệ thất nghiệp\r\ndưới\u00a03%'.normalize('NFD'))).toStrictEqual({ indicator: 'Tỷ lệ thất nghiệp', comparator: '<', value: 3, unit: '%', text: 'dưới 3%' });
    expect(only('tăng trung bình 16 \u2013 18%/năm')).toMatchObject({ value: 16, max: 18, text: 'tăng trung bình 16 - 18%/năm' });
  });

  it('matches lexicon words in either tone placement and keeps the document spelling', () => {
    expect(only('Số hoá ít nhất 80% hồ sơ lưu trữ').indicator).toBe('hồ sơ lưu trữ');
    expect(only('Số hóa ít nhất 80% hồ sơ lưu trữ').indicator).toBe('hồ sơ lưu trữ');
    expect(only('Tỉ lệ hoà nhập đạt 50%').indicator).toBe('Tỉ lệ hoà nhập');
  });

  it('never throws', () => {
    for (const text of ['', '%', '≥', '- - -', '(((', ')))', '; ; :', '1.2.3.4', '100%%%', 'trên', 'từ 5 đến', '\\'.repeat(9)]) {
      expect(() => extractTargets(text)).not.toThrow();
    }
    expect(extractTargets(undefined as unknown as string)).toEqual([]);
  });
});

// Real sentences, copied from /work/shared/corpus (hard-wrapped lines joined with a space; Markdown escapes
// such as "\-" kept where the file has them), each with the context year its heading gives.
const CORPUS: [string, string, { year: number } | undefined, Target[]][] = [
  ['nq57-tw-2024.web.md', 'Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á, nhóm 50 nước đứng đầu thế giới về năng lực cạnh tranh số và chỉ số phát triển Chính phủ điện tử; nhóm 3 nước dẫn đầu khu vực Đông Nam Á về nghiên cứu và phát triển trí tuệ nhân tạo, trung tâm phát triển một số ngành, lĩnh vực công nghiệp công nghệ số mà Việt Nam có lợi thế.', { year: 2030 }, [
    { indicator: 'nước dẫn đầu Đông Nam Á', comparator: '<=', value: 3, unit: 'nước', year: 2030, text: 'nhóm 3 nước' },
    { indicator: 'nước đứng đầu thế giới về năng lực cạnh tranh số và chỉ số phát triển Chính phủ điện tử', comparator: '<=', value: 50, unit: 'nước', year: 2030, text: 'nhóm 50 nước' },
    { indicator: 'nước dẫn đầu khu vực Đông Nam Á về nghiên cứu và phát triển trí tuệ nhân tạo, trung tâm phát triển một số ngành, lĩnh vực công nghiệp công nghệ số mà Việt Nam có lợi thế', comparator: '<=', value: 3, unit: 'nước', year: 2030, text: 'nhóm 3 nước' },
  ]],
  ['nq57-tw-2024.web.md', 'Tối thiểu có 5 doanh nghiệp công nghệ số ngang tầm các nước tiên tiến.', { year: 2030 }, [
    { indicator: 'doanh nghiệp công nghệ số ngang tầm các nước tiên tiến', comparator: '>=', value: 5, unit: 'doanh nghiệp', year: 2030, text: 'Tối thiểu có 5 doanh nghiệp' },
  ]],
  ['nq57-tw-2024.web.md', 'Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế ở mức trên 55%; tỉ trọng xuất khẩu sản phẩm công nghệ cao trên tổng giá trị hàng hoá xuất khẩu đạt tối thiểu 50%.', undefined, [
    { indicator: 'Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế', comparator: '>', value: 55, unit: '%', text: 'trên 55%' },
    { indicator: 'tỉ trọng xuất khẩu sản phẩm công nghệ cao trên tổng giá trị hàng hoá xuất khẩu', comparator: '>=', value: 50, unit: '%', text: 'đạt tối thiểu 50%' },
  ]],
  ['nq57-tw-2024.web.md', 'Quy mô kinh tế số đạt tối thiểu 30% GDP.', { year: 2030 }, [
    { indicator: 'Quy mô kinh tế số', comparator: '>=', value: 30, unit: '% GDP', year: 2030, text: 'đạt tối thiểu 30% GDP' },
  ]],
  ['nq57-tw-2024.web.md', 'Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%; giao dịch không dùng tiền mặt đạt 80%.', undefined, [
    { indicator: 'Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp', comparator: '>', value: 80, unit: '%', text: 'đạt trên 80%' },
    { indicator: 'giao dịch không dùng tiền mặt', comparator: '=', value: 80, unit: '%', text: 'đạt 80%' },
  ]],
  ['nq57-tw-2024.web.md', 'Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt trên 40% trong tổng số doanh nghiệp.', undefined, [
    { indicator: 'Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo', comparator: '>', value: 40, unit: '%', text: 'đạt trên 40%' },
  ]],
  ['nq57-tw-2024.web.md', 'Khoa học, công nghệ và đổi mới sáng tạo góp phần quan trọng xây dựng, phát triển giá trị văn hoá, xã hội, con người Việt Nam, đóng góp vào chỉ số phát triển con người (HDI) duy trì trên 0,7.', undefined, [
    { indicator: 'chỉ số phát triển con người (HDI)', comparator: '>', value: 0.7, text: 'trên 0,7' },
  ]],
  ['nq57-tw-2024.web.md', 'Kinh phí chi cho nghiên cứu phát triển (R\\&D) đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%; bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số quốc gia và tăng dần theo yêu cầu phát triển.', { year: 2030 }, [
    { indicator: 'Kinh phí chi cho nghiên cứu phát triển (R&D)', comparator: '=', value: 2, unit: '% GDP', year: 2030, text: 'đạt 2% GDP' },
    { indicator: 'kinh phí từ xã hội', comparator: '>', value: 60, unit: '%', year: 2030, text: 'chiếm hơn 60%' },
    { indicator: 'tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số quốc gia và tăng dần theo yêu cầu phát triển', comparator: '>=', value: 3, unit: '%', year: 2030, text: 'ít nhất 3%' },
  ]],
  ['nq57-tw-2024.web.md', 'Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo đạt 12 người trên một vạn dân; có từ 40 \\- 50 tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới; số lượng công bố khoa học quốc tế tăng trung bình 10%/năm; số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình 16 \\- 18%/năm, tỉ lệ khai thác thương mại đạt 8 \\- 10%.', { year: 2030 }, [
    { indicator: 'Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo', comparator: '=', value: 12, unit: 'người trên một vạn dân', year: 2030, text: 'đạt 12 người trên một vạn dân' },
    { indicator: 'tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới', comparator: '=', value: 40, max: 50, unit: 'tổ chức', year: 2030, text: 'từ 40 - 50 tổ chức' },
    { indicator: 'số lượng công bố khoa học quốc tế', comparator: '=', change: 'increase', value: 10, unit: '%/năm', year: 2030, text: 'tăng trung bình 10%/năm' },
    { indicator: 'số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế', comparator: '=', change: 'increase', value: 16, max: 18, unit: '%/năm', year: 2030, text: 'tăng trung bình 16 - 18%/năm' },
    { indicator: 'tỉ lệ khai thác thương mại', comparator: '=', value: 8, max: 10, unit: '%', year: 2030, text: 'đạt 8 - 10%' },
  ]],
  ['nq57-tw-2024.web.md', 'Thu hút thêm ít nhất 3 tổ chức, doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở, đầu tư nghiên cứu, sản xuất tại Việt Nam.', { year: 2030 }, [
    { indicator: 'tổ chức, doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở, đầu tư nghiên cứu, sản xuất tại Việt Nam', comparator: '>=', value: 3, unit: 'tổ chức', year: 2030, text: 'ít nhất 3 tổ chức' },
  ]],
  ['nq57-tw-2024.web.md', 'Tỉ lệ doanh nghiệp công nghệ số tương đương các nước phát triển; tối thiểu có 10 doanh nghiệp công nghệ số ngang tầm các nước tiên tiến.', { year: 2045 }, [
    { indicator: 'doanh nghiệp công nghệ số ngang tầm các nước tiên tiến', comparator: '>=', value: 10, unit: 'doanh nghiệp', year: 2045, text: 'tối thiểu có 10 doanh nghiệp' },
  ]],
  ['nq57-tw-2024.web.md', 'Phủ sóng 5G toàn quốc.', undefined, []],
  ['kh-617-ubnd-dongthap-2025-cdsdn.md', 'a) Đến hết năm 2025: Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.', undefined, [
    { indicator: 'DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số', comparator: '>=', value: 30, unit: '%', year: 2025, text: '≥ 30%' },
  ]],
  ['kh-617-ubnd-dongthap-2025-cdsdn.md', 'đ) Đến hết năm 2045: 100% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.', undefined, [
    { indicator: 'DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số', comparator: '=', value: 100, unit: '%', year: 2045, text: '100%' },
  ]],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', '(1) Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP;', { year: 2030 }, [
    { indicator: 'Tỷ trọng kinh tế số', comparator: '>=', value: 30, unit: '% GRDP', year: 2030, text: 'đạt tối thiểu 30% GRDP' },
  ]],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', '(3) Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động chiếm tối thiểu 20%,', { year: 2030 }, [
    { indicator: 'Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động', comparator: '>=', value: 20, unit: '%', year: 2030, text: 'chiếm tối thiểu 20%' },
  ]],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', '(4) Tổng giá trị giao dịch thanh toán không dùng tiền mặt gấp 30 lần GRDP;', { year: 2030 }, [
    { indicator: 'Tổng giá trị giao dịch thanh toán không dùng tiền mặt', comparator: '=', value: 30, unit: 'lần GRDP', year: 2030, text: 'gấp 30 lần GRDP' },
  ]],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', '(5) Phát triển và triển khai tối thiểu 01 sàn giao dịch dữ liệu;', { year: 2030 }, [
    { indicator: 'sàn giao dịch dữ liệu', comparator: '>=', value: 1, unit: 'sàn giao dịch', year: 2030, text: 'tối thiểu 01 sàn giao dịch' },
  ]],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', '(2) Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử phấn đấu đạt trên 70%;', { year: 2030 }, [
    { indicator: 'Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử', comparator: '>', value: 70, unit: '%', year: 2030, text: 'đạt trên 70%' },
  ]],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', '(3) 100% các giao dịch trên nền tảng thương mại điện tử có hóa đơn điện tử;', { year: 2030 }, [
    { indicator: 'các giao dịch trên nền tảng thương mại điện tử có hóa đơn điện tử', comparator: '=', value: 100, unit: '%', year: 2030, text: '100%' },
  ]],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', '(1) Tỷ lệ dân số từ 15 tuổi trở lên có điện thoại thông minh đạt tối thiểu 95%;', { year: 2030 }, [
    { indicator: 'Tỷ lệ dân số từ 15 tuổi trở lên có điện thoại thông minh', comparator: '>=', value: 95, unit: '%', year: 2030, text: 'đạt tối thiểu 95%' },
  ]],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', '(7) Tỷ lệ người dân trên 15 tuổi sử dụng dịch vụ công trực tuyến đạt tối thiểu 80%;', { year: 2030 }, [
    { indicator: 'Tỷ lệ người dân trên 15 tuổi sử dụng dịch vụ công trực tuyến', comparator: '>=', value: 80, unit: '%', year: 2030, text: 'đạt tối thiểu 80%' },
  ]],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', '(1) Tỷ lệ doanh nghiệp sử dụng nền tảng số phục vụ quản trị (tối thiểu tích hợp thuế điện tử, hóa đơn điện tử và tài chính kế toán) đạt tối thiểu 90%;', { year: 2030 }, [
    { indicator: 'Tỷ lệ doanh nghiệp sử dụng nền tảng số phục vụ quản trị (tối thiểu tích hợp thuế điện tử, hóa đơn điện tử và tài chính kế toán)', comparator: '>=', value: 90, unit: '%', year: 2030, text: 'đạt tối thiểu 90%' },
  ]],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', 'Phát triển nguồn nhân lực theo Quyết định số 1002/QĐ-TTg ngày 24-5-2025 phê duyệt', undefined, []],
  ['kh-144-ubnd-bacninh-2025-kinhteso.md', '- Kinh tế số chiếm 45% GRDP tỉnh.', { year: 2030 }, [
    { indicator: 'Kinh tế số', comparator: '=', value: 45, unit: '% GRDP', year: 2030, text: 'chiếm 45% GRDP' },
  ]],
  ['kh-144-ubnd-bacninh-2025-kinhteso.md', '- Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở chất lượng cao phục vụ phát triển kinh tế số và xã hội số; công bố trên Cổng Dữ liệu mở tỉnh Bắc Ninh và Cổng Dữ liệu mở quốc gia; có tối thiểu 05 kịch bản ứng dụng dữ liệu cấp tỉnh, ngành và địa phương. Đến năm 2030, tỉnh Bắc Ninh có ít nhất 20 tập dữ liệu mở phục vụ phát triển kinh tế số và xã hội số được công bố.', { year: 2030 }, [
    { indicator: 'bộ dữ liệu mở chất lượng cao phục vụ phát triển kinh tế số và xã hội số', comparator: '>=', value: 5, unit: 'bộ dữ liệu', year: 2030, text: 'từ 05 bộ dữ liệu' },
    { indicator: 'kịch bản ứng dụng dữ liệu cấp tỉnh, ngành và địa phương', comparator: '>=', value: 5, unit: 'kịch bản', year: 2030, text: 'tối thiểu 05 kịch bản' },
    { indicator: 'tập dữ liệu mở phục vụ phát triển kinh tế số và xã hội số được công bố', comparator: '>=', value: 20, unit: 'tập dữ liệu', year: 2030, text: 'ít nhất 20 tập dữ liệu' },
  ]],
  ['kh-144-ubnd-bacninh-2025-kinhteso.md', '- Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP tối thiểu 2%.', { year: 2030 }, [
    { indicator: 'Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP', comparator: '>=', value: 2, unit: '%', year: 2030, text: 'tối thiểu 2%' },
  ]],
  ['kh-144-ubnd-bacninh-2025-kinhteso.md', '- Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ 01 Gb/s đạt 100%.', { year: 2030 }, [
    { indicator: 'Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ 01 Gb/s', comparator: '=', value: 100, unit: '%', year: 2030, text: 'đạt 100%' },
  ]],
  ['kh-144-ubnd-bacninh-2025-kinhteso.md', '- Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số.', { year: 2030 }, [
    { indicator: 'Tỷ lệ phủ sóng 5G trên địa bàn', comparator: '=', value: 100, unit: '% dân số', year: 2030, text: 'đạt 100% dân số' },
  ]],
  ['qd-2629-ttg-2025-chinhphuso.md', '+ 100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện.', { year: 2027 }, [
    { indicator: 'dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện', comparator: '=', value: 100, unit: '%', year: 2027, text: '100%' },
  ]],
  ['qd-2629-ttg-2025-chinhphuso.md', '+ 100% bộ, ngành, địa phương đạt cấp độ 4 và 90% đạt cấp độ 5 mức độ trưởng thành về quản trị dữ liệu.', { year: 2030 }, [
    { indicator: 'bộ, ngành, địa phương đạt cấp độ 4', comparator: '=', value: 100, unit: '%', year: 2030, text: '100%' },
    { indicator: 'đạt cấp độ 5 mức độ trưởng thành về quản trị dữ liệu', comparator: '=', value: 90, unit: '%', year: 2030, text: '90%' },
  ]],
  ['qd-2629-ttg-2025-chinhphuso.md', '+ 100% cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng AI để phục vụ công tác chỉ đạo, điều hành.', { year: 2030 }, [
    { indicator: 'cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng AI để phục vụ công tác chỉ đạo, điều hành', comparator: '=', value: 100, unit: '%', year: 2030, text: '100%' },
    { indicator: 'ứng dụng AI để phục vụ công tác chỉ đạo, điều hành', comparator: '>=', value: 1, unit: 'ứng dụng', year: 2030, text: 'ít nhất 01 ứng dụng' },
  ]],
  ['qd-2629-ttg-2025-chinhphuso.md', 'Xếp hạng của Việt Nam về phát triển Chính phủ điện tử, Chính phủ số có sự thay đổi đột phá, Việt Nam thuộc nhóm 4 nước dẫn đầu Hiệp hội các quốc gia Đông Nam Á (ASEAN) và nhóm 60 nước dẫn đầu thế giới vào năm 2028 theo đánh giá của Liên hợp quốc; thuộc nhóm 3 nước dẫn đầu Hiệp hội các quốc gia Đông Nam Á (ASEAN) và nhóm 50 nước dẫn đầu thế giới vào năm 2030 theo đánh giá của Liên hợp quốc.', undefined, [
    { indicator: 'nước dẫn đầu Hiệp hội các quốc gia Đông Nam Á (ASEAN)', comparator: '<=', value: 4, unit: 'nước', year: 2028, text: 'nhóm 4 nước' },
    { indicator: 'nước dẫn đầu thế giới', comparator: '<=', value: 60, unit: 'nước', year: 2028, text: 'nhóm 60 nước' },
    { indicator: 'nước dẫn đầu Hiệp hội các quốc gia Đông Nam Á (ASEAN)', comparator: '<=', value: 3, unit: 'nước', year: 2030, text: 'nhóm 3 nước' },
    { indicator: 'nước dẫn đầu thế giới', comparator: '<=', value: 50, unit: 'nước', year: 2030, text: 'nhóm 50 nước' },
  ]],
  ['qd-2530-ttg-2025-khongkhi.md', '- Tại thành phố Hà Nội, nồng độ bụi PM2.5 trung bình năm vào năm 2030 đạt dưới 40 μg/m3 (giảm 20% so với mức trung bình năm 2024) tại các điểm đo của các trạm quan trắc chất lượng môi trường không khí quốc gia; các thông số chất lượng môi trường không khí khác được duy trì, bảo đảm đạt quy chuẩn kỹ thuật quốc gia về môi trường. Tỷ lệ số ngày trong năm có chỉ số chất lượng môi trường không khí (VN_AQI) ở mức tốt và trung bình đạt tối thiểu 80%.', { year: 2030 }, [
    { indicator: 'nồng độ bụi PM2.5 trung bình năm', comparator: '<', value: 40, unit: 'μg/m3', year: 2030, text: 'đạt dưới 40 μg/m3' },
    { indicator: 'nồng độ bụi PM2.5 trung bình năm', comparator: '=', change: 'decrease', value: 20, unit: '%', year: 2030, baseYear: 2024, text: 'giảm 20%' },
    { indicator: 'Tỷ lệ số ngày trong năm có chỉ số chất lượng môi trường không khí (VN_AQI) ở mức tốt và trung bình', comparator: '>=', value: 80, unit: '%', year: 2030, text: 'đạt tối thiểu 80%' },
  ]],
  ['qd-2530-ttg-2025-khongkhi.md', '- Đối với các tỉnh xung quanh thành phố Hà Nội (bao gồm: Thái Nguyên, Phú Thọ, Bắc Ninh, Hưng Yên, Hải Phòng, Ninh Bình), nồng độ bụi PM2.5 trung bình năm vào năm 2030 giảm tối thiểu 10% so với mức trung bình năm 2024.', { year: 2030 }, [
    { indicator: 'nồng độ bụi PM2.5 trung bình năm', comparator: '>=', change: 'decrease', value: 10, unit: '%', year: 2030, baseYear: 2024, text: 'giảm tối thiểu 10%' },
  ]],
  ['qd-2530-ttg-2025-khongkhi.md', 'h) Phấn đấu đến năm 2030, cả nước có 1.200 công trình xây dựng xanh.', undefined, [
    { indicator: 'công trình xây dựng xanh', comparator: '=', value: 1200, unit: 'công trình', year: 2030, text: '1.200 công trình' },
  ]],
  ['qd-2530-ttg-2025-khongkhi.md', '*Căn cứ Quyết định số 450/QĐ-TTg ngày 13 tháng 4 năm 2022 của Thủ tướng Chính phủ phê duyệt Chiến lược bảo vệ môi trường quốc gia đến năm 2030, tầm nhìn đến năm 2050;*', undefined, []],
  ['nq-192-qh15-2025-tangtruong8.md', '- Tốc độ tăng tổng sản phẩm trong nước (GDP) đạt 8% trở lên, quy mô GDP năm 2025 đạt khoảng trên 500 tỉ đô la Mỹ (USD).', undefined, [
    { indicator: 'Tốc độ tăng tổng sản phẩm trong nước (GDP)', comparator: '>=', value: 8, unit: '%', year: 2025, text: 'đạt 8% trở lên' },
    { indicator: 'quy mô GDP', comparator: '>', value: 500000000000, unit: 'USD', year: 2025, text: 'đạt khoảng trên 500 tỉ đô la Mỹ (USD)' },
  ]],
  ['nq-192-qh15-2025-tangtruong8.md', '- GDP bình quân đầu người khoảng trên 5.000 USD.', undefined, [
    { indicator: 'GDP bình quân đầu người', comparator: '>', value: 5000, unit: 'USD', text: 'khoảng trên 5.000 USD' },
  ]],
  ['nq-192-qh15-2025-tangtruong8.md', '- Tốc độ tăng chỉ số giá tiêu dùng (CPI) bình quân khoảng 4,5 - 5%.', undefined, [
    { indicator: 'Tốc độ tăng chỉ số giá tiêu dùng (CPI) bình quân', comparator: '~', value: 4.5, max: 5, unit: '%', text: 'khoảng 4,5 - 5%' },
  ]],
  ['nq-192-qh15-2025-tangtruong8.md', 'Năm 2025, phấn đấu đón và phục vụ 22 - 23 triệu lượt khách du lịch quốc tế, 120 - 130 triệu lượt khách du lịch nội địa.', undefined, [
    { indicator: 'lượt khách du lịch quốc tế', comparator: '=', value: 22000000, max: 23000000, unit: 'lượt khách', year: 2025, text: '22 - 23 triệu lượt khách' },
    { indicator: 'lượt khách du lịch nội địa', comparator: '=', value: 120000000, max: 130000000, unit: 'lượt khách', year: 2025, text: '120 - 130 triệu lượt khách' },
  ]],
  ['nq-192-qh15-2025-tangtruong8.md', 'Phấn đấu tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (giá hiện hành) năm 2025 tăng khoảng 12% trở lên.', undefined, [
    { indicator: 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (giá hiện hành)', comparator: '>=', change: 'increase', value: 12, unit: '%', year: 2025, text: 'tăng khoảng 12% trở lên' },
  ]],
  ['nq-192-qh15-2025-tangtruong8.md', 'Khai thác hiệu quả cơ hội từ 17 hiệp định thương mại tự do (FTA) đã ký kết;', undefined, []],
  ['nq-394-cp-2025-phongtrao-moitruong.md', 'đ) 95% rác thải sinh hoạt đô thị, 90% rác thải sinh hoạt nông thôn được thu gom, xử lý theo quy định; dưới 50% rác thải sinh hoạt được xử lý bằng phương pháp chôn lấp trực tiếp so với lượng rác thải sinh hoạt được thu gom; trên 50% các bãi chôn lấp rác thải không hợp vệ sinh được cải tạo, phục hồi môi trường; xóa bỏ các “điểm đen” về ô nhiễm môi trường; 100% các bãi rác tự phát gây ô nhiễm môi trường được đóng cửa, cải tạo, phục hồi môi trường.', { year: 2030 }, [
    { indicator: 'rác thải sinh hoạt đô thị', comparator: '=', value: 95, unit: '%', year: 2030, text: '95%' },
    { indicator: 'rác thải sinh hoạt nông thôn được thu gom, xử lý theo quy định', comparator: '=', value: 90, unit: '%', year: 2030, text: '90%' },
    { indicator: 'rác thải sinh hoạt được xử lý bằng phương pháp chôn lấp trực tiếp so với lượng rác thải sinh hoạt được thu gom', comparator: '<', value: 50, unit: '%', year: 2030, text: 'dưới 50%' },
    { indicator: 'các bãi chôn lấp rác thải không hợp vệ sinh được cải tạo, phục hồi môi trường', comparator: '>', value: 50, unit: '%', year: 2030, text: 'trên 50%' },
    { indicator: 'các bãi rác tự phát gây ô nhiễm môi trường được đóng cửa, cải tạo, phục hồi môi trường', comparator: '=', value: 100, unit: '%', year: 2030, text: '100%' },
  ]],
  ['nq-394-cp-2025-phongtrao-moitruong.md', 'a) 100% các phường, xã tổ chức ngày cuối tuần ra quân tổng vệ sinh công cộng tại các khu dân cư, tổ dân phố.', { year: 2030 }, [
    { indicator: 'các phường, xã tổ chức ngày cuối tuần ra quân tổng vệ sinh công cộng tại các khu dân cư, tổ dân phố', comparator: '=', value: 100, unit: '%', year: 2030, text: '100%' },
  ]],
  ['kh-552-ubnd-dongthap-2025-doimoicongnghe.md', 'Hình thành ít nhất 100 doanh nghiệp khởi nghiệp sáng tạo, 50 doanh nghiệp khoa học công nghệ; đồng thời có ít nhất 50 doanh nghiệp trở thành hạt nhân đổi mới công nghệ, trong đó có 20 doanh nghiệp công nghệ cao đóng vai trò dẫn dắt ngành.', { year: 2030 }, [
    { indicator: 'doanh nghiệp khởi nghiệp sáng tạo', comparator: '>=', value: 100, unit: 'doanh nghiệp', year: 2030, text: 'ít nhất 100 doanh nghiệp' },
    { indicator: 'doanh nghiệp khoa học công nghệ', comparator: '>=', value: 50, unit: 'doanh nghiệp', year: 2030, text: '50 doanh nghiệp' },
    { indicator: 'doanh nghiệp trở thành hạt nhân đổi mới công nghệ', comparator: '>=', value: 50, unit: 'doanh nghiệp', year: 2030, text: 'ít nhất 50 doanh nghiệp' },
  ]],
  ['kh-552-ubnd-dongthap-2025-doimoicongnghe.md', '- Đồng Tháp trở thành địa phương thuộc top 03 vùng Đồng bằng sông Cửu Long về đổi mới công nghệ trong nông nghiệp, công nghiệp chế biến và ứng dụng công nghệ số, làm hình mẫu trong phát triển kinh tế số, xã hội số và nông nghiệp công nghệ cao. Quy mô kinh tế số đạt 40% GRDP.', { year: 2035 }, [
    { indicator: 'vùng Đồng bằng sông Cửu Long về đổi mới công nghệ trong nông nghiệp, công nghiệp chế biến và ứng dụng công nghệ số, làm hình mẫu trong phát triển kinh tế số, xã hội số và nông nghiệp công nghệ cao', comparator: '<=', value: 3, unit: 'vùng', year: 2035, text: 'top 03 vùng' },
    { indicator: 'Quy mô kinh tế số', comparator: '=', value: 40, unit: '% GRDP', year: 2035, text: 'đạt 40% GRDP' },
  ]],
  ['kh-552-ubnd-dongthap-2025-doimoicongnghe.md', '- Đưa tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh lên tối thiểu 80% trên toàn Tỉnh.', undefined, [
    { indicator: 'tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh', comparator: '>=', value: 80, unit: '%', text: 'tối thiểu 80%' },
  ]],
  ['kh-552-ubnd-dongthap-2025-doimoicongnghe.md', 'Trên 70% số doanh nghiệp chế biến nông sản và thủy sản đạt trình độ và năng lực công nghệ trung bình tiên tiến trở lên.', { year: 2030 }, [
    { indicator: 'số doanh nghiệp chế biến nông sản và thủy sản đạt trình độ và năng lực công nghệ trung bình tiên tiến trở lên', comparator: '>', value: 70, unit: '%', year: 2030, text: 'Trên 70%' },
  ]],
  ['kh-310-ubnd-hanoi-2025-5g.md', '- 100% các khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G.', { year: 2026 }, [
    { indicator: 'các khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G', comparator: '=', value: 100, unit: '%', year: 2026, text: '100%' },
    { indicator: 'trạm phát sóng 5G', comparator: '>=', value: 1, unit: 'trạm', year: 2026, text: 'tối thiểu 1 trạm' },
  ]],
  ['kh-310-ubnd-hanoi-2025-5g.md', 'Hiện nay, tổng số trạm thu phát sóng thông tin di động động tại các khu công nghệ cao, khu công nghiệp, cụm công nghiệp của các doanh nghiệp viễn thông trên địa bàn thành phố Hà Nội khoảng 180 trạm, trong đó có 22 trạm 5G.', undefined, []],
  ['kh-310-ubnd-hanoi-2025-5g.md', '- Triển khai hoàn thiện hệ thống cáp quang Internet XGS-PON thế hệ mới và hạ tầng truyền dẫn (cho phép truyền dữ liệu với tốc độ 10 Gigabit mỗi giây (10 Gbps) đối xứng (cả tải xuống và tải lên).', { year: 2030 }, []],
  ['kh-179-ubnd-dongnai-2025-kinhteso.md', 'phóng sự, câu chuyện, phim tài liệu về kinh tế số, xã hội số trên 04 loại hình', undefined, []],
  ['news-hanoi-2024-05-09.txt', 'Trong đó, phấn đấu đến năm 2030 đạt các mục tiêu cơ bản như: 100% người có công và gia đình người có công với cách mạng đang được hưởng trợ cấp hằng tháng được chăm lo toàn diện về cả vật chất và tinh thần; tỷ lệ thất nghiệp dưới 3%; 100% trường học đạt chuẩn quốc gia; 100% người thuộc diện hưởng trợ cấp xã hội được hưởng trợ cấp xã hội; 70% lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm xã hội….', undefined, [
    { indicator: 'người có công và gia đình người có công với cách mạng đang được hưởng trợ cấp hằng tháng được chăm lo toàn diện về cả vật chất và tinh thần', comparator: '=', value: 100, unit: '%', year: 2030, text: '100%' },
    { indicator: 'tỷ lệ thất nghiệp', comparator: '<', value: 3, unit: '%', year: 2030, text: 'dưới 3%' },
    { indicator: 'trường học đạt chuẩn quốc gia', comparator: '=', value: 100, unit: '%', year: 2030, text: '100%' },
    { indicator: 'người thuộc diện hưởng trợ cấp xã hội được hưởng trợ cấp xã hội', comparator: '=', value: 100, unit: '%', year: 2030, text: '100%' },
    { indicator: 'lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm xã hội', comparator: '=', value: 70, unit: '%', year: 2030, text: '70%' },
  ]],
  ['news-hanoi-2024-05-09.txt', 'Nghị quyết đề cập tới 3 quan điểm, các mục tiêu và 9 nhiệm vụ giải pháp chủ yếu nhất là việc nghiên cứu, đề xuất các cơ chế, chính sách cụ thể với thực tiễn địa phương, đơn vị… để triển khai thực hiện Nghị quyết.', undefined, []],
  ['news-hanoi-2024-05-09.txt', 'Giám đốc Sở LĐTB&XH TP Bạch Liên Hương trình bày Chương trình hành động số 32-Ctr/TU ngày 4/4/2024 thực hiện Nghị quyết số 42-NQ/TW của Trung ương về “Tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng sự nghiệp xây dựng và bảo vệ Tổ quốc trong giai đoạn mới”.', undefined, []],
  ['nq20-nq-tw-2012.md', 'Nâng tổng đầu tư xã hội cho khoa học và công nghệ đạt 1,5% GDP vào năm 2015, trên 2% GDP vào năm 2020 và khoảng 3% GDP vào năm 2030\\. Tăng đầu tư của Nhà nước cho khoa học và công nghệ bảo đảm tối thiểu 2% tổng chi ngân sách nhà nước hằng năm.', undefined, [
    { indicator: 'tổng đầu tư xã hội cho khoa học và công nghệ', comparator: '=', value: 1.5, unit: '% GDP', year: 2015, text: 'đạt 1,5% GDP' },
    { indicator: 'tổng đầu tư xã hội cho khoa học và công nghệ', comparator: '>', value: 2, unit: '% GDP', year: 2020, text: 'trên 2% GDP' },
    { indicator: 'tổng đầu tư xã hội cho khoa học và công nghệ', comparator: '~', value: 3, unit: '% GDP', year: 2030, text: 'khoảng 3% GDP' },
    { indicator: 'Tăng đầu tư của Nhà nước cho khoa học và công nghệ', comparator: '>=', value: 2, unit: '%', text: 'tối thiểu 2%' },
  ]],
  ['tb-624-vpcp-2025-ketluan-bcd.md', 'phủ sóng 5G trên phạm vi toàn quốc, phải đạt 90% trong năm 2025 (đến nay mới đạt 39,5%);', undefined, [
    { indicator: 'phủ sóng 5G trên phạm vi toàn quốc', comparator: '=', value: 90, unit: '%', year: 2025, text: 'đạt 90%' },
  ]],
  ['nq-380-cp-2025-thientai.md', 'Để khẩn trương khắc phục hậu quả thiên tai, nhanh chóng ổn định tình hình Nhân dân, khôi phục sản xuất kinh doanh, phấn đấu tăng trưởng kinh tế cả năm 2025 đạt trên 8% và năm 2026 đạt từ 10% trở lên, Chính phủ yêu cầu', undefined, [
    { indicator: 'tăng trưởng kinh tế', comparator: '>', value: 8, unit: '%', year: 2025, text: 'đạt trên 8%' },
    { indicator: 'tăng trưởng kinh tế', comparator: '>=', value: 10, unit: '%', year: 2026, text: 'đạt từ 10% trở lên' },
  ]],
  ['kl-07-kl-vptw-2025.md', 'Đến nay, 100% các tỉnh uỷ, thành uỷ đã triển khai hệ thống điều hành tác nghiệp, phòng họp trực tuyến đến cấp xã;', undefined, []],
  ['nq03-cp-2025-ctrhd.md', '≤ 3 Đông Nam Á; ≤ 50 Thế giới', undefined, [
    { indicator: 'Đông Nam Á', comparator: '<=', value: 3, text: '≤ 3' },
    { indicator: 'Thế giới', comparator: '<=', value: 50, text: '≤ 50' },
  ]],
];

describe('corpus sentences', () => {
  it.each(CORPUS)('%s: %s', (_file, text, context, expected) => {
    expect(extractTargets(text, context)).toStrictEqual(expected);
  });
});

const CORPUS_DIR = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const corpus = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => /\.(md|txt)$/.test(f) && f !== 'SOURCES.md').sort() : [];

describe.runIf(corpus.length > 0)('every corpus paragraph', () => {
  it.each(corpus)('%s: targets are well formed and quote the source', (file) => {
    const paragraphs = readFileSync(`${CORPUS_DIR}${file}`, 'utf8').split(/\r?\n\s*\r?\n/);
    for (const paragraph of paragraphs) {
      const source = cleanLine(paragraph).replace(/\\(?=[^\s\p{L}\d])/gu, '').replace(/\*+/g, ' ').replace(/\s+/g, ' ');
      for (const t of extractTargets(paragraph)) {
        expect(COMPARATORS).toContain(t.comparator);
        expect(Number.isFinite(t.value)).toBe(true);
        if (t.max !== undefined) expect(t.max).toBeGreaterThan(t.value);
        if (t.year !== undefined) expect(t.year).toBeGreaterThanOrEqual(1900);
        expect(source).toContain(t.text);
        if (t.indicator) expect(source).toContain(t.indicator);
      }
    }
  });
});

describe('linear time', () => {
  const KB = 1024;
  it.each([
    ['100,000 spaces', 100_000, (n: number): string => `${' '.repeat(n)}dưới 3%`],
    ['50,000 commas', 50_000, (n: number): string => `${','.repeat(n)} 5%`],
    ['a 1 MB line of digits and %', 512 * KB, (n: number): string => '1234567890%'.repeat(n / 11)],
    ['figures packed together', 128 * KB, (n: number): string => '1%'.repeat(n / 2)],
    ['digits and commas', 512 * KB, (n: number): string => '1,'.repeat(n / 2)],
    ['nested bare figures', 128 * KB, (n: number): string => '100% có '.repeat(n / 8)],
    ['open brackets', 128 * KB, (n: number): string => `${'('.repeat(n / 2)}${' trong đó, '.repeat(n / 22)} 5%`],
    ['lead-in clauses', 128 * KB, (n: number): string => `${'đối với (a, b) '.repeat(n / 15)}đạt 5%`],
    ['comparator chains', 128 * KB, (n: number): string => `${'dưới '.repeat(n / 5)}3%`],
    ['years', 128 * KB, (n: number): string => 'năm 2030 đạt 5% '.repeat(n / 16)],
  ] as const)('%s: twice the input takes less than four times as long', (_name, n, make) => {
    expect(growth(make, (t) => extractTargets(t), n)).toBeLessThan(4);
  });
});
