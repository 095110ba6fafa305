// The few words reporters print of their own (headings and summaries), in Vietnamese and English.
// Diagnostic messages themselves come already worded (src/diagnostics/messages.ts).

import type { Lang, Severity } from '../diagnostics/types.js';

export interface ReportText {
  severity: Record<Severity, string>;
  problems: (n: number) => string;
  errors: (n: number) => string;
  warnings: (n: number) => string;
  infos: (n: number) => string;
  /** the one line of a clean stylish run */
  clean: (files: number) => string;
  /** the name of the passing JUnit test case of a file without problems */
  passed: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const TEXT: Record<Lang, ReportText> = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    problems: (n) => plural(n, 'problem', 'problems'),
    errors: (n) => plural(n, 'error', 'errors'),
    warnings: (n) => plural(n, 'warning', 'warnings'),
    infos: (n) => `${n} info`,
    clean: (files) => `No problems (${plural(files, 'file', 'files')} checked)`,
    passed: 'no problems',
  },
  vi: {
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
    problems: (n) => `${n} vấn đề`,
    errors: (n) => `${n} lỗi`,
    warnings: (n) => `${n} cảnh báo`,
    infos: (n) => `${n} thông tin`,
    clean: (files) => `Không có vấn đề nào (đã kiểm tra ${files} tệp)`,
    passed: 'không có vấn đề',
  },
};
