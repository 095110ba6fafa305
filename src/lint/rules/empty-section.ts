// empty-section: a heading of the outline opens a section (outline[].sections) but that section
// holds no item below the heading. What is checked: for each section the entry names, some item of
// that section (at any depth) has an id under the heading's id ("II." holds II.1.a). An unlabeled
// heading at the top ("QUYẾT ĐỊNH:") gives its children no id prefix; for it, an item of the section
// whose source line is after the heading and before the next unlabeled heading counts.
// A heading with an empty section usually means its content went elsewhere ("other") or is missing.
// An appendix that names another section too is empty only when that one is: its table's rows are tasks.

import type { SectionKey } from '../../model/types.js';
import { SECTION_KEYS } from '../../model/types.js';
import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { listOf, pointer, visitItems } from '../pointer.js';
import { countUpTo } from '../sorted.js';
import type { Finding, Rule } from '../types.js';

const code = 'empty-section';

/** What the items of one section offer a heading: the id prefixes they lie under, and their lines. */
interface SectionItems {
  /** "II" and "II.1" for an item II.1.a: an id has one of these followed by "." */
  prefixes: Set<string>;
  /** the items' lines as numbers, ascending (those that are not numbers left out) */
  lines: number[];
}

function sectionItems(model: Parameters<Rule['check']>[0]): Map<SectionKey, SectionItems> {
  const out = new Map<SectionKey, SectionItems>();
  for (const { item, section } of visitItems(model)) {
    if (typeof item.id !== 'string') continue;
    let here = out.get(section);
    if (here === undefined) out.set(section, (here = { prefixes: new Set(), lines: [] }));
    for (let dot = item.id.indexOf('.'); dot >= 0; dot = item.id.indexOf('.', dot + 1)) here.prefixes.add(item.id.slice(0, dot));
    // as `item.line > line` reads it, whatever the model holds
    const line = Number(item.line);
    if (!Number.isNaN(line)) here.lines.push(line);
  }
  for (const here of out.values()) here.lines.sort((a, b) => a - b);
  return out;
}

/** Whether some of the ascending `lines` lie strictly between `after` and `before`. */
function anyBetween(lines: readonly number[], after: number, before: number): boolean {
  const first = countUpTo(lines, after);
  return first < lines.length && (lines[first] as number) < before;
}

export const emptySection: Rule = {
  code,
  defaultSeverity: 'info',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const outline = listOf(model.outline);
    const bySection = sectionItems(model);
    // the next unlabeled heading after each entry
    const nextUnlabeled: (number | undefined)[] = [];
    for (let i = outline.length - 1, next: number | undefined; i >= 0; i--) {
      nextUnlabeled[i] = next;
      if (outline[i]?.label === '') next = i;
    }
    const out: Finding[] = [];
    outline.forEach((entry, i) => {
      if (!entry || typeof entry.id !== 'string') return;
      const line = Number(entry.line) || 0;
      const unlabeled = entry.label === '';
      const after = nextUnlabeled[i];
      const end = after !== undefined ? Number(outline[after]?.line) || Infinity : Infinity;
      const holds = (section: SectionKey): boolean => {
        const here = bySection.get(section);
        return here !== undefined && (here.prefixes.has(entry.id) || (unlabeled && anyBetween(here.lines, line, end)));
      };
      const sections = listOf(entry.sections);
      // an appendix whose table became tasks ("PHỤ LỤC" naming appendices and tasks) holds its content there
      const elsewhere = sections.some((s) => s !== 'appendices' && (SECTION_KEYS as readonly string[]).includes(s) && holds(s));
      sections.forEach((section, k) => {
        if (!(SECTION_KEYS as readonly string[]).includes(section) || holds(section) || (section === 'appendices' && elsewhere)) return;
        out.push({
          code,
          path: pointer('outline', i, 'sections', k),
          message: lintMessage(code, ctx.lang, { label: entry.label, title: String(entry.title ?? '').slice(0, 80), section }),
        });
      });
    });
    return out;
  },
};
