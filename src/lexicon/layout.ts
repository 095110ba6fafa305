// Words that mark layout blocks of a document (not its content), as data.

/** The first line of a recipients block or a signature block: "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH". */
export const CLOSING_BLOCK_START = /^(?:nơi nhận|t\/m\b|tm\.|k\/t\b|kt\.|q\.|tl\.|tuq\.|thay mặt|ký thay)/iu;

/** An appendix heading ("PHỤ LỤC II"): after a table's "|", it starts a new part, not a cell. */
export const APPENDIX_START = /^PHỤ LỤC(?:\s|$)/u;

/** Lines that mark a news report rather than a document: its source, a photo caption, a link. */
export const NEWS_CUES: RegExp[] = [/^nguồn\b/iu, /https?:\/\//iu, /^\(?ảnh\s*:/iu, /^theo\s+\S+\.(?:vn|com)\b/iu];

/** The recipients label at the start of a line ("Nơi nhận:"); the recipients field stands for it. */
export const RECIPIENTS_LABEL = /^\W*nơi nhận\s*:?/iu;

/**
 * Words after which a line break goes on with a number, so a numeric label on the next line is
 * not a new piece: "Nghị quyết số" / "57-NQ/TW", "ngày" / "15 ...". "số" counts only after a
 * document-type word, because alone it is also "digital" ("Chính phủ số" / "a) ...").
 */
export const NUMBER_FOLLOWS_WORDS = ['ngày', 'tháng', 'năm', 'Điều', 'điều', 'khoản', 'điểm', 'mục', 'Mục', 'quý', 'Quý', 'giai đoạn', 'đến', 'từ'];
export const NUMBER_SIGN_AFTER = ['quyết', 'định', 'hoạch', 'báo', 'bản', 'văn', 'trình', 'thị', 'luận', 'Luật', 'tư'];

/**
 * Connecting words a heading line cannot end with: a line ending so is wrapped text going on
 * ("2. Mục tiêu cụ thể đến" / "năm 2030", "2. Sở Nội vụ đánh giá, hoàn thành" / "Quý IV/2026.").
 */
export const CONNECTOR_WORDS = ['và', 'của', 'các', 'với', 'cho', 'trong', 'về', 'để', 'theo', 'tại', 'là', 'đến', 'từ', 'trước', 'như', 'nhằm', 'bằng', 'hoàn thành'];

/** A page number alone on a line: "2", "- 2 -", "Trang 3", and with the count: "Trang 2/5", "Page 3 of 5". */
export const PAGE_NUMBER = /^(?:-\s*)?(?:(?:trang|page)\s+)?\d{1,3}(?:\s*-)?$|^(?:trang|page)\s+\d{1,3}\s*(?:\/|of|trên)\s*\d{1,3}$/i;
