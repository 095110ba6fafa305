// Document kinds: the type line of a document ("NGHỊ QUYẾT", "CHƯƠNG TRÌNH HÀNH ĐỘNG") and the
// type code of its number ("NQ" in 57-NQ/TW, "CTr" in 09-CTr/TU), both mapped to DocumentKind.

import type { DocumentKind } from '../model/types.js';
import { fold } from '../text/normalize.js';

export interface KindPhrase {
  /** the type line as a reader writes it (also the kindLabel) */
  label: string;
  kind: DocumentKind;
}

/** An official letter (công văn): it has no type line, its kind is `other`. */
export const LETTER_LABEL = 'Công văn';

/** Type lines. Matching is on folded words, longest phrase first. */
export const KIND_PHRASES: readonly KindPhrase[] = [
  { label: 'Nghị quyết', kind: 'resolution' },
  { label: 'Chỉ thị', kind: 'directive' },
  { label: 'Kết luận', kind: 'conclusion' },
  { label: 'Chương trình hành động', kind: 'action-programme' },
  { label: 'Chương trình', kind: 'action-programme' },
  { label: 'Kế hoạch hành động', kind: 'plan' },
  { label: 'Kế hoạch', kind: 'plan' },
  { label: 'Quyết định', kind: 'decision' },
  { label: 'Đề án', kind: 'scheme' },
  { label: 'Báo cáo', kind: 'report' },
  { label: 'Thông báo kết luận', kind: 'notice' },
  { label: 'Thông báo', kind: 'notice' },
  { label: 'Hướng dẫn', kind: 'guidance' },
  { label: 'Nghị định', kind: 'decree' },
  { label: 'Thông tư liên tịch', kind: 'circular' },
  { label: 'Thông tư', kind: 'circular' },
  { label: 'Quy chế', kind: 'regulation' },
  { label: 'Quy định', kind: 'regulation' },
  { label: 'Tờ trình', kind: 'other' },
  { label: LETTER_LABEL, kind: 'other' },
];

export interface TypeCode {
  /** the code as it is written in a normalised number */
  code: string;
  kind: DocumentKind;
  label: string;
}

/** Type codes of document numbers (number-TYPE/ISSUER or number/TYPE-ISSUER). */
export const TYPE_CODES: readonly TypeCode[] = [
  { code: 'NQ', kind: 'resolution', label: 'Nghị quyết' },
  { code: 'CT', kind: 'directive', label: 'Chỉ thị' },
  { code: 'KL', kind: 'conclusion', label: 'Kết luận' },
  { code: 'QĐ', kind: 'decision', label: 'Quyết định' },
  { code: 'CTr', kind: 'action-programme', label: 'Chương trình' },
  { code: 'KH', kind: 'plan', label: 'Kế hoạch' },
  { code: 'HD', kind: 'guidance', label: 'Hướng dẫn' },
  { code: 'TB', kind: 'notice', label: 'Thông báo' },
  { code: 'BC', kind: 'report', label: 'Báo cáo' },
  { code: 'QC', kind: 'regulation', label: 'Quy chế' },
  { code: 'QyĐ', kind: 'regulation', label: 'Quy định' },
  { code: 'ĐA', kind: 'scheme', label: 'Đề án' },
  { code: 'NĐ', kind: 'decree', label: 'Nghị định' },
  { code: 'TT', kind: 'circular', label: 'Thông tư' },
  { code: 'TTLT', kind: 'circular', label: 'Thông tư liên tịch' },
  { code: 'TTr', kind: 'other', label: 'Tờ trình' },
  { code: 'CV', kind: 'other', label: LETTER_LABEL },
  { code: 'VBHN', kind: 'other', label: 'Văn bản hợp nhất' },
];

const phraseIndex = new Map<string, KindPhrase>(KIND_PHRASES.map((p) => [fold(p.label), p]));
const codeIndex = new Map<string, TypeCode>(TYPE_CODES.map((c) => [fold(c.code), c]));
const longestPhrase = Math.max(...KIND_PHRASES.map((p) => p.label.split(' ').length));

export interface KindMatch extends KindPhrase {
  /** number of words of the matched type line */
  words: number;
}

/** The longest type-line phrase at the start of `words` (already folded), if any. */
export function matchKindPhrase(words: readonly string[]): KindMatch | undefined {
  for (let n = Math.min(longestPhrase, words.length); n > 0; n--) {
    const hit = phraseIndex.get(words.slice(0, n).join(' '));
    if (hit) return { ...hit, words: n };
  }
  return undefined;
}

/** The type code written as `s` ("Ctr", "ctr", "CTR" → CTr), if it is one. */
export function typeCode(s: string): TypeCode | undefined {
  return codeIndex.get(fold(s));
}
