// Every message the product prints, in Vietnamese and English. The only place with wording.

import type { Lang, Severity } from './types.js';

type Args = Record<string, string | number>;

interface MessageDef {
  severity: Severity;
  vi: (a: Args) => string;
  en: (a: Args) => string;
}

export const MESSAGES = {
  'file-not-found': { severity: 'error', vi: (a) => `Không tìm thấy tệp hoặc thư mục: ${a.path}`, en: (a) => `No such file or folder: ${a.path}` },
  'no-input-matched': { severity: 'error', vi: (a) => `Không có tệp nào khớp với: ${a.pattern}`, en: (a) => `No file matches: ${a.pattern}` },
  'unreadable-input': { severity: 'error', vi: (a) => `Không đọc được tệp: ${a.reason}`, en: (a) => `Cannot read the file: ${a.reason}` },
  'is-directory': { severity: 'error', vi: () => 'Đây là thư mục, không phải tệp', en: () => 'This is a folder, not a file' },
  'empty-input': { severity: 'error', vi: () => 'Tệp rỗng: không có nội dung để đọc', en: () => 'The file is empty: nothing to read' },
  'binary-input': { severity: 'error', vi: (a) => `Tệp nhị phân, không phải văn bản (byte ${a.offset})`, en: (a) => `Binary file, not text (byte ${a.offset})` },
  'invalid-utf8': { severity: 'error', vi: (a) => `Tệp không phải UTF-8 hợp lệ (byte ${a.offset}); hãy lưu lại dưới dạng UTF-8`, en: (a) => `The file is not valid UTF-8 (byte ${a.offset}); save it as UTF-8` },
  'legacy-encoding': { severity: 'error', vi: () => 'Tệp dùng bảng mã cũ (TCVN3/ABC hoặc VNI); hãy chuyển sang Unicode (UTF-8), ví dụ bằng Unikey, rồi đọc lại', en: () => 'The file uses a legacy Vietnamese encoding (TCVN3/ABC or VNI); convert it to Unicode (UTF-8), e.g. with Unikey, and try again' },
  'input-too-large': {
    severity: 'error',
    vi: (a) => `Tệp quá lớn (${a.size !== undefined ? `${a.size} byte, ` : ''}giới hạn ${a.limit} byte); nâng giới hạn bằng --max-size hoặc maxSize trong vanban.config.yaml`,
    en: (a) => `The file is too large (${a.size !== undefined ? `${a.size} bytes, ` : ''}limit ${a.limit} bytes); --max-size or maxSize in vanban.config.yaml raises the limit`,
  },
  'output-is-input': { severity: 'error', vi: (a) => `Không ghi đè tệp đầu vào: ${a.path}`, en: (a) => `Refusing to overwrite an input file: ${a.path}` },
  'output-failed': { severity: 'error', vi: (a) => `Không ghi được tệp kết quả ${a.path}: ${a.reason}`, en: (a) => `Cannot write the output ${a.path}: ${a.reason}` },
  'internal-error': { severity: 'error', vi: (a) => `Lỗi nội bộ khi xử lý tệp: ${a.reason} (chạy lại với --debug để xem chi tiết)`, en: (a) => `Internal error while processing the file: ${a.reason} (run again with --debug for details)` },
  'config-invalid': { severity: 'error', vi: (a) => `Tệp cấu hình không hợp lệ: ${a.reason}`, en: (a) => `Invalid configuration: ${a.reason}` },
  'yaml-syntax': { severity: 'error', vi: (a) => `Lỗi cú pháp YAML: ${a.reason}`, en: (a) => `YAML syntax error: ${a.reason}` },
  'yaml-duplicate-key': { severity: 'error', vi: (a) => `Khóa bị lặp lại: ${a.reason}`, en: (a) => `Duplicate key: ${a.reason}` },
  'yaml-alias-limit': { severity: 'error', vi: () => 'Tệp YAML mở rộng bí danh (alias) quá nhiều lần; có thể là tệp độc hại, không đọc tiếp', en: () => 'The YAML expands aliases too many times; it may be hostile and is not read further' },
  'yaml-too-deep': { severity: 'error', vi: () => 'Tệp YAML lồng nhau quá sâu để đọc; có thể là tệp độc hại, không đọc tiếp', en: () => 'The YAML is nested too deeply to read; it may be hostile and is not read further' },
  'yaml-tag': { severity: 'error', vi: (a) => `Thẻ YAML không thuộc mô hình (thẻ không bao giờ được thực thi): ${a.reason}`, en: (a) => `A YAML tag the model does not use (tags are never run): ${a.reason}` },
  'schema-required': { severity: 'error', vi: (a) => `Thiếu trường bắt buộc "${a.field}" tại ${a.where}`, en: (a) => `Missing required field "${a.field}" at ${a.where}` },
  'schema-additional': { severity: 'error', vi: (a) => `Trường "${a.field}" không có trong mô hình (tại ${a.where})`, en: (a) => `Field "${a.field}" is not part of the model (at ${a.where})` },
  'schema-enum': { severity: 'error', vi: (a) => `Giá trị "${a.value}" không hợp lệ tại ${a.where}; chọn một trong: ${a.allowed}`, en: (a) => `Value "${a.value}" is not allowed at ${a.where}; use one of: ${a.allowed}` },
  'schema-type': { severity: 'error', vi: (a) => `Sai kiểu dữ liệu tại ${a.where}: cần ${a.expected}`, en: (a) => `Wrong type at ${a.where}: expected ${a.expected}` },
  'schema-date': { severity: 'error', vi: (a) => `Ngày không hợp lệ tại ${a.where}: "${a.value}" (cần dạng YYYY-MM-DD, ví dụ 2025-12-31)`, en: (a) => `Invalid date at ${a.where}: "${a.value}" (expected YYYY-MM-DD, e.g. 2025-12-31)` },
  'schema-pattern': { severity: 'error', vi: (a) => `Giá trị "${a.value}" không đúng dạng tại ${a.where}`, en: (a) => `Value "${a.value}" has the wrong form at ${a.where}` },
  'schema-range': { severity: 'error', vi: (a) => `Giá trị ${a.value} ngoài khoảng cho phép tại ${a.where} (${a.limit})`, en: (a) => `Value ${a.value} is out of range at ${a.where} (${a.limit})` },
  'schema-const': { severity: 'error', vi: (a) => `Tại ${a.where} cần giá trị ${a.expected}`, en: (a) => `${a.where} must be ${a.expected}` },
  'schema-other': { severity: 'error', vi: (a) => `Không đúng lược đồ tại ${a.where}: ${a.reason}`, en: (a) => `Does not match the schema at ${a.where}: ${a.reason}` },
  'schema-invalid': { severity: 'error', vi: (a) => `Lược đồ không dùng được (${a.path}): ${a.reason}`, en: (a) => `The schema cannot be used (${a.path}): ${a.reason}` },
  'not-a-model': { severity: 'error', vi: () => 'Tệp YAML/JSON này không phải mô hình vanban (cần "vanban: 1" và các mục dạng danh sách); hãy tạo bằng vanban parse', en: () => 'This YAML/JSON file is not a vanban model (it needs "vanban: 1" and sections as lists); make it with vanban parse' },
  'stale-model': { severity: 'error', vi: (a) => `Tệp YAML đã cũ so với văn bản nguồn ${a.source}: khác ở ${a.field} (chạy vanban parse ${a.source} -o ${a.model} để cập nhật)`, en: (a) => `The YAML is out of date with its source ${a.source}: first difference at ${a.field} (run vanban parse ${a.source} -o ${a.model} to update it)` },
  'line-not-placed': { severity: 'warning', vi: (a) => `Dòng không được đưa vào mô hình: "${a.text}"`, en: (a) => `Line not placed in the model: "${a.text}"` },
  'duplicate-label': { severity: 'warning', vi: (a) => `Số thứ tự lặp lại: mục ${a.id} đã có; mục này được đặt mã ${a.given}`, en: (a) => `Numbering repeats: ${a.id} already exists; this item gets the id ${a.given}` },
  'no-sections': { severity: 'info', vi: () => 'Không nhận ra mục nào (quan điểm, mục tiêu, nhiệm vụ...): nội dung nằm trong "other"', en: () => 'No sections recognised (viewpoints, goals, tasks...): the content is in "other"' },
  'no-title': { severity: 'info', vi: () => 'Không tìm thấy tên loại và trích yếu của văn bản', en: () => 'No document type line or title found' },
} satisfies Record<string, MessageDef>;

export type MessageCode = keyof typeof MESSAGES;

export function message(code: MessageCode, lang: Lang, args: Args = {}): string {
  const def: MessageDef = MESSAGES[code];
  return def[lang](args);
}

export function severityOf(code: MessageCode): Severity {
  return (MESSAGES[code] as MessageDef).severity;
}

/** The user's language from --lang or LANG / LC_ALL / LC_MESSAGES: Vietnamese where they say so. */
export function detectLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (flag === 'vi' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^vi/i.test(locale) ? 'vi' : 'en';
}
