import { describe, expect, it } from 'vitest';
import { canon, cleanLine, fold, unifyTones } from '../src/text/normalize.js';

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
});
