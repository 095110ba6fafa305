// deadline-before-document: a deadline due before the document was even issued is a misread date,
// a typo in the year, or a period the text recalls rather than a deadline.

import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { visitItems } from '../pointer.js';
import type { Finding, Rule } from '../types.js';
import { isoDate } from '../dates.js';

const code = 'deadline-before-document';

export const deadlineBeforeDocument: Rule = {
  code,
  defaultSeverity: 'warning',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const date = isoDate(model.document?.date);
    if (!date) return [];
    const out: Finding[] = [];
    for (const { item, path } of visitItems(model)) {
      const due = isoDate(item.deadline?.due);
      if (!due || due >= date) continue;
      out.push({ code, path: `${path}/deadline/due`, message: lintMessage(code, ctx.lang, { id: item.id, due, date }) });
    }
    return out;
  },
};
