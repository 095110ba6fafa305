// goal-uncovered: a goal's target whose indicator no task or implementation item mentions — a
// target with no work planned towards it. Conservative by design (docs/rules/goal-uncovered.md):
// the indicator becomes "terms" — pairs of adjacent folded syllables (Vietnamese words are mostly
// two syllables: "thất nghiệp", "chuyển đổi") that are not generic ("tỷ lệ", "trên địa bàn"), and
// acronyms and codes as written (GRDP, HTX, 5G) — and it is reported only when not one term appears in the tasks.

import { COVERAGE_GENERIC_PAIRS, COVERAGE_STOP_WORDS } from '../../lexicon/coverage.js';
import type { Item } from '../../model/types.js';
import { fold } from '../../text/normalize.js';
import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { listOf, visitItems, type Visit } from '../pointer.js';
import { SyllableWriter, foldedSyllables } from '../syllables.js';
import { visitTargets } from '../targets.js';
import type { Finding, Rule } from '../types.js';

const code = 'goal-uncovered';

const STOP = new Set(COVERAGE_STOP_WORDS.map(fold));
const GENERIC = new Set(COVERAGE_GENERIC_PAIRS.map(fold));

const UPPER = /\p{Lu}/u;
const ACRONYM = /(?<![\p{L}\p{N}])(?=\p{N}*\p{Lu})[\p{Lu}\p{N}&]{2,}(?![\p{L}\p{N}])/gu;

/** The terms of an indicator whose folded syllables are `words`: significant syllable pairs and acronyms. */
function termsOf(indicator: string, words: readonly string[]): string[] {
  const terms = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] as string;
    const b = words[i + 1] as string;
    if (STOP.has(a) || STOP.has(b) || GENERIC.has(`${a} ${b}`)) continue;
    terms.add(`${a} ${b}`);
  }
  // an acronym holds an upper-case letter: most indicators have none
  if (UPPER.test(indicator)) {
    for (const m of indicator.matchAll(ACRONYM)) {
      const acronym = foldedSyllables(m[0]).join(' ');
      if (acronym.length >= 2) terms.add(acronym);
    }
  }
  return [...terms];
}

/** The terms of an indicator: significant syllable pairs and acronyms. */
export function indicatorTerms(indicator: string): string[] {
  return termsOf(indicator, foldedSyllables(indicator));
}

/** Calls `f` with each of an item's words: title, text, cells, outputs and the indicators of its targets. */
function forEachWords(item: Item, f: (words: string) => void): void {
  if (typeof item.title === 'string') f(item.title);
  if (typeof item.text === 'string') f(item.text);
  for (const list of [item.cells, item.outputs]) for (const p of listOf(list)) if (typeof p === 'string') f(p);
  for (const t of listOf(item.targets)) if (typeof t?.indicator === 'string') f(t.indicator);
}

const writer = new SyllableWriter();

/**
 * The folded syllables of the work items, as one text: each item's syllables (its words read as
 * one text) after a space and before a line feed, so that " a b " is found where a term's
 * syllables stand in a row within one item, and never across two.
 */
function workText(work: readonly Visit[]): string {
  writer.clear();
  const write = (words: string): void => writer.write(words);
  for (const { item } of work) {
    writer.put(32);
    forEachWords(item, write);
    writer.put(10);
  }
  return writer.toString();
}

/** Whether some work item mentions a term: its syllables, in a row, within one item. */
function mentioner(work: readonly Visit[]): (term: string) => boolean {
  const text = workText(work);
  const known = new Map<string, boolean>();
  return (term) => {
    let found = known.get(term);
    if (found === undefined) known.set(term, (found = text.includes(` ${term} `)));
    return found;
  };
}

export const goalUncovered: Rule = {
  code,
  defaultSeverity: 'info',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const work = visitItems(model, ['tasks', 'implementation']);
    // No tasks at all: the document states goals only (or its tasks were not recognised).
    if (work.length === 0) return [];
    const goals = visitTargets(model, ['goals']).flatMap(({ item, target, targetPath }) => {
      if (typeof target.indicator !== 'string') return [];
      const words = foldedSyllables(target.indicator);
      return [{ item, indicator: target.indicator, targetPath, key: words.join(' '), terms: termsOf(target.indicator, words) }];
    });
    if (!goals.some((g) => g.terms.length > 0)) return [];
    const mentioned = mentioner(work);
    const reported = new Set<string>();
    const out: Finding[] = [];
    for (const { item, indicator, targetPath, key, terms } of goals) {
      if (terms.length === 0 || reported.has(key) || terms.some(mentioned)) continue;
      reported.add(key);
      out.push({ code, path: `${targetPath}/indicator`, message: lintMessage(code, ctx.lang, { id: item.id, indicator }) });
    }
    return out;
  },
};
