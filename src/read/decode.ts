// Bytes to text: BOMs, UTF-16, invalid UTF-8, binary files and legacy Vietnamese 8-bit encodings.

import { isAscii, isUtf8, transcode } from 'node:buffer';

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: boolean }
  | { ok: false; code: DecodeErrorCode; offset?: number };

export type DecodeErrorCode = 'empty-input' | 'binary-input' | 'invalid-utf8' | 'legacy-encoding';

/**
 * UTF-8 as a strict decoder reads it (a byte-order mark at the start dropped), or undefined when the
 * bytes are not UTF-8. Checked by node's own UTF-8 routine, several times faster than a fatal
 * TextDecoder. Text that is not all ASCII is decoded through ICU's UTF-16 converter: node's own
 * UTF-8 decoder takes about 3 ms per MB of Vietnamese text, ICU and a UTF-16 copy under 1 ms, and
 * reading a thousand models spends most of its decoding there.
 */
export function utf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = isAscii(buffer) ? buffer.toString('latin1') : wideText(buffer);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Valid UTF-8 that is not all ASCII, as text: through ICU where node has it, else node's decoder. */
function wideText(buffer: Buffer): string {
  if (icu) {
    try {
      return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // a node built without ICU has no converter: its own decoder gives the same text
      icu = false;
    }
  }
  return buffer.toString('utf8');
}

let icu = true;

/** Decodes a file's bytes. Never throws. */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return fromUtf16(bytes.subarray(2), 'utf-16le', true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return fromUtf16(bytes.subarray(2), 'utf-16be', true);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return fromUtf16(bytes, utf16, false);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (isBinary(body)) return { ok: false, code: 'binary-input', offset: firstControl(body) };
  const text = utf8(body);
  if (text === undefined) {
    const offset = invalidUtf8Offset(body) + (bom ? 3 : 0);
    return { ok: false, code: looksLegacyVietnamese(body) ? 'legacy-encoding' : 'invalid-utf8', offset };
  }
  if (!/\S/.test(text)) return { ok: false, code: 'empty-input' };
  if (looksLegacyText(text)) return { ok: false, code: 'legacy-encoding' };
  return { ok: true, text, encoding: 'utf-8', bom };
}

/**
 * UTF-16 text, unless what it decodes to is binary after all (NUL or many control characters): a
 * few bytes of a binary file can look like UTF-16 to the sniffing below.
 */
function fromUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodeResult {
  const text = new TextDecoder(encoding).decode(bytes);
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return { ok: false, code: 'binary-input', offset: 2 * i + (bom ? 2 : 0) };
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  if (n > 0 && control * 10 > n) return { ok: false, code: 'binary-input', offset: bom ? 2 : 0 };
  if (!/\S/.test(text)) return { ok: false, code: 'empty-input' };
  return { ok: true, text, encoding, bom };
}

/** UTF-16 without a BOM: many NUL bytes in alternating positions. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** The bytes controlBytes counts (and NUL), as Latin-1 characters. */
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  // most files have none of them: node's own Latin-1 copy and a search find that faster than a loop
  if (!CONTROL.test(Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1'))) return false;
  const control = controlBytes(bytes, n);
  return control < 0 || (n > 0 && control * 10 > n);
}

/**
 * How many of the first `n` bytes are control characters other than white space and ESC, or -1
 * at a NUL. Its own function: its loop is compiled while it runs, and the code after such a loop
 * would be compiled before it ever ran, and thrown away on every file.
 */
function controlBytes(bytes: Uint8Array, n: number): number {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return -1;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control;
}

function firstControl(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0 || b < 9 || (b > 13 && b < 32 && b !== 27)) return i;
  }
  return 0;
}

/** Byte offset of the first invalid UTF-8 sequence. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    if (i + need >= bytes.length + 0 && i + need > bytes.length - 1 + 1) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

// TCVN3 (ABC, .VnTime fonts) puts Vietnamese letters in the 0x80-0xFF range as single bytes; VNI
// writes a base letter followed by a mark byte. Decoded as Latin-1 they give text such as
// "Ch­¬ng tr×nh" or "Chöông trình". These are the tell-tale characters of each.
const TCVN3_MARKS = /[\u00a1-\u00b9\u00bd-\u00d6\u00d8-\u00df\u00e6\u00ee\u00f7\u00f8\u00fe\u00ff]/g;
const VNI_MARKS = /[aeiouyAEIOUY][\u00f8\u00f9\u00fb\u00fa\u00f5\u00e2\u00e0\u00e1\u00e4\u00e3\u00f6]/g;

function looksLegacyVietnamese(bytes: Uint8Array): boolean {
  const latin1 = new TextDecoder('latin1').decode(bytes.subarray(0, 65536));
  return looksLegacyText(latin1);
}

/** True when the text reads as a legacy 8-bit Vietnamese encoding shown as Latin-1. */
export function looksLegacyText(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (/[\u1ea0-\u1ef9\u0111\u0110\u01a1\u01b0]/.test(sample)) return false; // real Vietnamese letters present
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  if (letters < 40) return false;
  const tcvn = (sample.match(TCVN3_MARKS) ?? []).length;
  const vni = (sample.match(VNI_MARKS) ?? []).length;
  return (tcvn + vni) / letters > 0.03;
}
