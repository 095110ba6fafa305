// The canonical key of a body's name, on its own so that the configuration and the lint rules
// can compare names without loading the lexicon that finds bodies in sentences.

import { ABBREVIATIONS } from '../lexicon/bodies.js';
import { fold } from '../text/normalize.js';
import { Scoped } from '../text/scope.js';

const EXPANSIONS = new Map(ABBREVIATIONS.map(([short, long]) => [short, long]));

/** Keys worked out during one document's enrichment (see rememberingBodyKeys). */
const documentKeys = new Scoped<string>();

/** Runs `f` with the key of each name worked out once. */
export function rememberingBodyKeys<T>(f: () => T): T {
  return documentKeys.run(f);
}

/**
 * Canonical key: abbreviations expanded, a bracketed abbreviation dropped, no diacritics, lower case
 * ("UBND tỉnh" = "Ủy ban nhân dân tỉnh", "Đài Truyền hình Việt Nam (VTV)" = "Đài Truyền hình Việt Nam").
 */
export function bodyKey(name: string): string {
  const known = documentKeys.map;
  if (!known) return keyOf(name);
  let key = known.get(name);
  if (key === undefined) known.set(name, (key = keyOf(name)));
  return key;
}

function keyOf(name: string): string {
  const expanded = name.replace(/\s*\([^()]{0,12}\)/gu, '').replace(/[\p{L}&.,]+/gu, (w) => EXPANSIONS.get(w) ?? EXPANSIONS.get(w.replace(/[.,]$/u, '')) ?? w);
  return fold(expanded).replace(/[^a-z0-9& ]+/g, ' ').replace(/\s+/g, ' ').trim();
}
