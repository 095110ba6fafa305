// Words of deadlines (vietnamese-documents.md §6), as data: "trước ngày 30/6/2025", "Quý IV/2024",
// "6 tháng đầu năm 2025", "định kỳ hằng năm". Phrases are matched word by word, case-insensitively,
// with one tone placement (quý = qúy) and numbers by value (06 = 6). "/" and "," are words.

import type { Recurrence } from '../model/types.js';

export interface RecurrencePhrase {
  phrase: string;
  recurrence: Recurrence;
}

/**
 * Recurrences. "định kỳ" may stand before any of them ("định kỳ hằng năm") and makes it count
 * wherever it stands; otherwise a recurrence counts at the start of a text or clause, after a word of
 * RECURRENCE_LEADS, after another deadline ("Tháng 12/2013 và thường xuyên") or after a
 * "Thời gian thực hiện:" label, never as an adjective ("kế hoạch công tác hằng năm", "trợ cấp hằng tháng").
 */
export const RECURRENCE_PHRASES: readonly RecurrencePhrase[] = [
  { phrase: 'thường xuyên', recurrence: 'continuous' },
  { phrase: 'thường xuyên, liên tục', recurrence: 'continuous' },
  { phrase: 'thường xuyên liên tục', recurrence: 'continuous' },
  { phrase: 'trở đi', recurrence: 'continuous' },
  { phrase: 'và tiếp theo', recurrence: 'continuous' },
  { phrase: 'hằng năm', recurrence: 'yearly' },
  { phrase: 'hàng năm', recurrence: 'yearly' },
  { phrase: 'mỗi năm', recurrence: 'yearly' },
  { phrase: 'các năm tiếp theo', recurrence: 'yearly' },
  { phrase: 'những năm tiếp theo', recurrence: 'yearly' },
  { phrase: '1 năm/lần', recurrence: 'yearly' },
  { phrase: '6 tháng/lần', recurrence: 'half-yearly' },
  { phrase: '6 tháng một lần', recurrence: 'half-yearly' },
  { phrase: 'sáu tháng một lần', recurrence: 'half-yearly' },
  { phrase: 'định kỳ 6 tháng', recurrence: 'half-yearly' },
  { phrase: 'hằng quý', recurrence: 'quarterly' },
  { phrase: 'hàng quý', recurrence: 'quarterly' },
  { phrase: 'mỗi quý', recurrence: 'quarterly' },
  { phrase: '3 tháng/lần', recurrence: 'quarterly' },
  { phrase: 'định kỳ 3 tháng', recurrence: 'quarterly' },
  { phrase: 'hằng tháng', recurrence: 'monthly' },
  { phrase: 'hàng tháng', recurrence: 'monthly' },
  { phrase: 'mỗi tháng', recurrence: 'monthly' },
];

/** Optional lead of a recurrence, kept in the phrase: "định kỳ hằng năm". */
export const PERIODIC = 'định kỳ';

/** Words after which a recurrence counts: "Thực hiện thường xuyên", "Nhiệm vụ thường xuyên". */
export const RECURRENCE_LEADS: readonly string[] = ['thực hiện', 'triển khai', 'tiến hành', 'nhiệm vụ', 'kiện toàn', 'duy trì', 'cập nhật'];

/**
 * When a text combines recurrences ("Thường xuyên, hằng năm", "Thường xuyên, định kỳ hằng quý"),
 * the first of this list wins: a fixed rhythm says more than "thường xuyên", and the shortest
 * rhythm is the one that falls due first.
 */
export const RECURRENCE_PRIORITY: readonly Recurrence[] = ['monthly', 'quarterly', 'half-yearly', 'yearly', 'continuous'];

export type PrefixMeaning = 'by' | 'before' | 'from';

export interface DeadlinePrefix {
  phrase: string;
  /**
   * by: due at the end of the period; before: due the day before the period starts ("trước năm 2030"
   * → 2029-12-31), but a day stays the day ("trước ngày 30/6/2025" → 2025-06-30, the usage of
   * Vietnamese administrative texts); from: the period starts then, so no due unless a range ends it.
   */
  meaning: PrefixMeaning;
  /** true when the prefix alone makes a date in running text a deadline */
  cue: boolean;
}

/** Words before a date or period, kept in the phrase ("trước ngày 30/6/2025", "trong quý 1/2019"). */
export const DEADLINE_PREFIXES: readonly DeadlinePrefix[] = [
  { phrase: 'trước', meaning: 'before', cue: true },
  { phrase: 'chậm nhất', meaning: 'by', cue: true },
  { phrase: 'chậm nhất là', meaning: 'by', cue: true },
  { phrase: 'chậm nhất trước', meaning: 'before', cue: true },
  { phrase: 'chậm nhất trong', meaning: 'by', cue: true },
  { phrase: 'trong', meaning: 'by', cue: true },
  { phrase: 'ngay trong', meaning: 'by', cue: true },
  { phrase: 'đến hết', meaning: 'by', cue: true },
  { phrase: 'hết', meaning: 'by', cue: true },
  { phrase: 'từ', meaning: 'from', cue: true },
  { phrase: 'từ sau', meaning: 'from', cue: true },
  { phrase: 'kể từ', meaning: 'from', cue: true },
  // "đến năm 2030" is a horizon in running text ("Chiến lược ... định hướng đến năm 2030"), "vào
  // năm 2030" a target year: deadlines only as a table cell or after a label.
  { phrase: 'đến', meaning: 'by', cue: false },
  { phrase: 'vào', meaning: 'by', cue: false },
];

/** A word before the phrase (in the same clause) that marks the deadline a reader means. */
export const COMPLETION_CUES: readonly string[] = ['hoàn thành'];

/**
 * Reviews of a programme, before "vào" in the same clause: "sơ kết 3 năm vào năm 2028", "tổng kết
 * đánh giá ... vào năm 2030" are due then (where "vào năm 2030" elsewhere is a target's year, and
 * "video clip tổng kết năm 2025" is about that year).
 */
export const REVIEW_CUES: readonly string[] = ['sơ kết', 'tổng kết'];
/** The prefix a review's date takes to count. */
export const REVIEW_PREFIX = 'vào';

/** Label heads: "Thời gian thực hiện:", "Thời hạn hoàn thành:", "Tiến độ:" (a ":" within a few words). */
export const LABEL_HEADS: readonly string[] = ['thời gian', 'thời hạn', 'tiến độ'];

/** Period words. */
export const PERIOD_WORDS = {
  day: ['ngày'],
  month: ['tháng'],
  quarter: ['quý', 'quí'],
  year: ['năm'],
  span: ['giai đoạn'],
} as const;

/** Quarter numbers written in Roman numerals ("Quý IV/2025") or digits ("quý 1/2019"). */
export const QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export interface HalfYear {
  /** followed by the year: "6 tháng đầu năm 2025" */
  phrase: string;
  /** the month the half ends in */
  lastMonth: number;
  /** a point in the year, not a span of it: "trước cuối năm 2026" is due when the year ends too */
  point?: boolean;
}

export const HALF_YEARS: readonly HalfYear[] = [
  { phrase: '6 tháng đầu năm', lastMonth: 6 },
  { phrase: 'sáu tháng đầu năm', lastMonth: 6 },
  { phrase: 'nửa đầu năm', lastMonth: 6 },
  { phrase: '6 tháng cuối năm', lastMonth: 12 },
  { phrase: 'sáu tháng cuối năm', lastMonth: 12 },
  { phrase: 'nửa cuối năm', lastMonth: 12 },
  // "cuối năm 2026" is due when the year ends, "giữa năm 2026" at the end of June
  { phrase: 'cuối năm', lastMonth: 12, point: true },
  { phrase: 'giữa năm', lastMonth: 6, point: true },
  // "đầu năm 2026": by the end of its first quarter
  { phrase: 'đầu năm', lastMonth: 3, point: true },
];

/** Words that join two parts of one deadline ("Thường xuyên, hằng năm", "Quý IV/2025- Quý II/2026"). */
export const JOINERS: readonly string[] = [',', 'và', '-', 'hoặc'];
/** Words that join a period to the one that ends it: "2026 - 2030", "từ năm 2013 đến năm 2020". */
export const RANGE_WORDS: readonly string[] = ['-', 'đến'];

/**
 * A deadline counted from an event: "trong thời hạn 30 ngày kể từ ngày ký". The words before the
 * count, what may stand between them, and the events that are the document's own date (a due date
 * is then counted from it; working days are not counted).
 */
export const RELATIVE_PREFIXES: readonly string[] = ['trong', 'chậm nhất', 'không quá', 'sau'];
export const RELATIVE_FILLERS: readonly string[] = ['vòng', 'thời hạn', 'thời gian', 'phạm vi'];
export const RELATIVE_WORKING = 'làm việc';
/** The unit counted and the words before the event: "30 ngày kể từ ngày ký", "15 ngày từ ngày nhận". */
export const RELATIVE_UNIT = 'ngày';
export const RELATIVE_FROM: readonly string[] = ['kể từ', 'từ'];
export const RELATIVE_FROM_SIGNING: readonly string[] = ['ký', 'ký ban hành', 'ban hành'];
