import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isUpper } from '../src/blocks/segment.js';
import { LABEL_SCHEMES, LETTERS } from '../src/lexicon/labels.js';
import { levelKey, readLabel } from '../src/outline/labels.js';

describe('label schemes', () => {
  it.each(LABEL_SCHEMES.map((row) => [row.scheme, row.example] as const))('%s reads its own example %s', (scheme, example) => {
    expect(readLabel(`${example} Nội dung`)?.scheme).toBe(scheme);
  });

  it.each([
    ['I. QUAN ĐIỂM', 'roman', 'I', 'QUAN ĐIỂM'],
    ['II- MỤC TIÊU', 'roman', 'II', 'MỤC TIÊU'],
    ['IV.TỔ CHỨC THỰC HIỆN', 'roman', 'IV', 'TỔ CHỨC THỰC HIỆN'],
    ['C- TỔ CHỨC THỰC HIỆN', 'upper-letter', 'C', 'TỔ CHỨC THỰC HIỆN'],
    ['D. TỔ CHỨC THỰC HIỆN', 'upper-letter', 'D', 'TỔ CHỨC THỰC HIỆN'],
    ['1. Mục đích', 'arabic', '1', 'Mục đích'],
    ['2- Những hạn chế', 'arabic', '2', 'Những hạn chế'],
    ['1.1. Phát triển', 'decimal', '1.1', 'Phát triển'],
    ['2.3 Hoàn thiện', 'decimal', '2.3', 'Hoàn thiện'],
    ['III.1.1 Phát triển', 'roman-decimal', 'III.1.1', 'Phát triển'],
    ['a) Thúc đẩy', 'letter', 'a', 'Thúc đẩy'],
    ['đ) Tăng cường', 'letter', 'đ', 'Tăng cường'],
    ['a. Đến năm 2028, hình thành', 'letter', 'a', 'Đến năm 2028, hình thành'],
    ['b/ Sở Công Thương hướng dẫn', 'letter', 'b', 'Sở Công Thương hướng dẫn'],
    ['(1) Công tác', 'paren-number', '(1)', 'Công tác'],
    ['Điều 3. Tổ chức thực hiện', 'article', 'Đ3', 'Tổ chức thực hiện'],
    ['Chương II QUY ĐỊNH CỤ THỂ', 'chapter', 'Ch2', 'QUY ĐỊNH CỤ THỂ'],
    ['Phần thứ hai', 'part', 'P2', ''],
    // an ordinal ending in a letter outside ASCII: \b would cut "tư" to "t"
    ['Phần thứ tư', 'part', 'P4', ''],
    ['PHẦN THỨ TƯ: TỔ CHỨC THỰC HIỆN', 'part', 'P4', 'TỔ CHỨC THỰC HIỆN'],
    ['- Bộ Công an', 'dash', '', 'Bộ Công an'],
    ['+ Sở Tài chính', 'plus', '', 'Sở Tài chính'],
  ])('%s', (text, scheme, token, rest) => {
    const label = readLabel(text);
    expect(label?.scheme).toBe(scheme);
    expect(label?.token).toBe(token);
    expect(label?.rest).toBe(rest);
  });

  it.each([
    'Mục tiêu tổng quát',
    'Mục đích, yêu cầu',
    '2025 là năm',
    '5.000 doanh nghiệp',
    '100% cơ quan',
    'f) không phải điểm',
    'Việt Nam',
    'Chương trình hành động',
    'Điều kiện',
    '30 - 40% doanh nghiệp',
    'v.v. và các nội dung khác',
    'a.m. giờ sáng',
    'c. các nội dung khác',
  ])('no label in "%s"', (text) => {
    expect(readLabel(text)).toBeUndefined();
  });

  it('follows the Vietnamese alphabet for letter points', () => {
    expect(LETTERS.slice(3, 6)).toEqual(['d', 'đ', 'e']);
    expect(readLabel('đ) x')?.value).toBe(5);
    expect(readLabel('e) x')?.value).toBe(6);
    expect(LETTERS).not.toContain('f');
  });

  it('keeps decimal depths apart', () => {
    expect(levelKey(readLabel('1.1. x')!)).not.toBe(levelKey(readLabel('1.1.1. x')!));
  });
});

describe('numbers that are not labels', () => {
  it('a document number wrapped at its dash is not a label', () => {
    expect(readLabel('57-NQ/TW ngày 22/12/2024 của Bộ Chính trị')).toBeUndefined();
    expect(readLabel('30-CTr/TU ngày 13/8/2025')).toBeUndefined();
    expect(readLabel('2- Những hạn chế')?.token).toBe('2');
  });
});

describe('capital lines', () => {
  // The reading every caller relies on: the letters alone, unchanged by upper case, two at least.
  const reference = (s: string): boolean => {
    const letters = s.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase();
  };
  it('agrees with reading the letters alone, on any text', () => {
    const pieces = ['A', 'a', 'Đ', 'đ', 'Ư', 'ư', 'Ớ', 'ớ', 'ĸ', 'ǅ', 'ß', 'ⓐ', 'ʰ', '中', '1', ' ', '.', 'I', 'V', 'ͅ', '-'];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      expect(isUpper(s)).toBe(reference(s));
    }), { seed: 7, numRuns: 3000 });
  });
  it('reads headings and prose', () => {
    expect(isUpper('II. MỤC TIÊU ĐẾN NĂM 2030')).toBe(true);
    expect(isUpper('II. Mục tiêu')).toBe(false);
    expect(isUpper('1.')).toBe(false);
    expect(isUpper('A')).toBe(false);
  });
});
