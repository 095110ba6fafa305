// empty-section: a heading of the outline opens a section (outline[].sections) but that section
// holds no item below the heading. What is checked: for each section the entry names, some item of
// that section (at any depth) has an id under the heading's id ("II." holds II.1.a). An unlabeled
// heading at the top ("QUYẾT ĐỊNH:") gives its children no id prefix; for it, an item of the section
// whose source line is after the heading and before the next unlabeled heading counts.
// A heading with an empty section usually means its content went elsewhere ("other") or is missing.

import type { SectionKey } from '../../model/types.js';
import { SECTION_KEYS } from '../../model/types.js';
import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { listOf, pointer, visitItems } from '../pointer.js';
import type { Finding, Rule } from '../types.js';

const code = 'empty-section';

export const emptySection: Rule = {
  code,
  defaultSeverity: 'info',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const outline = listOf(model.outline);
    const items = visitItems(model);
    const out: Finding[] = [];
    outline.forEach((entry, i) => {
      if (!entry || typeof entry.id !== 'string') return;
      const line = Number(entry.line) || 0;
      const unlabeled = entry.label === '';
      const nextUnlabeled = outline.slice(i + 1).find((e) => e?.label === '');
      const end = nextUnlabeled ? Number(nextUnlabeled.line) || Infinity : Infinity;
      const holds = (section: SectionKey): boolean =>
        items.some(({ item, section: s }) => s === section && typeof item.id === 'string'
          && (item.id.startsWith(`${entry.id}.`) || (unlabeled && item.line > line && item.line < end)));
      listOf(entry.sections).forEach((section, k) => {
        if (!(SECTION_KEYS as readonly string[]).includes(section) || holds(section)) return;
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
