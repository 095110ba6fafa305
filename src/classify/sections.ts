// Heading words to sections (vietnamese-documents.md §3), using the table in src/lexicon/sections.ts.

import { KIND_PHRASES } from '../lexicon/kinds.js';
import {
  CLOSING_OPENINGS, CLOSING_PROCESS_OPENINGS, CLOSING_PROCESS_WORDS, CLOSING_REQUESTS, CLOSING_SELF_VERBS, CLOSING_SELF_WORD, IMPLEMENTATION_CUES, ASSESSMENT_OPENINGS, ENACTING_LINES, EXECUTION_CUES, REQUEST_OPENINGS, SECTION_RULES, TASK_LEAD_INS, TASK_OPENINGS,
} from '../lexicon/sections.js';
import type { GoalScope, SectionKey } from '../model/types.js';
import { fold } from '../text/normalize.js';

export interface SectionMatch {
  section: SectionKey;
  scope?: GoalScope;
  /** position of the keyword in the heading, in words, not counting a leading "các", "những", "về" */
  at: number;
}

interface Phrase { words: string; section: SectionKey; scope?: GoalScope; whole?: boolean }

/** Folded words only: "Nhiệm vụ, giải pháp" → "nhiem vu giai phap". */
const words = (s: string): string => fold(s).replace(/[^a-z0-9]+/g, ' ').trim();

const PHRASES: Phrase[] = SECTION_RULES.flatMap((rule) => rule.words.map((w) => {
  const p: Phrase = { words: words(w), section: rule.section };
  if (rule.scope) p.scope = rule.scope;
  if (rule.whole) p.whole = true;
  return p;
})).sort((a, b) => b.words.length - a.words.length);

/** Sections named in a heading, in the order they appear, one match per section. */
export function matchSections(heading: string): SectionMatch[] {
  const folded = ` ${words(heading)} `;
  const found: SectionMatch[] = [];
  const taken: [number, number][] = [];
  for (const phrase of PHRASES) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(` ${phrase.words} `, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + phrase.words.length + 1;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      const match: SectionMatch = { section: phrase.section, at: wordIndex(folded, at) };
      if (phrase.whole && folded.trim() !== phrase.words) continue;
      if (phrase.scope) match.scope = phrase.scope;
      found.push(match);
    }
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<SectionKey>();
  return found.filter((m) => (seen.has(m.section) ? false : (seen.add(m.section), true)));
}

const FILLERS = new Set(['cac', 'nhung', 've', 'mot', 'so', 'cong', 'tac']);

function wordIndex(folded: string, at: number): number {
  const before = folded.slice(0, at).trim().split(' ').filter((w) => w !== '');
  let n = before.length;
  for (const w of before) if (FILLERS.has(w)) n--; else break;
  return n;
}

/** The goal scope a heading names ("Mục tiêu tổng quát" → general), if any. */
export function goalScope(heading: string): GoalScope | undefined {
  const folded = ` ${words(heading)} `;
  for (const phrase of PHRASES) {
    if (phrase.section === 'goals' && phrase.scope && folded.includes(` ${phrase.words} `)) return phrase.scope;
  }
  return undefined;
}

/** A sentence that opens a list of tasks: "... thực hiện tốt các nhiệm vụ, giải pháp sau:". */
export function isTaskLeadIn(text: string): boolean {
  if (!/:\s*$/.test(text)) return false;
  const folded = fold(text);
  return TASK_LEAD_INS.some((w) => folded.includes(w));
}

/** An unnumbered paragraph that assigns work: "Giao Sở Tài chính chủ trì ...". */
export function isAssigningParagraph(text: string): boolean {
  return opensWith(` ${words(text.slice(0, 60))} `, TASK_OPENINGS);
}

/** Whether ` folded words ` start with one of the phrases. */
const opensWith = (head: string, phrases: readonly string[]): boolean => phrases.some((o) => head.startsWith(` ${o} `));

/** The closing item of a directive's list that assigns follow-up: implementation. */
export function isImplementationItem(text: string): boolean {
  const head = fold(text).slice(0, 160);
  return IMPLEMENTATION_CUES.some((w) => head.includes(w));
}

/** A decision's article on its own effect or on who executes it ("Điều 3. ... chịu trách nhiệm thi hành Quyết định này"). */
export function isExecutionArticle(text: string): boolean {
  const all = fold(text);
  return EXECUTION_CUES.some((w) => all.includes(w));
}

/** "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" alone: what follows are the articles, not its text. */
export function isEnactingLine(text: string): boolean {
  return ENACTING_LINES.includes(words(text));
}

/** A point that weighs what was done ("Cơ bản thống nhất với Báo cáo ...", "Sau 10 năm thực hiện ..."). */
export function isAssessmentItem(text: string): boolean {
  const head = ` ${words(text.slice(0, 80)).replace(/\b\d+\b/g, '#')} `;
  return opensWith(head, ASSESSMENT_OPENINGS);
}

const SELF_REFERENCES = KIND_PHRASES.map((k) => ` ${words(k.label)} ${CLOSING_SELF_WORD} `);
/** The document's end mark: "./." or "/." after the last sentence. */
const END_MARK = /\/\.\s*$/u;

/** Whether a paragraph closes the body (lexicon/sections.ts CLOSING_OPENINGS and what follows it). */
export function isClosingParagraph(text: string): boolean {
  const head = ` ${words(text)} `;
  if (opensWith(head, CLOSING_OPENINGS)) return true;
  if (opensWith(head, CLOSING_PROCESS_OPENINGS) && CLOSING_PROCESS_WORDS.some((w) => head.includes(` ${w} `))) return true;
  if (SELF_REFERENCES.some((r) => head.startsWith(r)) && CLOSING_SELF_VERBS.some((w) => head.includes(` ${w} `))) return true;
  return END_MARK.test(text) && (SELF_REFERENCES.some((r) => head.includes(r)) || CLOSING_REQUESTS.some((w) => head.includes(` ${w} `)) || opensWith(head, REQUEST_OPENINGS));
}
