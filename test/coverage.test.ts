import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { squashForCoverage, squashReference } from '../src/text/coverage.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, corpusFiles } from './helpers.js';

describe('the coverage form of a text', () => {
  it('is the definition, on every line of the corpus', () => {
    for (const f of corpusFiles()) for (const line of readFileSync(join(CORPUS, f), 'utf8').split('\n')) expect(squashForCoverage(line)).toBe(squashReference(line));
  });
  it('is the definition, on any text', () => {
    const pieces = ['Đ', 'đ', 'İ', 'ǅ', 'ß', 'K', 'Ⅻ', '①', 'ﬁ', 'Ω', 'A\u0301', 'a\u0323\u0302', '𝐀', '\ud800', 'x'.repeat(5000)];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 10 }), (parts) => {
      const s = parts.join('');
      expect(squashForCoverage(s)).toBe(squashReference(s));
    }), { seed: 21, numRuns: 4000 });
  });
  it('keeps letters and digits without marks', () => {
    expect(squashForCoverage('Điều 3. Mức chuẩn: 2.055.000 đồng')).toBe('dieu3mucchuan2055000dong');
  });
});
