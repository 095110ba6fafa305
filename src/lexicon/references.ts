// Words of citations ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị ..."), as data.
// Type lines and type codes come from ./kinds.ts; this file only adds what citations need beyond
// them. Phrases are written as a reader writes them and matched word by word, case-insensitively,
// with one tone placement (hoà = hòa, khoá = khóa).

import type { DocumentKind } from '../model/types.js';

export interface CitedKind {
  /** the words that open the citation */
  label: string;
  kind: DocumentKind;
  /**
   * Identified by its name rather than a number ("Luật Tổ chức Chính phủ"): cited only when the
   * label is capitalised and, unless `bare`, a capitalised word follows.
   */
  named?: boolean;
  /** a named kind that needs no capitalised name after it ("Hiến pháp nước Cộng hòa ...") */
  bare?: boolean;
  example: string;
}

/** Kinds cited in texts that are not type lines of ./kinds.ts (or are longer forms of them). */
export const CITED_KINDS: readonly CitedKind[] = [
  { label: 'Luật', kind: 'law', named: true, example: 'Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025' },
  { label: 'Bộ luật', kind: 'law', named: true, example: 'Bộ luật Hình sự' },
  { label: 'Hiến pháp', kind: 'law', named: true, bare: true, example: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam' },
  { label: 'Pháp lệnh', kind: 'law', named: true, example: 'Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020' },
  { label: 'Nghị quyết liên tịch', kind: 'resolution', example: 'Nghị quyết liên tịch số 09/2008/NQLT-CP-TLĐLĐ' },
  { label: 'Văn bản hợp nhất', kind: 'other', example: 'Văn bản hợp nhất số 01/VBHN-VPQH' },
  { label: 'Văn bản', kind: 'other', example: 'văn bản số 1552/BTTTT-TTH' },
  { label: 'Công điện', kind: 'other', example: 'Công điện số 115/CĐ-TTg' },
];

/** The word between a type line and the number: "Nghị quyết số 57-NQ/TW", "Số: 773 /QĐ-TTg". */
export const NUMBER_WORD = 'số';
/** The word before a date: "ngày 22/12/2024", "ngày 22 tháng 12 năm 2024". */
export const DATE_WORD = 'ngày';
/** The word before the issuer: "của Bộ Chính trị". */
export const ISSUER_WORD = 'của';
/** The word that opens a document's subject: "Nghị quyết … của Bộ Chính trị về đột phá …". */
export const SUBJECT_WORD = 'về';
/** The word before the term of the issuing body: "Ban Chấp hành Trung ương Đảng khóa XIII". */
export const TERM_WORDS: readonly string[] = ['khóa', 'khoá'];
/** Joins two parts of a name ("Bộ Khoa học và Công nghệ") unless a new citation follows it. */
export const AND_WORD = 'và';

export interface IssuerStop {
  /** words that end an issuer's name: the verb or clause that follows it */
  words: string;
  example: string;
}

/**
 * Words that end an issuer ("của Bộ Chính trị về đột phá ..." → Bộ Chính trị). A one-word stop
 * written capitalised is part of a name ("Bộ Giao thông vận tải", "Ban Chỉ đạo"); a longer one stops
 * in any case ("của UBND tỉnh Sửa đổi, bổ sung"). Punctuation other than "-" between names and "&"
 * or "." inside a word, a number, a date and a term ("khóa XIII") also end it.
 */
export const ISSUER_STOPS: readonly IssuerStop[] = [
  { words: 'về', example: 'của Bộ Chính trị về đột phá phát triển khoa học' },
  { words: 'phê duyệt', example: 'của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia' },
  { words: 'ban hành', example: 'của Chính phủ ban hành Quy chế làm việc' },
  { words: 'sửa đổi', example: 'của Chính phủ sửa đổi, bổ sung cập nhật Chương trình' },
  { words: 'bổ sung', example: 'của Chính phủ bổ sung nhiệm vụ' },
  { words: 'thực hiện', example: 'của Chính phủ thực hiện Nghị quyết' },
  { words: 'triển khai', example: 'của Ủy ban nhân dân tỉnh triển khai thực hiện' },
  { words: 'quy định', example: 'của Chính phủ quy định chi tiết một số điều' },
  { words: 'hướng dẫn', example: 'của Bộ Tài chính hướng dẫn thực hiện' },
  { words: 'thông báo', example: 'của Tổ giúp việc thông báo kết luận' },
  { words: 'kèm theo', example: 'của Chính phủ kèm theo Nghị quyết' },
  { words: 'tại', example: 'của Bộ Công an tại Văn bản' },
  { words: 'theo', example: 'của Chính phủ theo đề nghị' },
  { words: 'trong', example: 'của Quốc hội trong năm 2025' },
  { words: 'trên địa bàn', example: 'của Bộ Chính trị trên địa bàn tỉnh' },
  { words: 'đã', example: 'của Chính phủ đã được sửa đổi' },
  { words: 'được', example: 'của Quốc hội được sửa đổi, bổ sung' },
  { words: 'là', example: 'của Thành ủy là cơ sở pháp lý' },
  { words: 'nhằm', example: 'của Chính phủ nhằm tháo gỡ' },
  { words: 'để', example: 'của Chính phủ để triển khai' },
  { words: 'với', example: 'của Chính phủ với các nội dung' },
  { words: 'đối với', example: 'của Chính phủ đối với các nhiệm vụ' },
  { words: 'cho', example: 'của Thủ tướng Chính phủ cho Bộ Công an' },
  { words: 'gửi', example: 'của Bộ Khoa học và Công nghệ gửi các bộ' },
  { words: 'trình', example: 'của Chính phủ trình Quốc hội' },
  { words: 'giao', example: 'của Chính phủ giao Bộ Tài chính' },
  { words: 'đề ra', example: 'của Thành ủy đề ra' },
  { words: 'nhiệm kỳ', example: 'của Đảng bộ tỉnh nhiệm kỳ 2025 - 2030' },
  { words: 'giai đoạn', example: 'của Ủy ban nhân dân tỉnh giai đoạn 2026 - 2030' },
  { words: 'năm', example: 'của Ủy ban nhân dân tỉnh năm 2025' },
  { words: 'ngày', example: 'của Thủ tướng Chính phủ ngày 31/3/2022' },
  { words: 'số', example: 'của Chính phủ số 71/NQ-CP' },
  { words: 'và các', example: 'của Chính phủ và các văn bản hướng dẫn' },
  { words: 'đến', example: 'của Thủ tướng Chính phủ đến hết năm 2019' },
  { words: 'từ', example: 'của Chính phủ từ năm 2025' },
  { words: 'trước', example: 'của Ủy ban nhân dân tỉnh trước ngày 30/6/2025' },
  { words: 'chậm nhất', example: 'của Bộ Tài chính chậm nhất ngày 30/6/2025' },
  { words: 'hoàn thành', example: 'của Chính phủ hoàn thành trong năm 2025' },
  { words: 'báo cáo', example: 'của Bộ Công an báo cáo Thủ tướng Chính phủ' },
  { words: 'chủ trì', example: 'của Chính phủ chủ trì, phối hợp' },
  { words: 'phối hợp', example: 'của Bộ Nội vụ phối hợp với' },
  { words: 'tham mưu', example: 'của Sở Nội vụ tham mưu' },
  { words: 'xây dựng', example: 'của Chính phủ xây dựng' },
  { words: 'tổ chức', example: 'của Thành ủy tổ chức quán triệt' },
  { words: 'có trách nhiệm', example: 'của Chính phủ có trách nhiệm' },
  { words: 'chịu trách nhiệm', example: 'của Bộ Tài chính chịu trách nhiệm' },
];

/** Longest issuer name read, in words: a name that does not end by then is cut there. */
export const MAX_ISSUER_WORDS = 12;
/**
 * Lower-case words a law's name goes on with after a comma ("Luật Phòng, chống tham nhũng").
 * Any other comma ends the name: "theo quy định của Luật Dữ liệu, bảo đảm an toàn ...".
 */
export const LAW_NAME_COMMA_WORDS: readonly string[] = ['chống'];

/** Longest name of a law read, in words. */
export const MAX_LAW_WORDS = 16;

/**
 * Words that end the name of a law ("Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi"). As
 * for issuers, a capitalised one-word stop is part of the name, and "số" stops only before a number
 * ("Luật Chuyển đổi số" is a name).
 */
export const LAW_NAME_STOPS: readonly string[] = [
  'ngày', 'số', 'của', 'do', 'đã', 'được', 'để', 'nhằm', 'theo', 'tại', 'trong', 'năm', 'các', 'quy định', 'và các',
  'có hiệu lực', 'thì', 'khi', 'là', 'trình', 'thông qua', 'bao gồm', 'hướng dẫn', 'thi hành', 'sau khi', 'với việc',
  'thuộc', 'cho', 'sửa đổi',
];

export interface ImplementCue {
  /** words of a title that introduce the documents it carries out */
  words: string;
  example: string;
}

/** "thực hiện Nghị quyết số 57-NQ/TW ..." → this document carries out 57-NQ/TW. */
export const IMPLEMENT_CUES: readonly ImplementCue[] = [
  { words: 'thực hiện', example: 'Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW' },
  { words: 'triển khai', example: 'BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG' },
  { words: 'triển khai thực hiện', example: 'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG' },
  { words: 'tổ chức thực hiện', example: 'KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW' },
  { words: 'triển khai thi hành', example: 'Kế hoạch triển khai thi hành Luật số 91/2025/QH15' },
  { words: 'thi hành', example: 'Kế hoạch thi hành Luật số 91/2025/QH15' },
  { words: 'cụ thể hóa', example: 'Kế hoạch cụ thể hóa Nghị quyết số 57-NQ/TW' },
];
