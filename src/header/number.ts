// Document numbers: "Số: 773 /QĐ-TTg" → "773/QĐ-TTg", "Số 57\-NQ/TW" → "57-NQ/TW".
// Also used for numbers cited in the text.

import { typeCode } from '../lexicon/kinds.js';
import { fold } from '../text/normalize.js';

/** Issuer codes whose case is fixed whatever the source wrote (upper-case titles write "TTG"). */
const ISSUER_CODES: readonly string[] = ['TTg'];
const issuerIndex = new Map<string, string>(ISSUER_CODES.map((c) => [fold(c), c]));

/** "Số", "Số:", "số" before the number. */
const PREFIX = /^\s*[sS][ốoỐO]\s*[:.]?\s*/u;
/** The number: digits, then code segments joined by "/" or "-". */
const NUMBER = /^\d{1,6}[a-zA-Z]?(?:[/-][\p{L}\p{N}]+)+/u;
/** How much of the input is read: numbers are short, inputs may be whole paragraphs. */
const WINDOW = 80;

/**
 * Normalises a document number ("Số: 45/KH-UBND", "09-Ctr/TU", "45- NQ/TW"): the "Số" prefix,
 * escapes and stray spaces around "/" and "-" go, type codes get their usual case. Undefined when
 * there is no number (a blank draft number "Số:    /QĐ-TTg", or text that is not a number).
 */
export function normalizeNumber(s: string): string | undefined {
  const head = s.slice(0, WINDOW).replace(/\\/g, '').replace(PREFIX, '');
  const tight = head.replace(/\s*([/-])\s*/g, '$1');
  const m = NUMBER.exec(tight);
  if (!m) return undefined;
  const parts = m[0].split(/([/-])/);
  if (!parts.some((p, i) => i > 0 && /\p{L}/u.test(p))) return undefined;
  return parts.map((p, i) => (i === 0 || p === '/' || p === '-' ? p : fixCase(p))).join('');
}

function fixCase(segment: string): string {
  return typeCode(segment)?.code ?? issuerIndex.get(fold(segment)) ?? segment;
}

/** The type code of a normalised number ("57-NQ/TW" → NQ, "12/2024/NĐ-CP" → NĐ). */
export function numberTypeCode(number: string): string | undefined {
  for (const part of number.split(/[/-]/).slice(1)) {
    const code = typeCode(part);
    if (code) return code.code;
  }
  return undefined;
}
