import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canon, cleanLine, fold, squashSpaces, unifyTones } from '../src/text/normalize.js';

describe('text hygiene', () => {
  it.each([
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['hoà bình', 'hòa bình'],
    ['thuý', 'thúy'],
    ['khoá XI', 'khóa XI'],
    ['hoàn thành', 'hoàn thành'],
    ['HOÀ', 'HÒA'],
    ['ĐẢNG UỶ', 'ĐẢNG ỦY'],
    ['xoè', 'xòe'],
  ])('unifies tone placement %s → %s', (input, expected) => {
    expect(unifyTones(input)).toBe(expected);
  });

  it('makes NFD text NFC and cleans spaces and dashes', () => {
    const nfd = 'Trie\u0302\u0309n khai\u00a0ngay \u2013 nay';
    expect(cleanLine(nfd)).toBe('Triển khai ngay - nay');
  });

  it('folds for keyword matching', () => {
    expect(fold('  ĐẢNG   Ủy ')).toBe('dang uy');
    expect(canon('Tỉnh  Uỷ')).toBe(canon('tỉnh ủy'));
  });

  it('folds white space as the plain definition does, whether or not a text needs it', () => {
    // every character \s matches, and letters and punctuation beside them
    const white = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const char = fc.constantFrom(...white, 'a', 'Đ', 'ệ', '.', '-', '\u200b', '\u0301');
    fc.assert(fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
      const s = chars.join('');
      expect(squashSpaces(s)).toBe(s.replace(/\s+/g, ' ').trim());
    }), { numRuns: 20000, seed: 5 });
  });
});
