// unknown-body: a lead or support body that is not one of the bodies configured in
// vanban.config.yaml (compared by canonical key, so "UBND tỉnh" and "Ủy ban nhân dân tỉnh", "Tỉnh uỷ"
// and "Tỉnh ủy" are one). Runs only when bodies are configured. Names that stand for a kind of body
// ("các sở, ban, ngành", "UBND các phường, xã", "Doanh nghiệp viễn thông": namesNoOne) name no one
// body and are never reported; a name handed down from a parent is reported once, on the parent.
// The caller passes configured names and their aliases, and each written name is checked itself:
// the model's bodies index may be out of date after a hand edit. Offers the closest configured
// body as "did you mean" when its folded key is within a few edits (levenshtein.ts).

import { bodyKey } from '../../extract/body-key.js';
import { namesNoOne } from '../../extract/body-tokens.js';
import { remembered } from '../../text/normalize.js';
import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { MAX_SUGGESTION_EDITS, boundedDistance, suggestionBound } from '../levenshtein.js';
import { SECTION_KEYS, type Item } from '../../model/types.js';
import { listOf, pointer } from '../pointer.js';
import type { Finding, Rule } from '../types.js';

const code = 'unknown-body';

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

/** Written names recur in every document of a batch: their keys are remembered. */
const keyOf = remembered(bodyKey);
/** Collective and generic names recur too. */
const noOne = remembered(namesNoOne);

/** The configured bodies, keyed once for every model linted with the same list. */
class Configured {
  readonly names: readonly string[];
  readonly known: Known[];
  readonly keys: Set<string>;
  /** indices into `known` by key length, in order */
  private readonly byLength = new Map<number, number[]>();
  private readonly nearest = new Map<string, Known | undefined>();

  constructor(names: readonly string[]) {
    this.names = [...names];
    this.known = names.map((name) => ({ name, key: keyOf(name) })).filter((k) => k.key !== '');
    this.keys = new Set(this.known.map((k) => k.key));
    this.known.forEach((k, i) => {
      const list = this.byLength.get(k.key.length);
      if (list) list.push(i);
      else this.byLength.set(k.key.length, [i]);
    });
  }

  /** closestBody over the configured list, trying only keys whose length is within the most edits allowed. */
  closest(key: string): Known | undefined {
    if (this.nearest.has(key)) return this.nearest.get(key);
    const candidates: number[] = [];
    for (let n = key.length - MAX_SUGGESTION_EDITS; n <= key.length + MAX_SUGGESTION_EDITS; n++) candidates.push(...(this.byLength.get(n) ?? []));
    candidates.sort((a, b) => a - b);
    const near = closestBody(key, candidates.map((i) => this.known[i] as Known));
    if (this.nearest.size >= 20_000) this.nearest.clear();
    this.nearest.set(key, near);
    return near;
  }

  matches(names: readonly string[]): boolean {
    return names.length === this.names.length && names.every((n, i) => n === this.names[i]);
  }
}

let lastConfigured: Configured | undefined;

const ROLES = ['lead', 'support'] as const;
type Keys = Record<(typeof ROLES)[number], Set<string>>;

/** The items below `item` that hold the name `key` in `role`, each under a parent that holds it too. */
function copiesBelow(item: Item, role: (typeof ROLES)[number], key: string): number {
  let n = 0;
  for (const child of listOf(item.items)) {
    if (child === null || typeof child !== 'object') continue;
    if (listOf(child[role]).some((name) => typeof name === 'string' && keyOf(name) === key)) n += 1 + copiesBelow(child, role, key);
  }
  return n;
}

function configured(names: readonly string[]): Configured {
  if (!lastConfigured?.matches(names)) lastConfigured = new Configured(names);
  return lastConfigured;
}

export const unknownBody: Rule = {
  code,
  defaultSeverity: 'warning',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const bodies = configured(ctx.knownBodies);
    if (bodies.known.length === 0) return [];
    const out: Finding[] = [];
    // A name an item shares with its parent in the same role is the parent's, handed down (the
    // tasks under "2. Sở Tài chính"): it is reported once, on the parent, with how many copies.
    const walk = (items: Item[] | undefined, path: string, above: Keys | undefined): void => {
      listOf(items).forEach((item, i) => {
        if (item === null || typeof item !== 'object') return;
        const here = `${path}/${i}`;
        const keys: Keys = { lead: new Set(), support: new Set() };
        for (const role of ROLES) {
          listOf(item[role]).forEach((name, k) => {
            const key = typeof name === 'string' ? keyOf(name) : '';
            if (key === '') return;
            keys[role].add(key);
            if (above?.[role].has(key) || bodies.keys.has(key) || noOne(name as string)) return;
            const near = bodies.closest(key);
            const args = { name: String(name), ...(near ? { suggestion: near.name } : {}) };
            const copies = copiesBelow(item, role, key);
            const message = lintMessage(near ? `${code}.suggest` : code, ctx.lang, args) + (copies ? lintMessage(`${code}.copies`, ctx.lang, { count: copies }) : '');
            out.push({ code, path: `${here}/${role}/${k}`, message });
          });
        }
        walk(item.items, `${here}/items`, keys);
      });
    };
    for (const section of SECTION_KEYS) walk(model[section], pointer(section), undefined);
    return out;
  },
};
