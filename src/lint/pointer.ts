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
  /** outermost first */
  ancestors: Item[];
}

/** The items of a model loaded from YAML may be anything: only arrays are walked. */
export function listOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Every item of the given sections, at any depth, in document order within each section. Within a
 * lint() run the walk is made once and the list is shared: callers must not change it.
 */
export function visitItems(model: Model, sections: readonly SectionKey[] = SECTION_KEYS): readonly Visit[] {
  return shared(model, `items:${sections.join(',')}`, () => walkItems(model, sections));
}

function walkItems(model: Model, sections: readonly SectionKey[]): Visit[] {
  const out: Visit[] = [];
  const walk = (items: Item[], path: string, section: SectionKey, ancestors: Item[]): void => {
    listOf(items).forEach((item, i) => {
      if (item === null || typeof item !== 'object') return;
      const here = `${path}/${i}`;
      out.push({ item, path: here, section, ancestors });
      walk(listOf(item.items), `${here}/items`, section, [...ancestors, item]);
    });
  };
  for (const section of sections) walk(listOf(model[section]), pointer(section), section, []);
  return out;
}
