// Blocks to an outline tree. Nesting follows the labels as written: a scheme seen again closes
// everything opened after it; a scheme not yet open nests under the current item. Headings never
// nest under body text; bullets close before an unlabeled paragraph; tables attach whole.

import type { Block } from '../blocks/types.js';
import { isUpper } from '../blocks/segment.js';
import { matchSections } from '../classify/sections.js';
import { levelKey, readLabel, type Label } from './labels.js';

export interface OutlineNode {
  label?: Label;
  title?: string;
  text?: string;
  /** a heading (Markdown heading, bold paragraph, upper-case line) rather than body text */
  heading: boolean;
  line: number;
  endLine: number;
  children: OutlineNode[];
  table?: { header: string[]; rows: string[][]; /** table number in the document */ id: number; /** source line of each row */ rowLines: number[] };
  /** nesting key of the label's scheme, or "heading" for an unlabeled heading */
  key?: string;
}

/** A heading-like block of at most this many characters; longer bold text is body text. */
const HEADING_MAX = 250;
const ENDS_SENTENCE = /[.;!?…]$/;
/** An unlabeled bold paragraph longer than this is text set in bold, not a heading. */
const UNLABELED_HEADING_MAX = 150;
/** "a) Đến năm 2025:" is a heading over its dashes; a longer sentence ending with ":" is text. */
export const LEAD_IN_TITLE_MAX = 50;
/** A heading's title longer than this takes no further parts. */
const TITLE_MAX = 600;

export function buildOutline(blocks: Block[], resets: Set<number> = new Set()): OutlineNode[] {
  const root: OutlineNode = { heading: true, line: 0, endLine: 0, children: [] };
  let stack: OutlineNode[] = [];
  let table: OutlineNode | undefined;
  const top = (): OutlineNode => stack[stack.length - 1] ?? root;
  /** the parent each label scheme was last placed under, to go back to when the scheme reappears */
  const parentOf = new Map<string, OutlineNode>();
  /** open paragraphs ending with ":" that hold the bullets after them ("Kính gửi:", "... các nhiệm vụ sau:") */
  const leadIns = new Set<OutlineNode>();

  blocks.forEach((block, index) => {
    if (resets.has(index)) { stack = []; table = undefined; parentOf.clear(); }
    if (block.type === 'row') {
      const cells = block.cells ?? [];
      if (table && block.table === tableId(table) && !block.headerRow) {
        table.table?.rows.push(cells);
        table.table?.rowLines.push(block.line);
        table.endLine = block.endLine;
        return;
      }
      // a header of empty cells over rows the header reader took (a signature laid out in a table): nothing is left
      const next = blocks[index + 1];
      if (cells.every((c) => c.trim() === '') && !(next?.type === 'row' && next.table === block.table)) return;
      table = { heading: false, line: block.line, endLine: block.endLine, children: [], table: { header: cells, rows: [], id: block.table ?? 0, rowLines: [] } };
      top().children.push(table);
      return;
    }
    table = undefined;
    let label = readLabel(block.text);
    let heading = isHeading(block, label);
    // "Phụ lục ..." at the start of a sentence is text; as a heading it opens an appendix, and so
    // does a label with its upper-case title run on after it ("Phụ lục I MỨC HƯỞNG TRỢ CẤP ...").
    if (label?.scheme === 'appendix' && !(block.strong || isUpper(block.text) || label.rest === '' || isUpper(label.rest) || block.type === 'heading')) label = undefined;
    if (!label) heading = isHeading(block, undefined);
    if (label) {
      const node = labeledNode(block, label, heading);
      if (!label.bullet) {
        // Only bullets go under a lead-in paragraph; a numbered point after them is its sibling, and so
        // it is after a bullet that ends its sentence ("- Báo cáo kết quả." / "1. ...").
        const open = stack.findIndex((n) => leadIns.has(n));
        if (open >= 0) stack = stack.slice(0, open);
        while (stack.length && top().label?.bullet && !(top().text ?? top().title ?? '').endsWith(':')) stack.pop();
      }
      const key = levelKey(label);
      node.key = key;
      const at = findLast(stack, (n) => n.key === key);
      const before = parentOf.get(key);
      // -1: the root; -2: unknown, or a parent that is no longer open
      const parentAt = before === root ? -1 : before && stack.includes(before) ? stack.indexOf(before) : -2;
      if (at >= 0) stack = stack.slice(0, at);
      else if (parentAt >= -1 && !label.bullet && label.value !== undefined && label.value > 1) stack = stack.slice(0, parentAt + 1); // "Điều 2." after the items of "Điều 1." were closed
      else if (heading) {
        // A heading of a scheme not open yet: it closes body text, and items the usual hierarchy
        // puts at its level or below (a "PHỤ LỤC" after task items, "I." after "1." lists).
        while (stack.length && (!canContain(top(), label) || (top().label?.rank ?? -1) >= label.rank)) stack.pop();
      }
      // bullets are numbered by position: a point numbered as they are takes them from the parent
      if (/^\d+$/.test(label.token)) adoptBullets(top());
      top().children.push(node);
      parentOf.set(key, top());
      stack.push(node);
      return;
    }
    const current = top();
    if (heading) {
      // A heading split over two blocks: the second part carries on the first's title.
      const bare = current.label !== undefined && current.label.rest === '' && current.title === undefined;
      // A title is a few lines at most: past that, headings in a row are headings of their own
      // (and comparing the growing title with each would be quadratic).
      if (current !== root && current.heading && (current.title !== undefined || bare) && current.text === undefined && current.children.length === 0 && block.line - current.endLine <= 3
        && (current.title ?? '').length <= TITLE_MAX && isUpper(block.text) === isUpper(current.title ?? block.text)) {
        current.title = current.title === undefined ? block.text : `${current.title} ${block.text}`;
        current.endLine = block.endLine;
        return;
      }
      // An upper-case heading with no label ("PHỤ LỤC", "CHƯƠNG TRÌNH HÀNH ĐỘNG") starts at the top.
      if (isUpper(block.text)) stack = [];
      while (stack.length && !canContain(top())) stack.pop();
      const at = findLast(stack, (n) => n.key === 'heading');
      if (at >= 0) stack = stack.slice(0, at);
      const node: OutlineNode = { title: block.text, heading: true, line: block.line, endLine: block.endLine, children: [], key: 'heading' };
      top().children.push(node);
      stack.push(node);
      return;
    }
    // An unlabeled paragraph closes bullets (and the lead-in above them) and belongs to the item above them.
    while (stack.length && (top().label?.bullet || leadIns.has(top()))) stack.pop();
    const paragraph: OutlineNode = { text: block.text, heading: false, line: block.line, endLine: block.endLine, children: [] };
    const parent = top();
    parent.children.push(paragraph);
    // The first paragraph under a numbered item becomes its text (model/sections.ts absorbFirstParagraph),
    // with the bullets after it as the item's own; under a section heading it is an item of the section.
    const headingText = parent.label !== undefined && !parent.label.bullet && parent.children.length === 1 && !namesSection(parent);
    if (!headingText && block.text.endsWith(':') && isBulletAt(blocks[index + 1])) { leadIns.add(paragraph); stack.push(paragraph); }
  });
  return root.children;
}

/**
 * Before a numbered point joins `parent`: bullets just above it that follow a paragraph ending with
 * ":" are that paragraph's (they were left to the parent, whose text the paragraph was to become).
 * The parent's points and the bullets would otherwise be numbered alike ("Điều 1. ...",
 * "Các nội dung sau:", "- ...", "- ...", "1. ...": Đ1.1 twice).
 */
function adoptBullets(parent: OutlineNode): void {
  const children = parent.children;
  let first = children.length;
  while (first > 0 && children[first - 1]?.label?.bullet) first--;
  const lead = children[first - 1];
  if (first === children.length || !lead || lead.label || lead.heading || lead.table || lead.children.length || !(lead.text ?? '').endsWith(':')) return;
  lead.children = children.splice(first);
}

/** A heading that opens a section ("II. NHIỆM VỤ"): its paragraphs are items of the section, not its text. */
function namesSection(node: OutlineNode): boolean {
  const words = node.title ?? node.text;
  return node.heading && words !== undefined && matchSections(words)[0]?.at === 0;
}

/** The block is a bullet item ("- ...", "+ ..."). */
function isBulletAt(block: Block | undefined): boolean {
  return block !== undefined && block.type !== 'row' && readLabel(block.text)?.bullet === true;
}

/**
 * Headings and titled items can hold headings; body-text items cannot, but for points of a lower
 * rank (`label`) under an article ("Điều 1. Thông qua Đề án ... sau:" holds "1. Mục tiêu") or
 * under a point that leads in to them ("1. ... các nhiệm vụ trọng tâm sau:" holds "a) Thể chế số").
 */
function canContain(node: OutlineNode, label?: Label): boolean {
  if (node.heading || node.title !== undefined) return true;
  return label !== undefined && !label.bullet && leadsIn(node) && (node.label as Label).rank < label.rank;
}

/** A numbered point in body text that leads in to what follows: an article ("Điều 1. ..."), or text ending with ":". */
export function leadsIn(node: OutlineNode): boolean {
  const label = node.label;
  if (node.heading || !label || label.bullet || node.text === undefined) return false;
  return label.scheme === 'article' || node.text.endsWith(':');
}

function tableId(node: OutlineNode): number {
  return node.table?.id ?? -1;
}

function labeledNode(block: Block, label: Label, heading: boolean): OutlineNode {
  const node: OutlineNode = { label, heading, line: block.line, endLine: block.endLine, children: [] };
  const rest = label.rest;
  if (heading) {
    if (rest) node.title = rest;
    return node;
  }
  // A bold lead after the label is the item's title: "**1. Về công tác cán bộ.** Tiếp tục ..."
  const restStart = block.text.length - rest.length;
  const boldEnd = block.strongPrefix - restStart;
  // ("**3. Bộ Xây dựng** chủ trì hướng dẫn ...", bold with no stop before a lower-case word, is one sentence)
  const runsOn = boldEnd > 0 && !/[.:;!?)]\s*$/.test(rest.slice(0, boldEnd)) && /^\s*\p{Ll}/u.test(rest.slice(boldEnd));
  if (boldEnd > 3 && boldEnd < rest.length && !runsOn) {
    node.title = rest.slice(0, boldEnd).trim().replace(/[.:]$/, '').trim();
    node.text = rest.slice(boldEnd).replace(/^[\s.:]+/, '').trim();
    if (node.text === '') delete node.text;
    return node;
  }
  if (rest) node.text = rest;
  return node;
}

/** A heading: a Markdown heading, a bold paragraph, or a short upper-case line. */
function isHeading(block: Block, label: Label | undefined): boolean {
  if (label?.bullet) return false;
  const body = label ? label.rest : block.text;
  if (block.type === 'heading') return true;
  if (label && body === '') return true; // a bare label line: "PHỤ LỤC", "Phần thứ hai"
  if (body.length > HEADING_MAX) return false;
  // A bold paragraph stands for a heading when it is short and not a sentence; a bold lead
  // paragraph of a web article is not one.
  if (block.strong && body.length > 0 && (label !== undefined || (body.length <= UNLABELED_HEADING_MAX && !/[.!?;…]$/.test(body)))) return true;
  if (isUpper(body) && body.length >= 3) return true;
  // A short labeled line with no sentence ending, such as "1. Mục đích" or "a) Đến năm 2025:";
  // a longer one ending with ":" opens a list ("1. Dự án ... một trong các điều kiện sau:").
  if (body.endsWith(':') && body.length > LEAD_IN_TITLE_MAX) return false;
  if (label && body.length > 0 && body.length <= 80 && !ENDS_SENTENCE.test(body) && !/;/.test(body)) return true;
  return false;
}

function findLast<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
