// target-year-outside-horizon: a target for a year before the document's period (a figure about the
// past read as a target) or after its furthest year (vision, else horizon year).
// Lower bound: the earlier of horizon.from and the year of issue, so a plan issued in December for
// the next period may still set targets for the year it is issued in. Upper bound: horizon.vision
// when stated, else horizon.year; with neither, only the lower bound is checked.

import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { visitTargets } from '../targets.js';
import type { Finding, Rule } from '../types.js';
import { yearOf, yearOfDate } from '../dates.js';

const code = 'target-year-outside-horizon';

export const targetYearOutsideHorizon: Rule = {
  code,
  defaultSeverity: 'warning',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const horizon = model.document?.horizon;
    const starts = [yearOf(horizon?.from), yearOfDate(model.document?.date)].filter((y): y is number => y !== undefined);
    const lower = starts.length ? Math.min(...starts) : undefined;
    const upper = yearOf(horizon?.vision) ?? yearOf(horizon?.year);
    const out: Finding[] = [];
    for (const { item, target, targetPath } of visitTargets(model)) {
      const year = yearOf(target.year);
      if (year === undefined) continue;
      const args = { id: item.id, text: target.text ?? '', year };
      if (lower !== undefined && year < lower) {
        out.push({ code, path: `${targetPath}/year`, message: lintMessage(`${code}.before`, ctx.lang, { ...args, limit: lower }) });
      } else if (upper !== undefined && year > upper) {
        out.push({ code, path: `${targetPath}/year`, message: lintMessage(`${code}.after`, ctx.lang, { ...args, limit: upper }) });
      }
    }
    return out;
  },
};
