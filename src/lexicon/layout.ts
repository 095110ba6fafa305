// Words that mark layout blocks of a document (not its content), as data.

/** The first line of a recipients block or a signature block: "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH". */
export const CLOSING_BLOCK_START = /^(?:nơi nhận|t\/m\b|tm\.|k\/t\b|kt\.|q\.|tl\.|tuq\.|thay mặt|ký thay)/iu;

/** An appendix heading ("PHỤ LỤC II"): after a table's "|", it starts a new part, not a cell. */
export const APPENDIX_START = /^PHỤ LỤC(?:\s|$)/u;

/** Lines that mark a news report rather than a document: its source, a photo caption, a link. */
export const NEWS_CUES: RegExp[] = [/^nguồn\b/iu, /https?:\/\//iu, /^\(?ảnh\s*:/iu, /^theo\s+\S+\.(?:vn|com)\b/iu];
