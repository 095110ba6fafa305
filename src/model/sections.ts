// Outline tree to the model's sections. A heading whose words name one section opens it (an
// outline entry) and its children become that section's items; a heading naming several sections
// is a container whose children are classified one by one; everything else stays with the section
// it is in, or goes to `preamble` (before the first section) or `other`.

import { goalScope, isAssigningParagraph, isClosingParagraph, isAssessmentItem, isEnactingLine, isExecutionArticle, isImplementationItem, isTaskLeadIn, matchSections } from '../classify/sections.js';
import { tableItems, tableKind } from '../extract/tables.js';
import { targetYear } from '../extract/targets.js';
import { LEAD_IN_TITLE_MAX, leadsIn, type OutlineNode } from '../outline/build.js';
import type { GoalScope, Item, OutlineEntry, SectionKey } from './types.js';

export type Sections = Record<SectionKey, Item[]>;

export interface Placed {
  sections: Sections;
  outline: OutlineEntry[];
  /** labels that repeat under one parent: the later item got a suffixed id */
  repeated: { id: string; given: string; line: number }[];
}

export function placeSections(roots: OutlineNode[]): Placed {
  const sections: Sections = {
    preamble: [], background: [], purpose: [], viewpoints: [], goals: [], tasks: [], implementation: [], appendices: [], other: [],
  };
  const outline: OutlineEntry[] = [];
  const ids = new Set<string>();
  const counters = new Map<string, Counters>();
  const repeated: Placed['repeated'] = [];
  let started = false;
  // a task placed under a lead-in: points after it are no longer opening assessments
  let assigned = false;
  const closing = liftClosing(roots);

  const uniqueId = (id: string, line = 0): string => {
    let out = id;
    for (let n = 2; ids.has(out); n++) out = `${id}-${n}`;
    ids.add(out);
    if (out !== id) repeated.push({ id, given: out, line });
    return out;
  };

  /**
   * Places sibling nodes. `inherited` is the section they are in (none at the top or directly in a
   * container); `fallback` is where unclassified nodes go inside a container.
   */
  const place = (nodes: OutlineNode[], parentId: string, inherited: SectionKey | undefined, fallback?: SectionKey): void => {
    const tokens = childTokens(nodes, parentId, counters);
    let leadIn = false;
    let last: SectionKey | undefined;
    nodes.forEach((node, i) => {
      const id = tokens[i] as string;
      const heading = headingText(node);
      // An unlabeled heading (often a subject line: "Về việc phê duyệt ...") names a section only
      // when it starts with the section's words.
      const matches = heading ? matchSections(heading).filter((m) => node.label !== undefined || m.at === 0) : [];
      const own = matches[0];
      const nested = node.heading && node.children.some((c) => hasSectionHeading(c, own?.section));
      // A container: its children name their own sections (QUAN ĐIỂM, MỤC TIÊU; B- ĐỊNH HƯỚNG ...),
      // or a numbered point whose text leads in to them ("Điều 1. Thông qua Đề án ... với các nội
      // dung chủ yếu sau:" over "1. Mục tiêu", "2. Nhiệm vụ và giải pháp").
      if (((nested && node.text === undefined) || leadsInToSections(node)) && !node.table && (!own || own.section !== inherited)) {
        if (own) { started = true; last = own.section; leadIn = false; }
        outline.push(entry(uniqueId(id, node.line), node, matches.map((m) => m.section)));
        place(node.children, pathFor(node, id, parentId), undefined, own?.section ?? inherited ?? fallback);
        return;
      }
      // "QUYẾT ĐỊNH:" over its articles: the articles are placed as if they stood on their own
      if (node.heading && node.label === undefined && heading !== undefined && node.children.length > 0 && !node.table && isEnactingLine(heading)) {
        outline.push(entry(uniqueId(id, node.line), node, []));
        place(node.children, pathFor(node, id, parentId), inherited, fallback);
        return;
      }
      if (own && own.section !== inherited && node.text === undefined && !node.table) {
        started = true;
        last = own.section;
        leadIn = false;
        outline.push(entry(uniqueId(id, node.line), node, [own.section]));
        placeItems(node.children, pathFor(node, id, parentId), own.section, own.section === 'goals' ? own.scope : undefined);
        return;
      }
      const next = nodes[i + 1];
      // the sentence that opens a list: numbered points follow, or (in a letter) paragraphs that assign work
      const opensList = next !== undefined && ((next.label !== undefined && !next.label.bullet) || (isParagraph(next) && isAssigningParagraph(next.text as string)));
      if (!inherited && !node.heading && node.label === undefined && opensList && isTaskLeadIn(node.text ?? '')) {
        push(started ? (fallback ?? 'other') : 'preamble', toItem(node, id, 'preamble'));
        leadIn = true;
        return;
      }
      // A numbered heading on a topic of its own after the viewpoints, goals or tasks of a plan
      // ("III. PHÁT TRIỂN HẠ TẦNG SỐ") is a group of tasks.
      const topicHeading = !inherited && node.heading && node.label !== undefined && !node.label.bullet && (last === 'viewpoints' || last === 'goals' || last === 'tasks');
      let section: SectionKey = inherited ?? (leadIn || topicHeading ? 'tasks' : started ? (fallback ?? 'other') : (fallback ?? 'preamble'));
      if (leadIn && !inherited && node.label && isImplementationItem(`${node.title ?? ''} ${node.text ?? ''}`)) section = 'implementation';
      // the opening points that weigh what was done, before any duty: "1. Sau 10 năm thực hiện ..."
      else if (leadIn && !inherited && node.label && !node.label.bullet && !assigned && node.title === undefined && isAssessmentItem(node.text ?? '')) section = 'background';
      if (section === 'tasks') assigned = true;
      if (!inherited && closing.has(node)) section = 'implementation';
      // a decision's own articles on its effect and on who executes it: "Điều 3. Chánh Văn phòng ... chịu trách nhiệm thi hành"
      if (!inherited && (section === 'preamble' || section === 'other') && node.label?.scheme === 'article' && isExecutionArticle(`${node.title ?? ''} ${node.text ?? ''}`)) section = 'implementation';
      if (leadIn && !inherited) started = true;
      push(section, toItem(node, id, section));
    });
  };

  const placeItems = (nodes: OutlineNode[], parentId: string, section: SectionKey, scope: GoalScope | undefined): void => {
    const tokens = childTokens(nodes, parentId, counters);
    nodes.forEach((node, i) => {
      const heading = headingText(node);
      const matches = heading ? matchSections(heading) : [];
      const other = matches[0];
      // A short sub-heading that starts with another section's words ("2. Đối tượng áp dụng" under
      // "MỤC TIÊU, ĐỐI TƯỢNG"); words further in ("... đáp ứng yêu cầu") do not switch sections.
      if (other && other.section !== section && namesSection(node) && node.text === undefined && section !== 'appendices') {
        outline.push(entry(uniqueId(tokens[i] as string, node.line), node, [other.section]));
        placeItems(node.children, tokens[i] as string, other.section, other.scope);
        return;
      }
      const item = toItem(node, tokens[i] as string, section);
      if (section === 'goals' && scope && !item.scope) item.scope = scope;
      push(section, item);
    });
  };

  const push = (section: SectionKey, item: Item): void => {
    // A task table or a table of indicators in an appendix goes to tasks or goals; the appendix
    // heading then opens that section too.
    const kind = item.table && !item.table.rows ? tableKind(item.table.header) : undefined;
    const target: SectionKey = kind === 'tasks' ? 'tasks' : kind === 'indicators' ? 'goals' : section;
    if (target !== section) {
      const owner = [...outline].reverse().find((o) => item.id.startsWith(`${o.id}.`));
      if (owner && !owner.sections.includes(target)) owner.sections.push(target);
    }
    sections[target].push(item);
  };

  /** Row items of a task or indicator table, with ids under the appendix's path, made unique. */
  const rowItems = (node: OutlineNode, id: string): Item[] | undefined => {
    const table = node.table;
    if (!table || !tableKind(table.header)) return undefined;
    const base = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '';
    const items = tableItems(table.header, table.rows, table.rowLines, base);
    const renumber = (list: Item[]): void => {
      for (const it of list) {
        it.id = uniqueId(it.id, it.line);
        if (it.items) renumber(it.items);
      }
    };
    renumber(items);
    return items;
  };

  const toItem = (node: OutlineNode, id: string, section: SectionKey): Item => {
    const item: Item = { id: uniqueId(id, node.line), label: node.label?.raw ?? '', line: node.line };
    if (node.title !== undefined) item.title = node.title;
    if (node.text !== undefined) item.text = node.text;
    if (section === 'goals') {
      const year = targetYear(node.title ?? '');
      // "Mục tiêu cụ thể", or a goal heading for a year ("1. Đến năm 2030") over its targets
      // or an inline lead: "a) Mục tiêu tổng quát: Củng cố ..."
      const lead = node.title === undefined ? /^([^:]{3,40}):/u.exec(node.text ?? '')?.[1] : undefined;
      const scope = goalScope(node.title ?? lead ?? '') ?? (year && node.title && node.title.length <= 80 ? 'specific' : undefined);
      if (scope) item.scope = scope;
      if (year) item.year = year;
    }
    const rows = rowItems(node, id);
    if (node.table) item.table = rows ? { header: node.table.header } : { header: node.table.header, rows: node.table.rows };
    if (rows) item.items = rows;
    const children = node.children;
    if (children.length && !rows) {
      const tokens = childTokens(children, id, counters);
      item.items = children.map((c, i) => toItem(c, tokens[i] as string, section));
    }
    titleFromShortText(item);
    absorbFirstParagraph(item);
    return item;
  };

  place(roots, '', undefined);
  return { sections, outline, repeated };
}

/** A numbered point that leads in (outline/build.ts leadsIn) to headings below that name sections. */
function leadsInToSections(node: OutlineNode): boolean {
  return leadsIn(node) && node.children.some((c) => hasSectionHeading(c));
}

/** A paragraph with no label, heading, children or table. */
const isParagraph = (n: OutlineNode): boolean => n.label === undefined && !n.heading && !n.table && !n.children.length && n.text !== undefined;

/**
 * The paragraphs that close the body (classify/sections.ts isClosingParagraph) are nested under the last
 * numbered point, as every unlabeled paragraph after a point is. They are moved up, to the end of the
 * outermost implementation heading they are in, or to the top level, where they are implementation: the top-level
 * ones are returned. The body ends where the appendices begin.
 */
function liftClosing(roots: OutlineNode[]): Set<OutlineNode> {
  const lifted = new Set<OutlineNode>();
  let end = roots.findIndex((n) => n.label?.scheme === 'appendix' || (headingText(n) !== undefined && matchSections(headingText(n) as string)[0]?.section === 'appendices' && matchSections(headingText(n) as string)[0]?.at === 0));
  if (end < 0) end = roots.length;
  const top = roots[end - 1];
  if (!top) return lifted;
  // the path of last children down from the body's last top-level node
  const path: OutlineNode[] = [top];
  for (let n = top; n.children.length; n = n.children[n.children.length - 1] as OutlineNode) path.push(n.children[n.children.length - 1] as OutlineNode);
  const parent = path[path.length - 2];
  const siblings = parent ? parent.children : roots.slice(0, end);
  const run: OutlineNode[] = [];
  for (let i = siblings.length - 1; i >= 0; i--) {
    const n = siblings[i] as OutlineNode;
    if (!isParagraph(n) || !isClosingParagraph(n.text as string)) break;
    run.unshift(n);
  }
  if (!run.length) return lifted;
  // the only paragraph under a titled point is its text ("Điều 6. Hiệu lực thi hành" / "Quy chế này
  // có hiệu lực kể từ ngày ký."), not a paragraph after it
  if (parent?.label && !parent.label.bullet && parent.title !== undefined && parent.text === undefined && run[0] === parent.children[0]) return lifted;
  // already at the top level (a letter's paragraphs after its opening sentence): implementation where they are
  if (!parent) {
    for (const n of run) lifted.add(n);
    return lifted;
  }
  // the outermost: "VI. TỔ CHỨC THEO DÕI ..." rather than its "2. Chế độ báo cáo"
  const home = path.slice(0, -1).find((n) => n.heading && namesSection(n) && matchSections(headingText(n) as string)[0]?.section === 'implementation');
  if (home === parent) return lifted;
  if (parent) parent.children.splice(parent.children.length - run.length, run.length);
  if (home) home.children.push(...run);
  else {
    if (parent) roots.splice(end, 0, ...run);
    for (const n of run) lifted.add(n);
  }
  return lifted;
}

/**
 * The id path below a heading: its own id, except that an unlabeled heading at the top (a title
 * such as "QUYẾT ĐỊNH:" or "CHƯƠNG TRÌNH HÀNH ĐỘNG") adds nothing, so its items read I.1, not p2.I.1.
 */
function pathFor(node: OutlineNode, id: string, parentId: string): string {
  return parentId === '' && node.label === undefined ? '' : id;
}

/** Text this short over sub-items, with no sentence ending, is a heading: "1. Tổ chức quán triệt, phổ biến Luật". */
const SHORT_TITLE = 120;

function titleFromShortText(item: Item): void {
  if (item.title !== undefined || item.text === undefined || !item.items?.length) return;
  if (item.text.length > SHORT_TITLE || /[.;!?…]$/.test(item.text)) return;
  if (item.text.endsWith(':') && item.text.length > LEAD_IN_TITLE_MAX) return;
  item.title = item.text;
  delete item.text;
}

/** An item with a title or a bare label and no text takes its first unlabeled paragraph as its text. */
function absorbFirstParagraph(item: Item): void {
  const first = item.items?.[0];
  const bare = item.title === undefined && item.label !== '';
  if ((item.title === undefined && !bare) || item.text !== undefined || !first) return;
  if (first.label !== '' || first.items || first.table || first.title !== undefined || first.text === undefined) return;
  item.text = first.text;
  item.items = item.items?.slice(1);
  if (!item.items?.length) delete item.items;
}

function entry(id: string, node: OutlineNode, sections: SectionKey[]): OutlineEntry {
  return { id, label: node.label?.raw ?? '', title: node.title ?? node.text ?? '', line: node.line, sections };
}

/** The words that name a node's section: its title, or its text when it is a short heading. */
function headingText(node: OutlineNode): string | undefined {
  // "PHỤ LỤC I" names its section by its label.
  if (node.label?.scheme === 'appendix') return `${node.label.raw} ${node.title ?? ''}`;
  if (node.title !== undefined) return node.title;
  if (node.heading && node.text !== undefined) return node.text;
  return undefined;
}

/** A heading that begins with a section's words ("Mục tiêu cụ thể", "2. Đối tượng áp dụng"). */
function namesSection(node: OutlineNode, except?: SectionKey): boolean {
  const heading = headingText(node);
  if (!heading || !node.heading || heading.length > 80) return false;
  const first = matchSections(heading)[0];
  return first !== undefined && first.at === 0 && first.section !== except;
}

/** Some heading below (three levels at most) names a section other than `except`. */
function hasSectionHeading(node: OutlineNode, except?: SectionKey, depth = 0): boolean {
  if (namesSection(node, except)) return true;
  return depth < 3 && node.children.some((c) => hasSectionHeading(c, except, depth + 1));
}

interface Counters { bullets: number; paragraphs: number; tables: number; appendices: number }

/**
 * Ids of siblings: label tokens; bullets, paragraphs and tables by position. Positions go on
 * counting under the same path, so children of a transparent heading do not restart at p1.
 */
function childTokens(nodes: OutlineNode[], parentId: string, counters: Map<string, Counters>): string[] {
  let c = counters.get(parentId);
  if (!c) {
    c = { bullets: 0, paragraphs: 0, tables: 0, appendices: 0 };
    counters.set(parentId, c);
  }
  const count = c;
  const join = (t: string): string => (parentId ? `${parentId}.${t}` : t);
  return nodes.map((node) => {
    const label = node.label;
    if (node.table) return join(`t${++count.tables}`);
    if (!label) return join(`p${++count.paragraphs}`);
    if (label.bullet) return join(String(++count.bullets));
    if (label.scheme === 'appendix' && label.token === 'PL') return join(`PL${++count.appendices}`); // unnumbered "PHỤ LỤC"s in order
    const token = label.token;
    // "1.1." under "1." keeps only its last part: II.1.1, not II.1.1.1.
    const parentLast = parentId.split('.').pop() ?? '';
    if ((label.scheme === 'decimal' || label.scheme === 'roman-decimal') && token.includes('.')) {
      const parts = token.split('.');
      const prefix = parts.slice(0, -1).join('.');
      if (prefix === parentLast || parentId.endsWith(prefix)) return join(parts[parts.length - 1] as string);
      if (label.scheme === 'roman-decimal') return token;
    }
    return join(token);
  });
}
