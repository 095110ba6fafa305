// numbering-repeat: two sibling labels of one scheme are the same (b) b), 2. 2.). The finding points
// at the label of the second. See src/lint/numbering.ts.

import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { numberingIssues } from '../numbering.js';
import type { Rule } from '../types.js';

const code = 'numbering-repeat';

export const numberingRepeat: Rule = {
  code,
  defaultSeverity: 'warning',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    return numberingIssues(model)
      .filter((issue) => issue.kind === 'repeat')
      .map((issue) => ({ code, path: issue.path, message: lintMessage(code, ctx.lang, { label: issue.label }) }));
  },
};
