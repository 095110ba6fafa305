// The document model, format version 1. The JSON Schema in schemas/vanban.schema.json
// describes the same shape; test/schema.test.ts keeps the two in step.

export const FORMAT_VERSION = 1;

export const DOCUMENT_KINDS = [
  'resolution', 'directive', 'conclusion', 'action-programme', 'plan', 'decision', 'scheme',
  'report', 'notice', 'guidance', 'decree', 'circular', 'regulation', 'law', 'news', 'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const SOURCE_FORMATS = ['markdown', 'text', 'docx'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const GOAL_SCOPES = ['general', 'specific', 'vision'] as const;
export type GoalScope = (typeof GOAL_SCOPES)[number];

export const COMPARATORS = ['<', '<=', '=', '>=', '>', '~'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** A target that is a change: "tăng 12%" (increase), "giảm 20% so với năm 2024" (decrease), not a level. */
export const CHANGES = ['increase', 'decrease'] as const;
export type Change = (typeof CHANGES)[number];

export const RECURRENCES = ['continuous', 'yearly', 'half-yearly', 'quarterly', 'monthly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/** The sections every model has, in output order. */
export const SECTION_KEYS = [
  'preamble', 'background', 'purpose', 'viewpoints', 'goals', 'tasks', 'implementation', 'appendices', 'other',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface Source {
  file: string;
  format: SourceFormat;
  sha256: string;
}

export interface Signer {
  name?: string;
  role?: string;
  onBehalfOf?: string;
  /** the signature lines as written, e.g. ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"] */
  lines?: string[];
}

export interface Horizon {
  year?: number;
  vision?: number;
  from?: number;
}

export interface DocumentInfo {
  kind: DocumentKind;
  kindLabel?: string;
  number?: string;
  issuer?: string;
  superior?: string;
  place?: string;
  date?: string;
  title?: string;
  implements?: string[];
  horizon?: Horizon;
  signer?: Signer;
  recipients?: string[];
  /** national or Party motto lines of the letterhead, e.g. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM */
  motto?: string[];
  /** header and closing lines as written, where the fields above normalise them ("Số 57-NQ/TW") */
  asWritten?: string[];
}

export interface Reference {
  kind: DocumentKind;
  number?: string;
  date?: string;
  issuer?: string;
  term?: string;
  text: string;
}

export interface Target {
  indicator?: string;
  comparator: Comparator;
  /** the figure is a rise or a fall ("tăng 12%"), not the level to reach */
  change?: Change;
  value: number;
  max?: number;
  unit?: string;
  year?: number;
  /** the year the change is measured from ("so với năm 2024") */
  baseYear?: number;
  text: string;
}

export interface Deadline {
  text: string;
  due?: string;
  recurrence?: Recurrence;
}

export interface Table {
  header: string[];
  /** the other rows, cell by cell; absent when the rows became items (task and indicator tables) */
  rows?: string[][];
}

export interface Item {
  id: string;
  /** the label as written ("1.", "a)", "-", "Điều 3."); empty for an unlabeled paragraph */
  label: string;
  title?: string;
  text?: string;
  /** source line where the item starts */
  line: number;
  scope?: GoalScope;
  year?: number;
  targets?: Target[];
  lead?: string[];
  support?: string[];
  deadline?: Deadline;
  outputs?: string[];
  table?: Table;
  /** the row as written, for an item read from a table row */
  cells?: string[];
  /** for a task whose text broke over several table rows: each row as written (`cells` joins them) */
  rows?: string[][];
  items?: Item[];
}

/** A heading that opened one or more sections; the items below it are in those sections. */
export interface OutlineEntry {
  id: string;
  label: string;
  title: string;
  line: number;
  sections: SectionKey[];
}

export interface BodyEntry {
  name: string;
  key: string;
  lead: string[];
  support: string[];
}

export interface Model {
  vanban: 1;
  source: Source;
  document: DocumentInfo;
  references: Reference[];
  outline: OutlineEntry[];
  preamble: Item[];
  background: Item[];
  purpose: Item[];
  viewpoints: Item[];
  goals: Item[];
  tasks: Item[];
  implementation: Item[];
  appendices: Item[];
  other: Item[];
  bodies: BodyEntry[];
}
