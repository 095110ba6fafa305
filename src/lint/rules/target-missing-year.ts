// target-missing-year: a goal's target with no year cannot be tracked or exported as "by when".

import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { visitTargets } from '../targets.js';
import type { Rule } from '../types.js';

const code = 'target-missing-year';

export const targetMissingYear: Rule = {
  code,
  defaultSeverity: 'info',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    return visitTargets(model, ['goals'])
      .filter(({ target }) => target.year === undefined || target.year === null)
      .map(({ item, target, targetPath }) => ({
        code,
        path: targetPath,
        message: lintMessage(code, ctx.lang, { id: item.id, text: target.text ?? '' }),
      }));
  },
};
