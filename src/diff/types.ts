// What `vanban diff` reports: changes per item, matched by content, with field-level detail.

import type { SectionKey } from '../model/types.js';

export type ChangeType = 'added' | 'removed' | 'modified' | 'moved';

/** The sections a diff can be limited to (`--only`): the item sections plus the document header. */
export type DiffSection = SectionKey | 'document';

export const DIFF_SECTIONS: readonly DiffSection[] = [
  'document', 'preamble', 'background', 'purpose', 'viewpoints', 'goals', 'tasks', 'implementation', 'appendices', 'other',
];

export interface TextOp {
  op: 'equal' | 'add' | 'remove';
  value: string;
}

export interface FieldChange {
  /** e.g. "title", "lead", "deadline", "targets[0].value", "document.date" */
  field: string;
  old?: unknown;
  new?: unknown;
  /** new − old, for numbers */
  delta?: number;
  /** for a target's value: its unit and indicator, so a reader sees "Tỷ lệ …: 70% → 75%" */
  unit?: string;
  indicator?: string;
  /** and, for a target that is a rise or a fall on both sides ("tăng 12%" → "tăng 15%"), which */
  change?: 'increase' | 'decrease';
  /** for a table row's cell ("cells[2]"): the column's header, when the table has one */
  column?: string;
  /** for sets (lead, support, outputs, references): what came in and what went */
  added?: string[];
  removed?: string[];
}

export interface Change {
  type: ChangeType;
  section: DiffSection;
  /** the section the item was in before, when it moved between sections */
  oldSection?: DiffSection;
  oldId?: string;
  newId?: string;
  oldLine?: number;
  newLine?: number;
  /** for a move: the ids of the parents before and after ("" for the top of a section) */
  oldParent?: string;
  newParent?: string;
  /** the item's label and a short excerpt of its title or text, for people reading the report */
  label?: string;
  excerpt?: string;
  /** for added and removed: how many items below this one came or went with it */
  descendants?: number;
  /** the item's whole text, for added and removed */
  content?: string;
  fields?: FieldChange[];
  /** word-level difference of the item's text (or title when it has no text) */
  text?: TextOp[];
}

export interface Counts {
  added: number;
  removed: number;
  modified: number;
  moved: number;
}

export interface DiffSummary extends Counts {
  total: number;
  bySection: Partial<Record<DiffSection, Counts>>;
}

export interface DiffSide {
  file: string;
  number?: string;
  date?: string;
  title?: string;
  items: number;
}

export interface DiffResult {
  vanban: 1;
  old: DiffSide;
  new: DiffSide;
  /** the similarity threshold that separated "modified" from "removed + added" */
  threshold: number;
  summary: DiffSummary;
  changes: Change[];
}
