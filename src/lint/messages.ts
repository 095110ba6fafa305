// Every lint message and rule description, in Vietnamese and English: the only place in src/lint
// with wording (the style of src/diagnostics/messages.ts).

import type { Lang } from '../diagnostics/types.js';

type Args = Record<string, string | number>;

interface MessageDef {
  vi: (a: Args) => string;
  en: (a: Args) => string;
}

export const LINT_MESSAGES = {
  'duplicate-id': {
    vi: (a) => `Mã mục "${a.id}" trùng với mục ở ${a.firstLine ? `dòng ${a.firstLine} (${a.first})` : a.first}`,
    en: (a) => `Item id "${a.id}" is already used at ${a.firstLine ? `line ${a.firstLine} (${a.first})` : a.first}`,
  },
  'task-missing-lead': { vi: (a) => `Nhiệm vụ ${a.id} chưa có cơ quan chủ trì`, en: (a) => `Task ${a.id} has no lead body` },
  'task-missing-lead.group': { vi: (a) => `Nhóm nhiệm vụ ${a.id} (${a.count} nhiệm vụ) chưa có cơ quan chủ trì`, en: (a) => `Task group ${a.id} (${a.count} ${a.count === 1 ? 'task' : 'tasks'}) has no lead body` },
  'deadline-before-document': { vi: (a) => `Thời hạn ${a.due} của mục ${a.id} sớm hơn ngày ban hành văn bản (${a.date})`, en: (a) => `Deadline ${a.due} of ${a.id} is before the document's date (${a.date})` },
  'deadline-after-horizon': { vi: (a) => `Thời hạn ${a.due} của mục ${a.id} vượt quá năm ${a.year} của văn bản`, en: (a) => `Deadline ${a.due} of ${a.id} is after the document's horizon year ${a.year}` },
  'target-missing-year': { vi: (a) => `Chỉ tiêu "${a.text}" của mục ${a.id} không có năm đạt được`, en: (a) => `Target "${a.text}" of ${a.id} has no year` },
  'target-year-outside-horizon.before': { vi: (a) => `Chỉ tiêu "${a.text}" của mục ${a.id} đặt cho năm ${a.year}, trước năm ${a.limit} của văn bản`, en: (a) => `Target "${a.text}" of ${a.id} is set for ${a.year}, before the document's ${a.limit}` },
  'target-year-outside-horizon.after': { vi: (a) => `Chỉ tiêu "${a.text}" của mục ${a.id} đặt cho năm ${a.year}, sau năm ${a.limit} của văn bản`, en: (a) => `Target "${a.text}" of ${a.id} is set for ${a.year}, after the document's horizon ${a.limit}` },
  'goal-uncovered': { vi: (a) => `Không nhiệm vụ nào nhắc đến chỉ tiêu "${a.indicator}" (mục ${a.id})`, en: (a) => `No task mentions the indicator "${a.indicator}" (${a.id})` },
  'unknown-body': { vi: (a) => `Cơ quan "${a.name}" không có trong danh sách cơ quan đã khai báo`, en: (a) => `"${a.name}" is not a configured body` },
  'unknown-body.suggest': { vi: (a) => `Cơ quan "${a.name}" không có trong danh sách cơ quan đã khai báo; có phải là "${a.suggestion}"?`, en: (a) => `"${a.name}" is not a configured body; did you mean "${a.suggestion}"?` },
  'unknown-body.copies': { vi: (a) => ` (và ${a.count} mục bên dưới nhận từ mục này)`, en: (a) => ` (and ${a.count} ${a.count === 1 ? 'item below that takes' : 'items below that take'} it from this one)` },
  'number-kind-mismatch': { vi: (a) => `Số hiệu ${a.number} mang mã loại ${a.code} (${a.label}), không khớp với loại văn bản ${a.kind}`, en: (a) => `Number ${a.number} has the type code ${a.code} (${a.label}), which does not match the kind ${a.kind}` },
  'numbering-gap': { vi: (a) => `Số thứ tự nhảy từ ${a.previous} sang ${a.label}`, en: (a) => `Numbering skips from ${a.previous} to ${a.label}` },
  'numbering-repeat': { vi: (a) => `Số thứ tự ${a.label} lặp lại`, en: (a) => `Numbering repeats ${a.label}` },
  'empty-section': { vi: (a) => `Đề mục ${a.label} "${a.title}" mở phần ${a.section} nhưng không có nội dung nào trong phần đó`, en: (a) => `Heading ${a.label} "${a.title}" opens ${a.section} but holds no ${a.section} items` },
} satisfies Record<string, MessageDef>;

export type LintMessageCode = keyof typeof LINT_MESSAGES;

export function lintMessage(code: LintMessageCode, lang: Lang, args: Args = {}): string {
  const def: MessageDef = LINT_MESSAGES[code];
  return def[lang](args);
}

/** One-line descriptions of the rules, vi and en. */
export const RULE_DESCRIPTIONS = {
  'duplicate-id': { vi: 'Hai mục có cùng mã (id)', en: 'Two items have the same id' },
  'task-missing-lead': { vi: 'Nhiệm vụ không có cơ quan chủ trì, kể cả từ mục cha', en: 'A task states work but names no lead body, not even through a parent' },
  'deadline-before-document': { vi: 'Thời hạn sớm hơn ngày ban hành văn bản', en: 'A deadline falls before the document was issued' },
  'deadline-after-horizon': { vi: 'Thời hạn vượt quá năm của văn bản (horizon.year)', en: "A deadline falls after the document's horizon year" },
  'target-missing-year': { vi: 'Chỉ tiêu trong phần mục tiêu không có năm', en: 'A goal target has no year' },
  'target-year-outside-horizon': { vi: 'Năm của chỉ tiêu nằm ngoài khoảng thời gian của văn bản', en: "A target's year lies outside the document's period" },
  'goal-uncovered': { vi: 'Chỉ tiêu không được nhiệm vụ nào nhắc đến', en: 'A target indicator that no task mentions' },
  'unknown-body': { vi: 'Cơ quan chủ trì hoặc phối hợp không có trong danh sách đã khai báo', en: 'A lead or support body that is not in the configured list' },
  'number-kind-mismatch': { vi: 'Mã loại trong số hiệu không khớp với loại văn bản', en: "The type code of the document's number disagrees with its kind" },
  'numbering-gap': { vi: 'Số thứ tự bị bỏ sót (a, b, d hoặc 1, 2, 4)', en: 'Sibling labels skip a number or letter (a, b, d or 1, 2, 4)' },
  'numbering-repeat': { vi: 'Số thứ tự bị lặp lại (b, b)', en: 'Sibling labels repeat (b, b)' },
  'empty-section': { vi: 'Đề mục mở một phần nhưng không có nội dung trong phần đó', en: 'A heading opens a section but holds no items of it' },
} as const satisfies Record<string, { vi: string; en: string }>;
