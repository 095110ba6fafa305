// The comparison form used to check that source text reached the model: letters and digits only,
// no diacritics, lower case. Markup, punctuation and spacing do not count.

/** The definition: decomposed, marks and đ folded, lower case, letters a-z and digits kept. */
export function squashReference(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
}

// Every step of the definition works on one character at a time, so the form of a text is the
// forms of its characters put together: each character of the BMP is worked out once and kept
// (-1: it leaves nothing; -2: not yet known), and every line of every document is squashed once
// or twice while its coverage is checked.
const UNKNOWN = -2;
const NOTHING = -1;
const TABLE = new Int32Array(0x10000).fill(UNKNOWN);
const CHUNK = 4096;
const BUFFER = new Uint16Array(CHUNK);

function formOf(code: number): number {
  const form = squashReference(String.fromCharCode(code));
  // Every character of the BMP folds to at most one letter or digit; more would need the definition.
  return form === '' ? NOTHING : form.length === 1 ? form.charCodeAt(0) : UNKNOWN;
}

export function squashForCoverage(s: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f: number;
    if (c < 0x80) f = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : c >= 0x41 && c <= 0x5a ? c + 0x20 : NOTHING;
    else if (c >= 0xd800 && c <= 0xdfff) return squashReference(s); // beyond the BMP: the definition
    else {
      f = TABLE[c]!;
      if (f === UNKNOWN) {
        f = TABLE[c] = formOf(c);
        if (f === UNKNOWN) return squashReference(s);
      }
    }
    if (f === NOTHING) continue;
    BUFFER[n++] = f;
    if (n === CHUNK) {
      out += String.fromCharCode(...BUFFER);
      n = 0;
    }
  }
  return n ? out + String.fromCharCode(...BUFFER.subarray(0, n)) : out;
}
