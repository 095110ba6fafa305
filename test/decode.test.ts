import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, utf8 } from '../src/read/decode.js';

// The strict reading the decoder must agree with: the WHATWG UTF-8 decoder in fatal mode.
const strict = new TextDecoder('utf-8', { fatal: true });
const reference = (bytes: Uint8Array): string | undefined => {
  try { return strict.decode(bytes); } catch { return undefined; }
};

describe('UTF-8 decoding', () => {
  it('accepts and refuses exactly what a strict decoder does, on any bytes', () => {
    // Bytes near the edges of UTF-8: lead bytes, continuation bytes, surrogates, overlongs, BOMs.
    const edgy = fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xa0, 0xef, 0xbb, 0xf0, 0xf4, 0xf5, 0xff);
    fc.assert(fc.property(fc.array(fc.oneof(edgy, fc.integer({ min: 0, max: 255 })), { maxLength: 24 }), (list) => {
      const bytes = Uint8Array.from(list);
      expect(utf8(bytes)).toBe(reference(bytes));
    }), { seed: 11, numRuns: 5000 });
  });
  it('agrees on any text written as UTF-8, a leading byte-order mark dropped once', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.boolean(), (s, bom) => {
      const bytes = new TextEncoder().encode(bom ? `\uFEFF${s}` : s);
      expect(utf8(bytes)).toBe(reference(bytes));
    }), { seed: 12, numRuns: 3000 });
  });
  it('reports blank text as empty and keeps a file of text', () => {
    expect(decode(new TextEncoder().encode(' \n\t\u00a0\u3000\n'))).toEqual({ ok: false, code: 'empty-input' });
    expect(decode(new TextEncoder().encode('\uFEFFa'))).toMatchObject({ ok: true, text: 'a', bom: true });
    expect(decode(new TextEncoder().encode('Kế hoạch'))).toMatchObject({ ok: true, text: 'Kế hoạch', bom: false });
  });
});
