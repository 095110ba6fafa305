// unknown-body: a lead or support body that is not one of the bodies configured in
// vanban.config.yaml (compared by canonical key, so "UBND tỉnh" and "Ủy ban nhân dân tỉnh", "Tỉnh uỷ"
// and "Tỉnh ủy" are one). Runs only when bodies are configured. Collective subjects ("các sở, ban,
// ngành") name no one body and are never reported. The caller passes configured names and their
// aliases, and each written name is checked itself: the model's bodies index may be out of date
// after a hand edit. Offers the closest configured body as "did you mean" when its folded key is
// within a few edits (levenshtein.ts).

import { bodyKey } from '../../extract/body-key.js';
import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { boundedDistance, suggestionBound } from '../levenshtein.js';
import { listOf, visitItems } from '../pointer.js';
import type { Finding, Rule } from '../types.js';

const code = 'unknown-body';
const COLLECTIVE = /^(?:cac|nhung) /;

interface Known { name: string; key: string }

/** The configured body closest to `key`, within the bound; undefined when none is. */
export function closestBody(key: string, known: readonly Known[]): Known | undefined {
  let best: Known | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    if (bestDistance <= 1) break;
    const bound = Math.min(suggestionBound(Math.max(k.key.length, key.length)), bestDistance - 1);
    const d = boundedDistance(key, k.key, bound);
    if (d <= bound && d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

export const unknownBody: Rule = {
  code,
  defaultSeverity: 'warning',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const known: Known[] = ctx.knownBodies.map((name) => ({ name, key: bodyKey(name) })).filter((k) => k.key !== '');
    if (known.length === 0) return [];
    const keys = new Set(known.map((k) => k.key));
    const nearest = new Map<string, Known | undefined>();
    const out: Finding[] = [];
    for (const { item, path } of visitItems(model)) {
      for (const role of ['lead', 'support'] as const) {
        const names = listOf(item[role]);
        const unknown = names.map((name, i) => ({ name, i, key: typeof name === 'string' ? bodyKey(name) : '' }))
          .filter((n) => n.key !== '' && !keys.has(n.key) && !COLLECTIVE.test(n.key));
        if (unknown.length === 0) continue;
        for (const { name, i, key } of unknown) {
          if (!nearest.has(key)) nearest.set(key, closestBody(key, known));
          const near = nearest.get(key);
          const message = near
            ? lintMessage(`${code}.suggest`, ctx.lang, { name: String(name), suggestion: near.name })
            : lintMessage(code, ctx.lang, { name: String(name) });
          out.push({ code, path: `${path}/${role}/${i}`, message });
        }
      }
    }
    return out;
  },
};

