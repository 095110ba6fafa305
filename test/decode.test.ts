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
  it('decodes a view into a larger buffer as its own bytes only, ASCII or not', () => {
    const whole = new TextEncoder().encode('trước|Kế hoạch số 12 – Hà Nội|sau');
    const from = whole.indexOf(0x7c) + 1;
    const to = whole.lastIndexOf(0x7c);
    expect(utf8(whole.subarray(from, to))).toBe('Kế hoạch số 12 – Hà Nội');
    const ascii = new TextEncoder().encode('xx|plain text|yy');
    expect(utf8(ascii.subarray(3, 13))).toBe('plain text');
  });
  it('reports blank text as empty and keeps a file of text', () => {
    expect(decode(new TextEncoder().encode(' \n\t\u00a0\u3000\n'))).toEqual({ ok: false, code: 'empty-input' });
    expect(decode(new TextEncoder().encode('\uFEFFa'))).toMatchObject({ ok: true, text: 'a', bom: true });
    expect(decode(new TextEncoder().encode('Kế hoạch'))).toMatchObject({ ok: true, text: 'Kế hoạch', bom: false });
  });
  it('reads UTF-16 by its BOM or its NUL bytes, but bytes that decode to control characters are binary', () => {
    const le = Buffer.from('\uFEFFKế hoạch số 12', 'utf16le');
    expect(decode(le)).toMatchObject({ ok: true, text: 'Kế hoạch số 12', encoding: 'utf-16le', bom: true });
    expect(decode(Buffer.from('Kế hoạch số 12', 'utf16le'))).toMatchObject({ ok: true, encoding: 'utf-16le', bom: false });
    // four bytes of a binary file look like UTF-16 big-endian to the sniffing: U+0001 U+0203
    expect(decode(Uint8Array.from([0x00, 0x01, 0x02, 0x03]))).toMatchObject({ ok: false, code: 'binary-input' });
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab\u0000cd', 'utf16le')]))).toEqual({ ok: false, code: 'binary-input', offset: 6 });
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('\u0001\u0002\u0003 x', 'utf16le')]))).toMatchObject({ ok: false, code: 'binary-input' });
    expect(decode(Buffer.from('\uFEFF  \n ', 'utf16le'))).toEqual({ ok: false, code: 'empty-input' });
  });
});
