// deadline-after-horizon: a deadline later than the year the document plans to (horizon.year) is
// outside the programme's period. The vision year (tầm nhìn) does not extend it: tasks are work for
// the period, the vision is where the goals point. Only when a document states a vision and no
// period end is the vision the limit.

import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { visitItems } from '../pointer.js';
import type { Finding, Rule } from '../types.js';
import { isoDate, yearOf } from '../dates.js';

const code = 'deadline-after-horizon';

export const deadlineAfterHorizon: Rule = {
  code,
  defaultSeverity: 'warning',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const horizon = model.document?.horizon;
    const limit = yearOf(horizon?.year) ?? yearOf(horizon?.vision);
    if (limit === undefined) return [];
    const out: Finding[] = [];
    for (const { item, path } of visitItems(model)) {
      const due = isoDate(item.deadline?.due);
      if (!due || Number(due.slice(0, 4)) <= limit) continue;
      out.push({ code, path: `${path}/deadline/due`, message: lintMessage(code, ctx.lang, { id: item.id, due, year: limit }) });
    }
    return out;
  },
};
