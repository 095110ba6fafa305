// JSON pointers (RFC 6901) into the model, and a walk over every item with its pointer.

import { SECTION_KEYS, type Item, type Model, type SectionKey } from '../model/types.js';
import { shared } from './run.js';

/** Escapes one reference token: "~" → "~0", "/" → "~1". */
function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A pointer from its tokens: pointer('tasks', 0, 'items') → "/tasks/0/items". */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join('');
}

/** The value a pointer designates, or undefined when it does not resolve. */
export function resolvePointer(root: unknown, path: string): unknown {
  if (path === '') return root;
  let value: unknown = root;
  for (const raw of path.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) value = /^(0|[1-9]\d*)$/.test(token) ? value[Number(token)] : undefined;
    else if (value !== null && typeof value === 'object' && Object.hasOwn(value, token)) value = (value as Record<string, unknown>)[token];
    else return undefined;
    if (value === undefined) return undefined;
  }
  return value;
}

export interface Visit {
  item: Item;
  /** pointer to the item */
  path: string;
  section: SectionKey;
}

/** The items of a model loaded from YAML may be anything: only arrays are walked. */
export function listOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Every item of the given sections, at any depth, in document order within each section. Within a
 * lint() run the model is walked once and the lists are shared: callers must not change them.
 */
export function visitItems(model: Model, sections: readonly SectionKey[] = SECTION_KEYS): readonly Visit[] {
  if (sections === SECTION_KEYS) return shared(model, 'items', () => walkItems(model));
  return shared(model, `items:${sections.join(',')}`, () => {
    const bySection = shared(model, 'items by section', () => groupBySection(visitItems(model)));
    return sections.flatMap((section) => bySection.get(section) ?? []);
  });
}

function groupBySection(visits: readonly Visit[]): Map<SectionKey, Visit[]> {
  const groups = new Map<SectionKey, Visit[]>();
  for (const v of visits) {
    const group = groups.get(v.section);
    if (group) group.push(v);
    else groups.set(v.section, [v]);
  }
  return groups;
}

function walkItems(model: Model): Visit[] {
  const out: Visit[] = [];
  const walk = (items: Item[], path: string, section: SectionKey): void => {
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === null || typeof item !== 'object') continue;
      const here = `${path}/${i}`;
      out.push({ item, path: here, section });
      if (Array.isArray(item.items)) walk(item.items, `${here}/items`, section);
    }
  };
  for (const section of SECTION_KEYS) walk(listOf(model[section]), pointer(section), section);
  return out;
}
