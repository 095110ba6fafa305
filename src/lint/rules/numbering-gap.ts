// numbering-gap: sibling labels of one scheme skip one or more (a) b) d), 1. 2. 4., I. II. IV.,
// 1.1. 1.2. 1.4.). Letters follow the Vietnamese alphabet: đ) after d) and e) after đ) are right.
// The finding points at the label after the gap. See src/lint/numbering.ts.

import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { numberingIssues } from '../numbering.js';
import type { Rule } from '../types.js';

const code = 'numbering-gap';

export const numberingGap: Rule = {
  code,
  defaultSeverity: 'warning',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    return numberingIssues(model)
      .filter((issue) => issue.kind === 'gap')
      .map((issue) => ({ code, path: issue.path, message: lintMessage(code, ctx.lang, { label: issue.label, previous: issue.previous }) }));
  },
};
