// goal-uncovered: a goal's target whose indicator no task or implementation item mentions — a
// target with no work planned towards it. Conservative by design (docs/rules/goal-uncovered.md):
// the indicator becomes "terms" — pairs of adjacent folded syllables (Vietnamese words are mostly
// two syllables: "thất nghiệp", "chuyển đổi") that are not generic ("tỷ lệ", "trên địa bàn"), and
// acronyms and codes as written (GRDP, HTX, 5G) — and it is reported only when not one term appears in the tasks.

import type { Item } from '../../model/types.js';
import { fold } from '../../text/normalize.js';
import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { listOf, visitItems } from '../pointer.js';
import { visitTargets } from '../targets.js';
import type { Finding, Rule } from '../types.js';

const code = 'goal-uncovered';

/** Function words and measure words: a pair holding one says nothing about the subject. */
const STOP = new Set([
  'cac', 'cua', 'va', 'tren', 'trong', 'voi', 'cho', 'tu', 'den', 'la', 'mot', 'nhung', 'co', 'duoc', 'dat', 'nam', 'tai', 'theo',
  've', 'o', 'hoac', 'it', 'nhat', 'toi', 'thieu', 'da', 'khong', 'hon', 'duoi', 'khoang', 'moi', 'nay', 'do', 'the', 'nhu', 'bang',
  'phan', 'dau', 'ra', 'vao', 'len', 'xuong', 'con', 'tro', 'thi', 'ma', 'se', 'deu', 'tong', 'ty', 'le', 'muc',
]);
/** Pairs that stand in any indicator and any task: they would cover everything. */
const GENERIC = new Set(['dia ban', 'so luong', 'ca nuoc', 'binh quan', 'hang nam', 'chi tieu', 'muc tieu', 'giai doan', 'nhiem vu', 'thuc hien', 'trien khai']);

/** Folded syllables, numbers dropped. */
function syllables(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter((s) => s !== '' && !/^\d+$/.test(s));
}

/** The terms of an indicator: significant syllable pairs and acronyms. */
export function indicatorTerms(indicator: string): string[] {
  const words = syllables(indicator);
  const terms = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] as string;
    const b = words[i + 1] as string;
    if (STOP.has(a) || STOP.has(b) || GENERIC.has(`${a} ${b}`)) continue;
    terms.add(`${a} ${b}`);
  }
  for (const m of indicator.matchAll(/(?<![\p{L}\p{N}])(?=\p{N}*\p{Lu})[\p{Lu}\p{N}&]{2,}(?![\p{L}\p{N}])/gu)) {
    const acronym = syllables(m[0]).join(' ');
    if (acronym.length >= 2) terms.add(acronym);
  }
  return [...terms];
}

function itemWords(item: Item): string {
  const parts = [item.title, item.text, ...listOf(item.cells), ...listOf(item.outputs), ...listOf(item.targets).map((t) => t?.indicator)];
  return parts.filter((p): p is string => typeof p === 'string').join(' ');
}

export const goalUncovered: Rule = {
  code,
  defaultSeverity: 'info',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const work = visitItems(model, ['tasks', 'implementation']);
    // No tasks at all: the document states goals only (or its tasks were not recognised).
    if (work.length === 0) return [];
    const hay = ` ${work.map((v) => syllables(itemWords(v.item)).join(' ')).join(' | ')} `;
    const reported = new Set<string>();
    const out: Finding[] = [];
    for (const { item, target, targetPath } of visitTargets(model, ['goals'])) {
      if (typeof target.indicator !== 'string') continue;
      const key = syllables(target.indicator).join(' ');
      const terms = indicatorTerms(target.indicator);
      if (terms.length === 0 || reported.has(key) || terms.some((t) => hay.includes(` ${t} `))) continue;
      reported.add(key);
      out.push({ code, path: `${targetPath}/indicator`, message: lintMessage(code, ctx.lang, { id: item.id, indicator: target.indicator }) });
    }
    return out;
  },
};
