// Words of the letterhead, the title area and the signature block, as data. Every phrase is
// written as a reader writes it; matching folds case and diacritics.

/** Motto lines of the right-hand column; they go to `document.motto` as written. */
export const MOTTOS: readonly string[] = [
  'Cộng hòa xã hội chủ nghĩa Việt Nam',
  'Độc lập - Tự do - Hạnh phúc',
  'Đảng Cộng sản Việt Nam',
];

/** What opens a letter's subject under its number ("V/v triển khai ..."): the abbreviation of "về việc". */
export const SUBJECT_MARKS: readonly string[] = ['V/v'];

/** The salutation of a letter ("Kính gửi: ..."), which the subject never runs into. */
export const ADDRESS_WORDS: readonly string[] = ['Kính gửi'];

/**
 * Words that keep their capitals inside a sentence-cased body name or title. The case of each
 * word is applied as written here: "Ban Chấp hành" capitalises "Chấp" but not "hành"; "Ủy ban nhân
 * dân" lowers "nhân dân" even after a head noun.
 */
export const CAPITALISED: readonly string[] = [
  'Trung ương', 'Chính phủ', 'Quốc hội', 'Đảng', 'Nhà nước', 'Việt Nam', 'Chính trị',
  'Ban Chấp hành', 'Ban Bí thư', 'Bộ Chính trị', 'Ban Chỉ đạo', 'Ban Thường vụ', 'Thường vụ',
  'Ban cán sự đảng', 'Đảng bộ', 'Đảng đoàn', 'Đảng ủy', 'Chi bộ',
  'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy',
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban Kiểm tra', 'Mặt trận Tổ quốc', 'Văn phòng',
  'Thủ tướng', 'Bộ trưởng', 'Chủ tịch', 'Bí thư', 'Chánh Văn phòng', 'Trưởng ban', 'Chủ nhiệm',
  'Giám đốc', 'Thường trực',
  // the official spelling of "Bộ Công Thương", "Sở Công Thương": both words capitalised
  'Công Thương',
];

/**
 * Head nouns of named bodies: the word after the head starts a name with a capital ("Ban Tuyên
 * giáo", "Bộ Tài chính"), as does the word after "và" or "-" inside the name ("Bộ Lao động -
 * Thương binh và Xã hội"). `commas`: a comma also starts a new part ("Bộ Văn hóa, Thể thao ...").
 */
export const NAMED_HEADS: readonly { head: string; commas: boolean }[] = [
  { head: 'Bộ', commas: true },
  { head: 'Sở', commas: true },
  { head: 'Ban', commas: false },
  { head: 'Ủy ban', commas: false },
  { head: 'Cục', commas: true },
  { head: 'Tổng cục', commas: true },
  { head: 'Chi cục', commas: true },
  { head: 'Vụ', commas: true },
  { head: 'Phòng', commas: true },
  { head: 'Trung tâm', commas: false },
  { head: 'Viện', commas: false },
  { head: 'Bệnh viện', commas: false },
  { head: 'Trường', commas: false },
];

/**
 * Administrative units, and the Party committees named after one: the place name after them keeps
 * its capitals ("tỉnh Nghệ An", "Tỉnh ủy Quảng Trị", "Huyện ủy Gio Linh").
 */
export const ADMIN_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu',
  'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy',
];

/** Words that cannot start or continue a place name ("xã hội", "thành phố trực thuộc"). */
export const NOT_PLACE: readonly string[] = ['hội', 'ủy', 'trực', 'thuộc', 'và', 'về', 'của', 'các', 'trong', 'có', 'để'];

/**
 * Heads that open a new body on a letterhead line: "BAN CHẤP HÀNH TRUNG ƯƠNG" / "VĂN PHÒNG" are
 * two bodies, "ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG THÁP" one name wrapped in two lines.
 */
export const BODY_HEADS: readonly string[] = [
  'Ban', 'Văn phòng', 'Sở', 'Bộ', 'Cục', 'Vụ', 'Tổng cục', 'Chi cục', 'Ủy ban', 'Hội đồng',
  'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Đảng đoàn', 'Đảng bộ', 'Chi bộ',
  'UBND', 'HĐND', 'Phòng', 'Trung tâm', 'Trường', 'Viện', 'Bệnh viện',
];

/** Words that open the term and sitting after an elected body's name on its enacting line ("KHÓA XIII, KỲ HỌP THỨ 30"). */
export const SESSION_WORDS: readonly string[] = ['KHÓA', 'KHOÁ', 'KỲ HỌP', 'NHIỆM KỲ'];

/** Party committees named after their place: ĐẢNG BỘ TỈNH NGHỆ AN / TỈNH ỦY → Tỉnh ủy Nghệ An. */
export const PLACE_COMMITTEES: readonly string[] = ['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy'];

/**
 * Central Party bodies under BAN CHẤP HÀNH TRUNG ƯƠNG: `exact` names are replaced, `heads` get
 * `suffix` unless the name already says whose it is.
 */
export const CENTRAL_SUPERIOR = 'Ban Chấp hành Trung ương';
export const CENTRAL_NAMES: readonly { exact: string; name: string }[] = [
  { exact: 'Văn phòng', name: 'Văn phòng Trung ương Đảng' },
];
export const CENTRAL_HEADS: readonly string[] = ['Ban', 'Ủy ban Kiểm tra', 'Hội đồng'];
export const CENTRAL_SUFFIX = 'Trung ương';
export const OWNER_WORDS: readonly string[] = ['Trung ương', 'Quốc hội', 'Chính phủ', 'Tỉnh ủy', 'Thành ủy'];

/** Signature prefixes: thay mặt (on behalf of a body), ký thay, quyền, thừa lệnh, thừa ủy quyền. */
export const SIGN_PREFIXES: readonly { prefix: string; behalf: boolean }[] = [
  { prefix: 'T/M', behalf: true },
  { prefix: 'TM.', behalf: true },
  { prefix: 'K/T', behalf: false },
  { prefix: 'KT.', behalf: false },
  { prefix: 'Q.', behalf: false },
  { prefix: 'TL.', behalf: false },
  { prefix: 'TUQ.', behalf: false },
];

/** The signer's own title, the last line above the name ("PHÓ CHỦ TỊCH"). */
export const ROLE_TITLES: readonly string[] = [
  'Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Chủ tịch', 'Bí thư', 'Tổng Bí thư', 'Chánh Văn phòng',
  'Trưởng ban', 'Chủ nhiệm', 'Giám đốc', 'Cục trưởng', 'Vụ trưởng', 'Tổng cục trưởng', 'Viện trưởng',
  'Chánh án', 'Tổng Thư ký', 'Thống đốc', 'Tổng Kiểm toán', 'Trưởng đoàn', 'Chi cục trưởng',
];
/** Bodies whose name ends in a title ("T/M BAN BÍ THƯ" signs for the Secretariat, no Bí thư signs as such). */
export const BODIES_ENDING_IN_TITLES: readonly string[] = ['Ban Bí thư'];
/** Words before or after a title that belong to it: PHÓ CHỦ TỊCH, PHÓ BÍ THƯ THƯỜNG TRỰC. */
export const ROLE_BEFORE: readonly string[] = ['Phó', 'Quyền'];
export const ROLE_AFTER: readonly string[] = ['Thường trực'];

/** "(Đã ký)", "[đã ký]": the signature itself in a transcription. */
export const SIGN_MARKS: readonly string[] = ['đã ký', 'ký', 'ký tên', 'ký tên, đóng dấu', 'đã ký và đóng dấu'];

export const RECIPIENTS_HEAD = 'Nơi nhận';
/** The file copy line, the last recipient: "Lưu: VT, KGVX (2b)". */
export const FILE_COPY = 'Lưu';

/** A paragraph that starts the body: the legal basis or the enacting words. */
export const BODY_STARTERS: readonly string[] = ['Căn cứ', 'Xét', 'Theo đề nghị', 'Trên cơ sở'];

/** Enacting authorities standing alone above the legal basis ("THỦ TƯỚNG CHÍNH PHỦ" / "Căn cứ ..."). */
export const AUTHORITY_HEADS: readonly string[] = [
  'Chính phủ', 'Thủ tướng', 'Quốc hội', 'Ủy ban', 'Hội đồng', 'Bộ trưởng', 'Chủ tịch', 'Ban Chấp hành',
  'Bộ Chính trị', 'Ban Bí thư', 'Ban Thường vụ', 'Tỉnh ủy', 'Thành ủy', 'Đảng đoàn', 'Ban cán sự',
  'Thống đốc', 'Tổng Kiểm toán', 'Chánh án', 'Viện trưởng', 'Giám đốc', 'Bộ', 'Ban',
];

/** Mixed-case words that can open a title line ("về đột phá ...", "Ban hành Chương trình ..."). */
export const TITLE_STARTERS: readonly string[] = [
  'về', 'về việc', 'thực hiện', 'ban hành', 'quy định', 'phê duyệt', 'triển khai', 'của', 'tại',
  'hướng dẫn', 'sửa đổi', 'bổ sung', 'tiếp tục', 'kết luận', 'thông báo',
];

/** Horizon phrases in a title. */
/**
 * A bracketed line under the title of a plan or scheme issued with a decision ("(Ban hành kèm theo
 * Quyết định số 1520/QĐ-UBND ngày 25/11/2025 ...)"): header, not title; the decision is a reference.
 */
export const ATTACHMENT_NOTES: readonly string[] = ['Ban hành kèm theo', 'Kèm theo'];
export const HORIZON_VISION: readonly string[] = ['tầm nhìn đến năm', 'tầm nhìn tới năm', 'tầm nhìn', 'định hướng đến năm'];
export const HORIZON_UNTIL: readonly string[] = ['đến năm', 'tới năm'];
export const HORIZON_PERIOD: readonly string[] = ['giai đoạn', 'thời kỳ'];
