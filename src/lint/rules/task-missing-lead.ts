// task-missing-lead: a task that states work but names no one to lead it, neither itself nor
// through an ancestor ("2. Sở Tài chính" over its duties). Reported once per unassigned block: a
// group none of whose items names a lead is one finding (on the group), a group with some assigned
// items is skipped and its unassigned leaves are reported one by one. Never reported: table group
// rows; unlabeled paragraphs that end in ":" or stand among labeled siblings (they introduce or
// explain the tasks); attribute and budget lines ("Thời gian thực hiện: ...", "Kinh phí ..."); items with no
// words; and a section (tasks or implementation) that names no lead anywhere — a Party
// resolution's "nhiệm vụ, giải pháp" are orientations for everyone, not assignments. Where a plan
// shares its tasks out by heading in its implementation section ("1. Sở Khoa học và Công nghệ"
// over its duties), its unassigned tasks are only noted (docs/rules/task-missing-lead.md).

import { BUDGET_PREFIXES, BUDGET_WORDS, DEADLINE_LABELS, OUTPUT_LABELS } from '../../lexicon/attributes.js';
import type { Item } from '../../model/types.js';
import { bodyKey } from '../../extract/body-key.js';
import { fold } from '../../text/normalize.js';
import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { listOf, pointer } from '../pointer.js';
import type { Finding, Rule } from '../types.js';

const code = 'task-missing-lead';

const hasLead = (item: Item): boolean => listOf(item.lead).some((n) => typeof n === 'string' && n.trim() !== '');
const children = (item: Item): Item[] => listOf(item.items).filter((c) => c !== null && typeof c === 'object');

/** Whether an item or any item below it names a lead, each item asked once per check. */
function leadFinder(): (item: Item) => boolean {
  const known = new Map<Item, boolean>();
  const anyLead = (item: Item): boolean => {
    let v = known.get(item);
    if (v === undefined) known.set(item, (v = hasLead(item) || children(item).some(anyLead)));
    return v;
  };
  return anyLead;
}

/** A row of a task table that only names a group ("I. NÂNG CAO NHẬN THỨC"): one filled cell. */
const isGroupRow = (item: Item): boolean =>
  Array.isArray(item.cells) && item.cells.filter((c) => typeof c === 'string' && c.trim() !== '').length <= 1;

/** Lines that give a task's attribute ("Thời gian thực hiện: ...") or its means ("Kinh phí", "Nguồn lực"), not work. */
const ATTRIBUTES = new Set([...DEADLINE_LABELS, ...OUTPUT_LABELS].map(fold));
const alternatives = (words: string[]): string => words.map(fold).sort((a, b) => b.length - a.length).join('|');
const BUDGET = new RegExp(`^(?:(?:${alternatives(BUDGET_PREFIXES)}) )?(?:${alternatives(BUDGET_WORDS)})\\b`);

/** How much of a folded text BUDGET can read: its longest match, and the boundary after it. */
const longest = (words: string[]): number => Math.max(0, ...words.map((w) => fold(w).length));
const BUDGET_READS = longest(BUDGET_PREFIXES) + 1 + longest(BUDGET_WORDS) + 1;

/**
 * The folded start of a trimmed text, long enough for BUDGET to tell as on the whole folded text:
 * the text up to a space, as folding never carries anything across a space (see BUDGET_READS).
 */
function foldedStart(text: string): string {
  const space = text.length > 48 ? text.indexOf(' ', 24) : -1;
  if (space < 0) return fold(text);
  const start = fold(text.slice(0, space));
  return start.length >= BUDGET_READS ? start : fold(text);
}

/**
 * Only the folded start (for BUDGET) and the folded words before the first colon are read: ':'
 * folds to itself and no other character folds to it, so the text before it folds to what comes
 * before the colon of the folded text, its spaces aside.
 */
export function isAttributeLine(text: string): boolean {
  if (BUDGET.test(foldedStart(text))) return true;
  const colon = text.indexOf(':');
  if (colon < 0) return false;
  const before = fold(text.slice(0, colon));
  return before !== '' && ATTRIBUTES.has(before.replace(/[^a-z0-9 ]+/g, ' ').trim());
}

/** A leaf that states work: words of its own, not a lead-in to a list that is not there. */
function statesWork(item: Item): boolean {
  const text = String(item.text ?? item.title ?? '').trim();
  if (text === '' || (item.label === '' && text.endsWith(':')) || isAttributeLine(text)) return false;
  // "I. KINH PHÍ THỰC HIỆN" over "Tổng kinh phí dự kiến 450 tỷ đồng ...": the means, titled so
  if (typeof item.title === 'string' && item.text !== undefined && isAttributeLine(item.title.trim())) return false;
  return !isGroupRow(item) && item.table === undefined;
}

/** Leaves below (or at) `item` that state work. */
function workCount(item: Item): number {
  const kids = children(item);
  return kids.length === 0 ? (statesWork(item) ? 1 : 0) : kids.reduce((n, c) => n + workCount(c), 0);
}

const ASSIGNING_KINDS = new Set(['plan', 'action-programme', 'decision', 'scheme', 'other']);

/**
 * Bodies named by heading in the implementation section ("1. Sở Khoa học và Công nghệ" over its
 * duties) from this many on: the plan shares its tasks out there, and a task above with no lead
 * of its own is only noted.
 */
const ASSIGNED_BY_HEADING = 3;

/** How many implementation items (to two levels down) are headed by the body that leads them. */
function headedByBody(model: Parameters<Rule['check']>[0]): number {
  let n = 0;
  const visit = (items: Item[], depth: number): void => {
    for (const item of listOf(items)) {
      if (item === null || typeof item !== 'object') continue;
      // bodyKey leaves out the colon or full stop after a heading's name
      const title = typeof item.title === 'string' ? bodyKey(item.title) : '';
      if (title !== '' && listOf(item.lead).some((l) => typeof l === 'string' && bodyKey(l) === title)) n++;
      if (depth < 1) visit(listOf(item.items), depth + 1);
    }
  };
  visit(listOf(model.implementation), 0);
  return n;
}

export const taskMissingLead: Rule = {
  code,
  defaultSeverity: 'warning',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    // Plans, programmes, decisions and schemes assign their tasks; resolutions, conclusions,
    // directives and notices often state tasks for everyone. There a missing lead is only noted.
    const assigns = ASSIGNING_KINDS.has(model.document.kind);
    const sharedOut = assigns && headedByBody(model) >= ASSIGNED_BY_HEADING;
    const anyLead = leadFinder();
    const out: Finding[] = [];
    let noted = !assigns;
    const visit = (item: Item, path: string, prose: boolean): void => {
      if (hasLead(item)) return; // its own lead covers its items
      const kids = children(item);
      if (kids.length > 0 && kids.some(anyLead)) {
        // Unlabeled paragraphs between lettered tasks explain them; they are not tasks.
        const labeled = kids.some((c) => typeof c.label === 'string' && c.label !== '');
        listOf(item.items).forEach((c, i) => { if (c !== null && typeof c === 'object') visit(c, `${path}/items/${i}`, labeled); });
        return;
      }
      if (prose && item.label === '' && kids.length === 0 && !Array.isArray(item.cells)) return;
      const count = workCount(item);
      if (count === 0) return;
      const key = kids.length > 0 ? `${code}.group` : code;
      out.push({ code, path, message: lintMessage(key, ctx.lang, { id: item.id, count }), ...(noted ? { severity: 'info' as const } : {}) });
    };
    for (const section of ['tasks', 'implementation'] as const) {
      noted = !assigns || (section === 'tasks' && sharedOut);
      const items = listOf(model[section]);
      if (!items.some((i) => i !== null && typeof i === 'object' && anyLead(i))) continue;
      const labeled = items.some((i) => typeof i?.label === 'string' && i.label !== '');
      items.forEach((item, i) => { if (item !== null && typeof item === 'object') visit(item, pointer(section, i), labeled); });
    }
    return out;
  },
};
