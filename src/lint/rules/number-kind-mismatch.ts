// number-kind-mismatch: the type code of the document's number (NQ in 57-NQ/TW, KH in 45/KH-UBND)
// names a different kind than document.kind — a directive numbered NQ, a plan numbered QĐ. Either
// the number or the kind was misread (or mistyped in a hand-edited model). Codes and kinds come
// from the table in src/lexicon/kinds.ts. Not reported: kinds "other" and "news" (no kind to
// disagree with), and codes of document forms that carry another document's kind (VBHN, a
// consolidated text of a decree or circular; TTr, CV).

import { numberTypeCode } from '../../header/number.js';
import { TYPE_CODES } from '../../lexicon/kinds.js';
import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import type { Rule } from '../types.js';

const code = 'number-kind-mismatch';

export const numberKindMismatch: Rule = {
  code,
  defaultSeverity: 'warning',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const { number, kind } = model.document ?? {};
    if (typeof number !== 'string' || kind === undefined || kind === 'other' || kind === 'news') return [];
    const found = numberTypeCode(number);
    const type = TYPE_CODES.find((t) => t.code === found);
    if (!type || type.kind === 'other' || type.kind === kind) return [];
    return [{ code, path: '/document/number', message: lintMessage(code, ctx.lang, { number, code: type.code, label: type.label, kind }) }];
  },
};
