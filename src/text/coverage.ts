// The comparison form used to check that source text reached the model: letters and digits only,
// no diacritics, lower case. Markup, punctuation and spacing do not count.

import { Buffer } from 'node:buffer';

/** The definition: decomposed, marks and đ folded, lower case, letters a-z and digits kept. */
export function squashReference(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
}

// Every step of the definition works on one character at a time, so the form of a text is the
// forms of its characters put together: each character of the BMP is worked out once and kept
// (-1: it leaves nothing; -2: not yet known), and every line of every document is squashed once
// or twice while its coverage is checked. The form is ASCII, written as bytes into a buffer and
// read back as one Latin-1 string (which also makes the searches in it one-byte searches).
const UNKNOWN = -2;
const NOTHING = -1;
const TABLE = new Int32Array(0x10000).fill(UNKNOWN);
const scratch = Buffer.allocUnsafe(1 << 16);

function formOf(code: number): number {
  const form = squashReference(String.fromCharCode(code));
  // Every character of the BMP folds to at most one letter or digit; more would need the definition.
  return form === '' ? NOTHING : form.length === 1 ? form.charCodeAt(0) : UNKNOWN;
}

export function squashForCoverage(s: string): string {
  const length = s.length;
  // a longer text (a whole table, a document) gets a buffer of its own, not kept after it
  const out = length > scratch.length ? Buffer.allocUnsafe(length) : scratch;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) out[n++] = c;
      else if (c >= 0x41 && c <= 0x5a) out[n++] = c + 0x20;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) return squashReference(s); // beyond the BMP: the definition
    let f = TABLE[c] as number;
    if (f === UNKNOWN) {
      f = TABLE[c] = formOf(c);
      if (f === UNKNOWN) return squashReference(s);
    }
    if (f !== NOTHING) out[n++] = f;
  }
  return out.toString('latin1', 0, n);
}
