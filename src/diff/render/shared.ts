// What every diff report says, in the user's language: section names, change verbs, field lines.

import type { Lang } from '../../diagnostics/types.js';
import type { Change, DiffResult, DiffSection, FieldChange, TextOp } from '../types.js';

const SECTION_NAMES: Record<DiffSection, [string, string]> = {
  document: ['Thông tin văn bản', 'Document'],
  preamble: ['Phần mở đầu', 'Preamble'],
  background: ['Tình hình', 'Background'],
  purpose: ['Mục đích, yêu cầu', 'Purpose'],
  viewpoints: ['Quan điểm', 'Viewpoints'],
  goals: ['Mục tiêu', 'Goals'],
  tasks: ['Nhiệm vụ, giải pháp', 'Tasks'],
  implementation: ['Tổ chức thực hiện', 'Implementation'],
  appendices: ['Phụ lục', 'Appendices'],
  other: ['Nội dung khác', 'Other'],
};

export function sectionName(s: DiffSection, lang: Lang): string {
  const [vi, en] = SECTION_NAMES[s];
  return lang === 'vi' ? vi : en;
}

const TYPE_WORDS: Record<Change['type'], [string, string]> = {
  added: ['thêm', 'added'],
  removed: ['bỏ', 'removed'],
  modified: ['sửa', 'modified'],
  moved: ['chuyển', 'moved'],
};

export function typeWord(t: Change['type'], lang: Lang): string {
  return TYPE_WORDS[t][lang === 'vi' ? 0 : 1];
}

export const TYPE_MARKS: Record<Change['type'], string> = { added: '+', removed: '-', modified: '~', moved: '↷' };

const FIELD_NAMES: Record<string, [string, string]> = {
  title: ['tiêu đề', 'title'],
  text: ['nội dung', 'text'],
  lead: ['chủ trì', 'lead'],
  support: ['phối hợp', 'support'],
  deadline: ['thời hạn', 'deadline'],
  outputs: ['sản phẩm', 'outputs'],
  targets: ['chỉ tiêu', 'targets'],
  scope: ['phạm vi', 'scope'],
  year: ['năm', 'year'],
  table: ['bảng', 'table'],
  references: ['văn bản dẫn chiếu', 'references'],
  'document.kind': ['loại văn bản', 'kind'],
  'document.kindLabel': ['tên loại', 'kind label'],
  'document.number': ['số, ký hiệu', 'number'],
  'document.issuer': ['cơ quan ban hành', 'issuer'],
  'document.place': ['địa danh', 'place'],
  'document.date': ['ngày ban hành', 'date'],
  'document.title': ['trích yếu', 'title'],
  'document.implements': ['thực hiện văn bản', 'implements'],
  'document.recipients': ['nơi nhận', 'recipients'],
  'document.signer.name': ['người ký', 'signer'],
  'document.signer.role': ['chức vụ người ký', 'signer role'],
  'document.signer.onBehalfOf': ['thay mặt', 'on behalf of'],
  'document.horizon.year': ['mốc năm', 'horizon'],
  'document.horizon.vision': ['tầm nhìn', 'vision'],
  'document.horizon.from': ['năm bắt đầu', 'from'],
};

/** A table row's cell in a column no other field reads: "cells[2]" is the third column. */
const CELL_PART = /^cells\[(\d+)\]$/;
const TARGET_PART = /^targets\[(\d+)\]\.(value|max|comparator|change|unit|year|baseYear)$/;
const TARGET_PARTS: Record<string, [string, string]> = {
  value: ['giá trị', 'value'], max: ['giá trị trên', 'upper value'], comparator: ['so sánh', 'comparator'], change: ['tăng/giảm', 'change'],
  unit: ['đơn vị', 'unit'], year: ['năm', 'year'], baseYear: ['năm gốc', 'base year'],
};

const CHANGE_WORDS: Record<'increase' | 'decrease', [string, string]> = { increase: ['tăng', 'up'], decrease: ['giảm', 'down'] };

function fieldName(field: string, lang: Lang): string {
  const i = lang === 'vi' ? 0 : 1;
  const target = TARGET_PART.exec(field);
  if (target) return `${FIELD_NAMES.targets?.[i] ?? 'targets'} ${Number(target[1]) + 1} (${TARGET_PARTS[target[2] as string]?.[i]})`;
  const cell = CELL_PART.exec(field);
  if (cell) return `${lang === 'vi' ? 'cột' : 'column'} ${Number(cell[1]) + 1}`;
  return FIELD_NAMES[field]?.[i] ?? field;
}

/** A value as a reader wants it: numbers with their unit, lists joined, nothing as "—". */
export function shown(value: unknown, unit?: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join('; ') : '—';
  if (typeof value === 'number') return `${formatNumber(value)}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;
  return String(value);
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

/** One line per field: a set as its ins and outs, a value as "old → new (delta)". */
export interface FieldLine {
  name: string;
  /** for sets: what came in and what went */
  added?: string[];
  removed?: string[];
  /** for values */
  old?: string;
  new?: string;
  delta?: string;
  /** the target's indicator, when the field is part of a target */
  about?: string;
}

export function fieldLines(change: Change, lang: Lang): FieldLine[] {
  const out: FieldLine[] = [];
  const fields = change.fields ?? [];
  for (const f of fields) {
    // The text is shown as a word difference below the item; its old and new are in the JSON.
    if ((f.field === 'text' || f.field === 'title' || f.field === 'document.title') && change.text && !(f.field === 'title' && change.fields?.some((x) => x.field === 'text'))) continue;
    // a range whose two ends both moved reads as one line: "10 - 12 %/năm → 12 - 14 %/năm"
    const target = TARGET_PART.exec(f.field);
    if (target?.[2] === 'max' && fields.some((x) => x.field === `targets[${target[1]}].value` && isNumbers(x))) continue;
    const upper = target?.[2] === 'value' ? fields.find((x) => x.field === `targets[${target[1]}].max`) : undefined;
    out.push(upper && isNumbers(f) && isNumbers(upper) ? rangeLine(f, upper, lang) : fieldLine(f, lang));
  }
  return out;
}

const isNumbers = (f: FieldChange): boolean => typeof f.old === 'number' && typeof f.new === 'number';

/** Both ends of a target's range, old and new, on one line. */
function rangeLine(value: FieldChange, max: FieldChange, lang: Lang): FieldLine {
  const word = value.change ? `${CHANGE_WORDS[value.change][lang === 'vi' ? 0 : 1]} ` : '';
  const range = (a: unknown, b: unknown): string => `${word}${shown(a)} - ${shown(b, value.unit)}`;
  const line: FieldLine = { name: fieldName(value.field, lang).replace(/\s*\([^)]*\)$/, ''), old: range(value.old, max.old), new: range(value.new, max.new) };
  if (value.indicator) line.about = value.indicator;
  return line;
}

function fieldLine(f: FieldChange, lang: Lang): FieldLine {
  const name = fieldName(f.field, lang);
  if (f.added || f.removed) {
    const line: FieldLine = { name };
    if (f.added?.length) line.added = f.added;
    if (f.removed?.length) line.removed = f.removed;
    return line;
  }
  // a rise or a fall reads with its word: "tăng 12% → tăng 15%"
  const word = f.change ? `${CHANGE_WORDS[f.change][lang === 'vi' ? 0 : 1]} ` : '';
  const line: FieldLine = { name, old: `${f.old === undefined ? '' : word}${shown(f.old, f.unit)}`, new: `${f.new === undefined ? '' : word}${shown(f.new, f.unit)}` };
  if (f.delta !== undefined) line.delta = `${f.delta > 0 ? '+' : ''}${shown(f.delta, f.unit)}`;
  if (f.indicator) line.about = f.indicator;
  if (f.column) line.name = `${name} (${f.column})`;
  return line;
}

/** Long equal runs of a word difference cut to a few words either side of a change. */
export function trimOps(ops: TextOp[], context = 8): TextOp[] {
  if (ops.length === 1 && ops[0]?.op === 'equal') return ops;
  return ops.map((o, i) => {
    if (o.op !== 'equal') return o;
    const words = o.value.split(' ');
    const keepStart = i > 0 ? context : 0;
    const keepEnd = i < ops.length - 1 ? context : 0;
    if (words.length <= keepStart + keepEnd + 2) return o;
    const head = keepStart ? words.slice(0, keepStart).join(' ') : '';
    const tail = keepEnd ? words.slice(words.length - keepEnd).join(' ') : '';
    return { op: 'equal', value: `${head}${head ? ' ' : ''}…${tail ? ' ' : ''}${tail}${o.value.endsWith(' ') && !tail ? ' ' : ''}` };
  });
}

export function headline(r: DiffResult, lang: Lang): string {
  const s = r.summary;
  if (s.total === 0) return lang === 'vi' ? 'Hai phiên bản giống nhau về nội dung.' : 'The two versions have the same content.';
  return lang === 'vi'
    ? `${s.total} thay đổi: ${s.added} thêm, ${s.removed} bỏ, ${s.modified} sửa, ${s.moved} chuyển chỗ`
    : `${s.total} ${s.total === 1 ? 'change' : 'changes'}: ${s.added} added, ${s.removed} removed, ${s.modified} modified, ${s.moved} moved`;
}

/** "III.2.3", or "III.2.3 → III.4.1" when the id changed. */
export function idText(c: Change): string {
  if (c.oldId !== undefined && c.newId !== undefined && c.oldId !== c.newId) return `${c.oldId} → ${c.newId}`;
  return c.newId ?? c.oldId ?? '';
}

export function moveText(c: Change, lang: Lang): string | undefined {
  if (c.type !== 'moved') return undefined;
  const where = (id: string | undefined): string => (id ? id : lang === 'vi' ? `mục ${sectionName(c.section, lang)}` : sectionName(c.section, lang));
  if (c.oldSection) {
    return lang === 'vi'
      ? `chuyển từ mục ${sectionName(c.oldSection, lang)} sang ${sectionName(c.section, lang)}`
      : `moved from ${sectionName(c.oldSection, lang)} to ${sectionName(c.section, lang)}`;
  }
  if (c.oldParent === c.newParent) return lang === 'vi' ? `đổi thứ tự trong ${where(c.newParent)}` : `reordered within ${where(c.newParent)}`;
  return lang === 'vi' ? `chuyển từ ${where(c.oldParent)} sang ${where(c.newParent)}` : `moved from ${where(c.oldParent)} to ${where(c.newParent)}`;
}

export function descendantsText(c: Change, lang: Lang): string | undefined {
  if (!c.descendants) return undefined;
  return lang === 'vi' ? `cùng ${c.descendants} mục con` : `with ${c.descendants} item${c.descendants === 1 ? '' : 's'} below it`;
}

/** Changes grouped by section, in report order. */
export function bySection(changes: Change[]): [DiffSection, Change[]][] {
  const groups = new Map<DiffSection, Change[]>();
  for (const c of changes) {
    const list = groups.get(c.section);
    if (list) list.push(c);
    else groups.set(c.section, [c]);
  }
  return [...groups];
}
