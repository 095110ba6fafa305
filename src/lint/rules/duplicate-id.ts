// duplicate-id: ids are label paths and unique in a document (model.md rule 3); two items with one
// id make references, diffs and the bodies index ambiguous.

import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { visitItems } from '../pointer.js';
import type { Finding, Rule } from '../types.js';

const code = 'duplicate-id';

export const duplicateId: Rule = {
  code,
  defaultSeverity: 'error',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const first = new Map<string, string>();
    const out: Finding[] = [];
    for (const { item, path } of visitItems(model)) {
      if (typeof item.id !== 'string') continue;
      const seen = first.get(item.id);
      if (seen === undefined) first.set(item.id, path);
      else {
        const firstLine = ctx.lineOf?.(`${seen}/id`);
        out.push({ code, path: `${path}/id`, message: lintMessage(code, ctx.lang, { id: item.id, first: seen, ...(firstLine ? { firstLine } : {}) }) });
      }
    }
    return out;
  },
};
