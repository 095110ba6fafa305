// Place and date of issue: "Hà Nội, ngày 22 tháng 12 năm 2024" → Hà Nội, 2024-12-22.
// Tolerates PDF spacing ("tháng 0 6", "ngày  01"), upper case and the d/m/yyyy form.

import { trimChars } from './casing.js';

export interface PlaceDate {
  place?: string;
  /** ISO yyyy-mm-dd */
  date: string;
  /** offsets of the whole match (place included) in the input */
  start: number;
  end: number;
}

/** A day or month: one or two digits, possibly split by a PDF space ("0 6"). */
const DM = String.raw`(\d\s?\d|\d)`;
const LONG = new RegExp(String.raw`ngày\s*${DM}\s*tháng\s*${DM}\s*năm\s*(\d{4})`, 'iu');
const SHORT = new RegExp(String.raw`ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`, 'iu');
const MAX_PLACE = 40;

/** Reads the first "ngày ... tháng ... năm ..." of `text`, with the place written before it. */
export function readPlaceDate(text: string): PlaceDate | undefined {
  const m = LONG.exec(text) ?? SHORT.exec(text);
  if (!m) return undefined;
  const date = isoDate(m[3] as string, m[2] as string, m[1] as string);
  if (!date) return undefined;
  const before = trimChars(text.slice(Math.max(0, m.index - MAX_PLACE * 2), m.index), ' ,', 'end');
  const offset = Math.max(0, m.index - MAX_PLACE * 2);
  const comma = before.lastIndexOf(',');
  const place = (comma >= 0 ? before.slice(comma + 1) : before).trim();
  const result: PlaceDate = { date, start: m.index, end: m.index + m[0].length };
  if (isPlace(place)) {
    result.place = place;
    result.start = offset + before.length - place.length;
  }
  return result;
}

function isPlace(s: string): boolean {
  if (s === '' || s.length > MAX_PLACE || !/^\p{Lu}/u.test(s)) return false;
  const words = s.split(' ');
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}/u.test(w)) && !/\d/.test(s);
}

/** "2024", "12", "22" → "2024-12-22"; undefined for an impossible date. */
export function isoDate(year: string, month: string, day: string): string | undefined {
  const y = Number(year.replace(/\s/g, ''));
  const m = Number(month.replace(/\s/g, ''));
  const d = Number(day.replace(/\s/g, ''));
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
