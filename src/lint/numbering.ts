// Sibling numbering (vietnamese-documents.md §2), shared by numbering-gap and numbering-repeat.
// Siblings are the children of one item, or — for a section's top-level items and the outline's
// headings, which the model spreads over several sections — the nodes whose id has the same parent
// path (II.1 and II.3 in goals, II.2 in purpose). Within a group, in source order, each label is
// compared with the previous label of the same level (scheme, and for 1.1. / III.1.1 the prefix):
// one more is right, the same is a repeat, more than one more is a gap, less is a new list.

import { LETTERS } from '../lexicon/labels.js';
import { SECTION_KEYS, type Item, type Model } from '../model/types.js';
import { readLabel } from '../outline/labels.js';
import { listOf, pointer } from './pointer.js';
import { remembered } from '../text/normalize.js';
import { shared } from './run.js';
import { countUpTo } from './sorted.js';

export interface NumberingIssue {
  kind: 'gap' | 'repeat';
  /** pointer to the label of the later item */
  path: string;
  label: string;
  previous: string;
}

interface Node { label: string; line: number; path: string; parent: string }

export interface Position {
  /** scheme, and for decimals their prefix ("decimal:1" for 1.2.) */
  level: string;
  value: number;
  /** for letter schemes, the letter in lower case */
  letter?: string;
}

const LETTER_SCHEMES = new Set(['letter', 'paren-letter', 'upper-letter']);
/**
 * Letters a list may leave out. Many documents letter a b c d e g (no đ), and upper-case lists skip
 * I, which reads as a Roman numeral (A. ... H. K.): neither is a gap.
 */
const OPTIONAL: Record<string, ReadonlySet<string>> = { lower: new Set(['đ']), upper: new Set(['đ', 'i']) };

/** The level and value of a label; undefined for bullets, unlabeled items and unnumbered appendices. */
export function labelPosition(raw: string): Position | undefined {
  const text = raw.trim();
  // Table rows number their cells bare: "1", "2".
  if (/^\d{1,3}$/.test(text)) return { level: 'bare', value: Number(text) };
  const label = readLabel(text);
  if (!label || label.bullet || label.value === undefined || !Number.isFinite(label.value) || label.value <= 0) return undefined;
  if (label.scheme === 'appendix' && label.token === 'PL') return undefined;
  // The scheme must take the whole label: "1.a" is not read as "1.".
  if (label.rest !== '') return undefined;
  if (label.scheme === 'decimal' || label.scheme === 'roman-decimal') {
    return { level: `${label.scheme}:${label.token.split('.').slice(0, -1).join('.')}`, value: label.value };
  }
  if (LETTER_SCHEMES.has(label.scheme)) return { level: label.scheme, value: label.value, letter: label.token.replace(/[()]/g, '').toLowerCase() };
  return { level: label.scheme, value: label.value };
}

/** How `current` follows `previous` in one list: the next, the same, a gap, or a new list. */
export function step(previous: Position, current: Position): 'next' | 'repeat' | 'gap' | 'restart' {
  if (current.value === previous.value) return 'repeat';
  if (current.value < previous.value) return 'restart';
  if (current.value === previous.value + 1) return 'next';
  if (previous.letter === undefined) return 'gap';
  const optional = OPTIONAL[current.level === 'upper-letter' ? 'upper' : 'lower'] as ReadonlySet<string>;
  const between = LETTERS.slice(previous.value, current.value - 1);
  return between.every((l) => optional.has(l)) ? 'next' : 'gap';
}

/** "I.", "V.", "X." after H., U., V. of an upper-case letter list are letters, not Roman numerals. */
function asLetter(at: Position, label: string, upper: Position | undefined): Position {
  const ch = label.trim().replace(/[.)-]$/, '');
  if (at.level !== 'roman' || !/^[IVX]$/.test(ch) || !upper) return at;
  const letter = ch.toLowerCase();
  const candidate: Position = { level: 'upper-letter', value: LETTERS.indexOf(letter) + 1, letter };
  return step(upper, candidate) === 'next' ? candidate : at;
}

/** Labels repeat ("a)", "1.") in and across documents: each is read once. */
const positionOf = remembered(labelPosition);

const parentOf = (id: string): string => (id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '');

function nodesOf(model: Model): Node[] {
  const nodes: Node[] = [];
  listOf(model.outline).forEach((e, i) => {
    if (e && typeof e.id === 'string' && typeof e.label === 'string') nodes.push({ label: e.label, line: Number(e.line) || 0, path: pointer('outline', i), parent: parentOf(e.id) });
  });
  const walk = (items: Item[], path: string, parent: string | undefined): void => {
    listOf(items).forEach((item, i) => {
      if (!item || typeof item.id !== 'string') return;
      const here = `${path}/${i}`;
      if (typeof item.label === 'string') nodes.push({ label: item.label, line: Number(item.line) || 0, path: here, parent: parent ?? parentOf(item.id) });
      walk(listOf(item.items), `${here}/items`, `#${item.id}`);
    });
  };
  for (const section of SECTION_KEYS) walk(listOf(model[section]), pointer(section), undefined);
  return nodes;
}

/** Gaps and repeats of a model's numbering; within a lint() run, found once for both rules. */
export function numberingIssues(model: Model): readonly NumberingIssue[] {
  return shared(model, 'numbering', () => findNumberingIssues(model));
}

function findNumberingIssues(model: Model): NumberingIssue[] {
  const groups = new Map<string, Node[]>();
  const breaks = listOf(model.outline).filter((e) => e?.label === '' && typeof e.id === 'string' && !e.id.includes('.')).map((e) => Number(e.line) || 0);
  breaks.sort((a, b) => a - b);
  for (const node of nodesOf(model)) {
    // Children of an item are keyed "#id", so they never mix with a top-level group of the same path.
    // Top-level nodes under different unlabeled headings ("QUYẾT ĐỊNH:", then "KẾ HOẠCH") are
    // different lists, though their ids share the empty path.
    const segment = node.parent === '' ? countUpTo(breaks, node.line) : 0;
    const key = node.parent.startsWith('#') ? node.parent : `/${node.parent}@${segment}`;
    const list = groups.get(key) ?? [];
    list.push(node);
    groups.set(key, list);
  }
  const issues: NumberingIssue[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.line - b.line);
    const last = new Map<string, { at: Position; label: string }>();
    for (const node of list) {
      const read = positionOf(node.label);
      if (!read) continue;
      const at = asLetter(read, node.label, last.get('upper-letter')?.at);
      const prev = last.get(at.level);
      last.set(at.level, { at, label: node.label });
      if (!prev) continue;
      const how = step(prev.at, at);
      if (how === 'repeat' || how === 'gap') issues.push({ kind: how, path: `${node.path}/label`, label: node.label, previous: prev.label });
    }
  }
  return issues;
}
