// Quantitative targets (vietnamese-documents.md §4), as data: comparator words, multipliers,
// units, year phrases, the cues that mark a figure as present or past, and the words trimmed
// from an indicator. Phrases are written as in documents; matching ignores case and tone placement
// (hoà = hòa) and compares whole tokens, longest phrase first. Each row is tested in test/targets.test.ts.

import type { Change, Comparator } from '../model/types.js';

export interface ComparatorRow {
  words: string;
  comparator: Comparator;
  /** the words follow the figure and its unit ("8% trở lên") instead of preceding it */
  after?: boolean;
  /** "từ" also opens a range ("từ 5 đến 7%", "từ 40 - 50"); inside a range it is not a comparator */
  opensRange?: boolean;
  /**
   * The words have a second, non-comparing sense ("trên 04 loại hình báo chí" is "on", "từ 17 hiệp định" is
   * "from"): alone, they make a target only of a figure with a unit or one that ends its phrase ("duy trì trên 0,7.").
   */
  ambiguous?: boolean;
  example: string;
}

/**
 * Words before (or, with `after`, behind) a figure. When several stand before one figure
 * ("đạt khoảng trên 500 tỉ"), a bound (<, <=, >=, >) wins over `~`, and `~` over `=`; words behind
 * the figure win over words before it ("khoảng 12% trở lên" is >=).
 */
export const COMPARATOR_WORDS: readonly ComparatorRow[] = [
  { words: 'dưới', comparator: '<', example: 'tỷ lệ thất nghiệp dưới 3%' },
  { words: 'thấp hơn', comparator: '<', example: 'Tỷ lệ hộ nghèo thấp hơn 1%' },
  { words: 'giảm xuống dưới', comparator: '<', example: 'Tỷ lệ hộ nghèo giảm xuống dưới 1%' },
  { words: 'còn dưới', comparator: '<', example: 'Tỷ lệ hộ nghèo còn dưới 1%' },
  { words: '<', comparator: '<', example: 'Tỷ lệ hộ nghèo < 1%' },
  { words: 'không quá', comparator: '<=', example: 'Tỷ lệ nợ xấu không quá 3%' },
  { words: 'tối đa', comparator: '<=', example: 'Hỗ trợ mua sắm trang thiết bị tối đa 15 triệu đồng' },
  { words: 'không vượt quá', comparator: '<=', example: 'Mức hỗ trợ tối đa không vượt quá 15 tỷ đồng' },
  { words: '≤', comparator: '<=', example: '≤ 3 Đông Nam Á' },
  { words: '<=', comparator: '<=', example: 'Xếp hạng <= 10' },
  { words: 'trở xuống', comparator: '<=', after: true, example: 'Tỷ lệ nợ xấu 3% trở xuống' },
  { words: 'đạt', comparator: '=', example: 'Tỉ lệ giao dịch không dùng tiền mặt đạt 80%' },
  { words: 'bằng', comparator: '=', example: 'Tỷ lệ tiết kiệm bằng 30% GDP' },
  { words: 'là', comparator: '=', example: 'Tỷ lệ che phủ rừng là 42%' },
  { words: 'chiếm', comparator: '=', example: 'Kinh tế số chiếm 45% GRDP tỉnh' },
  { words: 'gấp', comparator: '=', example: 'Tổng giá trị giao dịch thanh toán không dùng tiền mặt gấp 30 lần GRDP' },
  { words: 'ít nhất', comparator: '>=', example: 'bố trí ít nhất 3% tổng chi ngân sách hằng năm' },
  { words: 'tối thiểu', comparator: '>=', example: 'Quy mô kinh tế số đạt tối thiểu 30% GDP' },
  { words: 'không dưới', comparator: '>=', example: 'Tỷ lệ lao động qua đào tạo không dưới 70%' },
  { words: 'không thấp hơn', comparator: '>=', example: 'Tỷ lệ lao động qua đào tạo không thấp hơn 70%' },
  { words: 'từ', comparator: '>=', opensRange: true, ambiguous: true, example: 'Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở' },
  { words: 'trở lên', comparator: '>=', after: true, example: 'Tốc độ tăng tổng sản phẩm trong nước (GDP) đạt 8% trở lên' },
  { words: '≥', comparator: '>=', example: 'Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số' },
  { words: '>=', comparator: '>=', example: 'Tỷ lệ hài lòng >= 90%' },
  { words: 'trên', comparator: '>', ambiguous: true, example: 'Tỉ lệ sử dụng dịch vụ công trực tuyến đạt trên 80%' },
  { words: 'hơn', comparator: '>', example: 'kinh phí từ xã hội chiếm hơn 60%' },
  { words: 'vượt', comparator: '>', example: 'Thu ngân sách vượt 5% dự toán' },
  { words: 'vượt quá', comparator: '>', example: 'Thu ngân sách vượt quá 5% dự toán' },
  { words: '>', comparator: '>', example: 'Tỷ lệ hài lòng > 90%' },
  { words: 'khoảng', comparator: '~', example: 'Tốc độ tăng chỉ số giá tiêu dùng (CPI) bình quân khoảng 4,5 - 5%' },
  { words: 'gần', comparator: '~', example: 'Tỷ lệ đô thị hóa gần 50%' },
  { words: 'xấp xỉ', comparator: '~', example: 'Tỷ lệ đô thị hóa xấp xỉ 50%' },
  { words: '~', comparator: '~', example: 'Tỷ lệ đô thị hóa ~ 50%' },
  // Ranks: "thuộc nhóm 3 nước dẫn đầu" is a place no lower than 3rd.
  { words: 'nhóm', comparator: '<=', example: 'Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á' },
  { words: 'top', comparator: '<=', example: 'Đồng Tháp trở thành địa phương thuộc top 03 vùng Đồng bằng sông Cửu Long' },
];

/**
 * Words right before a figure (and its comparator words) that make it a change, not a level: "Tổng vốn đầu tư
 * tăng 12% so với năm 2025", "giảm tối thiểu 10%". A level word between them ("tăng lên 80%", "giảm xuống dưới
 * 1%", "giảm còn 1%") makes it the level again.
 */
/**
 * Words that state a change. `object`: the verb takes what it changes after the figure ("cắt giảm 30%
 * thời gian xử lý thủ tục"), so whatever stands before it is no indicator ("Sở Tài chính rà soát, cắt giảm ...").
 */
export const CHANGE_WORDS: readonly { words: string; change: Change; example: string; object?: boolean }[] = [
  { words: 'tăng', change: 'increase', example: 'Tổng vốn đầu tư toàn xã hội tăng 12% so với năm 2025' },
  { words: 'tăng thêm', change: 'increase', example: 'Số doanh nghiệp tăng thêm 500 doanh nghiệp' },
  { words: 'giảm', change: 'decrease', example: 'Nồng độ bụi PM2.5 giảm tối thiểu 10% so với năm 2024' },
  { words: 'giảm thêm', change: 'decrease', example: 'Tỷ lệ hộ nghèo giảm thêm 1,5%' },
  { words: 'cắt giảm', change: 'decrease', example: 'cắt giảm ít nhất 30% thời gian xử lý thủ tục hành chính', object: true },
];

/** Words that may stand between a change word and its figure: "tăng trung bình 10%/năm", "giảm bình quân 1%/năm". */
export const CHANGE_FILLERS: readonly string[] = ['bình quân', 'trung bình'];

/** Words that may stand between a comparator and its figure ("Tối thiểu có 5 doanh nghiệp", "ở mức trên 55%"). */
export const COMPARATOR_FILLERS: readonly string[] = ['có', 'mức', 'ở mức', 'lên', 'lên mức', 'được'];

/** Multipliers after a number: they scale the value and are not the unit. */
export const MULTIPLIERS: readonly { word: string; exponent: number }[] = [
  { word: 'nghìn', exponent: 3 },
  { word: 'ngàn', exponent: 3 },
  { word: 'triệu', exponent: 6 },
  { word: 'tỷ', exponent: 9 },
  { word: 'tỉ', exponent: 9 },
];

export type UnitKind = 'percent' | 'currency' | 'measure' | 'counted' | 'qualifier';

export interface UnitRow {
  words: string;
  kind: UnitKind;
  /** the unit as output; without it, the words as the document writes them */
  unit?: string;
}

/** Shares: "%" and what it is a share of. */
export const PERCENT_UNITS: readonly UnitRow[] = [
  { words: '%', kind: 'percent', unit: '%' },
  { words: '% GDP', kind: 'percent', unit: '% GDP' },
  { words: '% GRDP', kind: 'percent', unit: '% GRDP' },
  { words: '% dân số', kind: 'percent', unit: '% dân số' },
  { words: '% kế hoạch', kind: 'percent', unit: '% kế hoạch' },
];

/** Currencies, output in one spelling. "5.000 tỷ đồng" is 5e12 đồng: the multiplier goes into the value. */
export const CURRENCY_UNITS: readonly UnitRow[] = [
  { words: 'USD', kind: 'currency', unit: 'USD' },
  { words: 'đô la Mỹ (USD)', kind: 'currency', unit: 'USD' },
  { words: 'đô la Mỹ', kind: 'currency', unit: 'USD' },
  { words: 'đô la', kind: 'currency', unit: 'USD' },
  { words: 'đồng', kind: 'currency', unit: 'đồng' },
  { words: 'VNĐ', kind: 'currency', unit: 'đồng' },
  { words: 'VND', kind: 'currency', unit: 'đồng' },
  { words: 'EUR', kind: 'currency', unit: 'EUR' },
];

/** Units of measure; output as written. */
export const MEASURE_UNITS: readonly string[] = [
  'km', 'm', 'm2', 'm3', 'ha', 'tấn', 'MW', 'GW', 'kWh', 'Gb/s', 'Gbps', 'Mb/s', 'Mbps', 'Tbps', 'μg/m3', 'µg/m3',
  'lần', 'lần GDP', 'lần GRDP', 'năm', 'tháng', 'ngày', 'giờ',
];

/** Counted nouns right after a number ("5 doanh nghiệp", "1,5 triệu lao động"); output as written. */
export const COUNTED_NOUNS: readonly string[] = [
  'doanh nghiệp', 'hợp tác xã', 'chuyên gia', 'lao động', 'người', 'người trên một vạn dân', 'lượt', 'lượt khách',
  'cán bộ', 'tổ chức', 'sản phẩm', 'mô hình', 'vùng', 'trung tâm', 'trạm', 'dự án', 'công trình', 'cơ sở',
  'cơ sở dữ liệu', 'sàn giao dịch', 'bộ dữ liệu', 'tập dữ liệu', 'kịch bản', 'ứng dụng', 'nền tảng', 'nước',
  'quốc gia', 'tỉnh', 'thành phố', 'xã', 'hộ', 'trường', 'khu', 'cụm', 'đơn vị', 'nhiệm vụ', 'đề tài', 'sáng chế',
  'bài báo', 'giường bệnh', 'giường', 'bác sĩ', 'dược sĩ', 'điều dưỡng', 'học sinh', 'sinh viên', 'căn hộ', 'điểm', 'bộ', 'thuê bao',
  'huyện', 'thị xã', 'thôn', 'khu phố', 'làng nghề', 'học viên', 'lượt người', 'hộ gia đình', 'kỹ sư', 'tiến sĩ',
  'thạc sĩ', 'nhà khoa học', 'giáo viên', 'giảng viên', 'nghề',
];

/**
 * Nouns that qualify an indicator and are never a target themselves ("Tỷ lệ dân số từ 15 tuổi trở
 * lên có ...", "05 sản phẩm OCOP đạt 3 sao trở lên", "khách sạn 5 sao").
 */
export const QUALIFIER_UNITS: readonly string[] = ['tuổi', 'sao'];
/** Comparator words after which a qualifier is the value itself ("Tuổi thọ trung bình đạt 76 tuổi"). */
export const REACH_WORDS: readonly string[] = ['đạt', 'là', 'bằng'];

/** What a unit may be "per", after a slash ("10%/năm", "15 tỷ đồng/công trình"). */
export const PER_UNITS: readonly string[] = [
  'năm', 'tháng', 'quý', 'ngày', 'người', 'hộ', 'công trình', 'ha', 'vạn dân', '1.000 dân', '10.000 dân', '100.000 dân',
];

/**
 * The word right before a number that makes it a reference, not a figure ("khoản 3", "Điều 12", "Kỳ họp thứ 9").
 * An ordinal rank ("đứng thứ 3") is therefore never a target; ranks are read from "nhóm", "top", "≤".
 */
export const NOT_A_FIGURE_AFTER: readonly string[] = [
  'khoản', 'điều', 'điểm', 'mục', 'chương', 'phần', 'số', 'phụ lục', 'năm', 'tháng', 'quý', 'ngày', 'tuần', 'thứ',
  'khóa', 'cấp độ', 'mức độ', 'cấp', 'giai đoạn', 'lần', 'đợt', 'kỳ',
];

export type YearKind = 'by' | 'bare' | 'from';

/** Words before a year that make it a year phrase. `bare` is a plain "năm 2023", `from` a start ("từ năm 2026"). */
export const YEAR_CUES: readonly { words: string; kind: YearKind }[] = [
  { words: 'năm', kind: 'bare' },
  { words: 'cả năm', kind: 'bare' },
  { words: 'trong năm', kind: 'bare' },
  { words: 'đến năm', kind: 'by' },
  { words: 'đến hết năm', kind: 'by' },
  { words: 'hết năm', kind: 'by' },
  { words: 'cuối năm', kind: 'by' },
  { words: 'vào năm', kind: 'by' },
  { words: 'tới năm', kind: 'by' },
  { words: 'trước năm', kind: 'by' },
  { words: 'từ nay đến năm', kind: 'by' },
  { words: 'tầm nhìn đến năm', kind: 'by' },
  { words: 'đến', kind: 'by' },
  { words: 'tới', kind: 'by' },
  { words: 'giai đoạn', kind: 'by' },
  { words: 'từ năm', kind: 'from' },
];

/** After these words a year is a baseline, not the target year ("giảm 20% so với mức trung bình năm 2024"). */
export const BASELINE_CUES: readonly string[] = ['so với'];

/** Words that put a figure in the present or past: it is not a target (scope: the clause, or the brackets they stand in). */
export const PRESENT_CUES: readonly string[] = [
  'hiện nay', 'hiện tại', 'năm qua', 'vừa qua', 'đến nay', 'tính đến nay', 'đã đạt', 'mới đạt', 'so với cùng kỳ',
  'ước đạt', 'ước tính', 'ước thực hiện', 'đã thực hiện', 'đã hoàn thành',
];

/**
 * Words that make a sentence a statement of goals: a bare count in it is a target ("Phấn đấu đến năm 2030,
 * cả nước có 1.200 công trình xây dựng xanh"), and a plain "năm 2025" in it is not the past.
 */
export const TARGET_CUES: readonly string[] = ['phấn đấu', 'với mục tiêu', 'mục tiêu là'];

/** The indicator restarts after the last of these ("..., phấn đấu tỷ lệ giải ngân ... đạt 95%"). */
export const INDICATOR_RESTARTS: readonly string[] = [
  'phấn đấu', 'trong đó', 'đồng thời', 'với mục tiêu', 'mục tiêu là', 'bảo đảm', 'đảm bảo', 'đóng góp vào',
];

/** Leading words trimmed from an indicator. */
export const INDICATOR_LEAD_TRIMS: readonly string[] = [
  'phấn đấu', 'bảo đảm', 'đảm bảo', 'đưa', 'nâng', 'trong đó', 'đồng thời', 'và', 'hoặc', 'cụ thể', 'mục tiêu',
];

/** Leading adverbials dropped up to their comma ("Tại thành phố Hà Nội, nồng độ bụi ..."). */
export const INDICATOR_LEAD_CLAUSES: readonly string[] = ['tại', 'đối với', 'riêng', 'ở', 'sau'];

/** Trailing words trimmed from an indicator ("... (HDI) duy trì trên 0,7", "... ở mức trên 55%"). */
export const INDICATOR_TAIL_TRIMS: readonly string[] = [
  'đạt', 'chiếm', 'là', 'bằng', 'ở mức', 'mức', 'lên', 'lên mức', 'duy trì', 'phấn đấu', 'phải', 'được', 'có thể',
  'và', 'hoặc',
];

/**
 * When what precedes the figure ends with one of these verbs (or is empty), the figure counts the phrase
 * after it: "Có ≥ 30% DNNVV, HTX, HKD ... ứng dụng công nghệ số", "Thu hút thêm ít nhất 3 tổ chức, ...".
 */
export const OBJECT_VERBS: readonly string[] = [
  'có', 'thuộc', 'bố trí', 'hình thành', 'thu hút', 'thêm', 'hoàn thành', 'cho', 'sử dụng', 'phục vụ', 'đón',
  'tiết kiệm', 'cung cấp', 'tích hợp', 'số hóa', 'bổ sung', 'yêu cầu', 'ban hành',
];

/**
 * Verbs that are nouns too ("nghiên cứu và phát triển đạt mức 11 người"): they make the figure an object
 * only when what names it before is at most OBJECT_VERB_SPAN syllables ("Phát triển và triển khai tối thiểu
 * 01 sàn giao dịch dữ liệu").
 */
export const SHORT_OBJECT_VERBS: readonly string[] = ['phát triển', 'xây dựng', 'đào tạo', 'bồi dưỡng', 'tập huấn', 'hỗ trợ', 'triển khai'];
export const OBJECT_VERB_SPAN = 6;

/** Words of a sentence that assigns work: what stands before the figure then says who does it, not what is measured. */
export const ASSIGNMENT_WORDS: readonly string[] = ['chủ trì', 'phối hợp với'];

/** A phrase after the figure ends before these words. */
export const AFTER_STOPS: readonly string[] = ['góp phần', 'nhằm', 'trong đó', 'đồng thời', 'trước ngày', 'chậm nhất', 'trong quý', 'trước quý'];

/**
 * A colon followed by at most this many tokens, a number among them, before the clause ends is an
 * indicator and its value ("Số xã đạt chuẩn nông thôn mới nâng cao: 15 xã", "Tỷ lệ hộ nghèo: giảm
 * 1,5%"), one clause; a longer one opens a list of targets ("đạt các mục tiêu: 100% thủ tục ...").
 */
export const COLON_VALUE_TOKENS = 8;

/** A phrase after the figure is at most this many tokens (it keeps extraction linear). */
export const AFTER_MAX_TOKENS = 48;

/** Words before a date that opens an indicator's words ("đến ngày 30/6/2026 giải ngân đạt 50%"): trimmed with it. */
export const DATE_LEADS: readonly string[] = ['đến', 'tới', 'trước', 'từ', 'sau', 'ngày', 'hết'];
