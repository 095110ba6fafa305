// The authority line that opens the preamble of State documents: "CHÍNH PHỦ", "QUỐC HỘI",
// "THỦ TƯỚNG CHÍNH PHỦ" alone on a line between the title and "Căn cứ ...". Where the letterhead
// named no issuer, it is the issuer; where it did, the line repeats it.

import type { Block } from '../blocks/types.js';
import { fold } from '../text/normalize.js';
import { isUpperText, PhraseSet, sentenceCase } from './casing.js';
import { BODY_STARTERS, SESSION_WORDS } from './lexicon.js';

const AUTHORITY_MAX = 60;
const bodyStarters = new PhraseSet(BODY_STARTERS);

/** The index of an authority line at `start` (skipping nothing), or -1. */
export function authorityLine(blocks: Block[], start: number): number {
  const block = blocks[start];
  const next = blocks[start + 1];
  if (!block || !next || block.type === 'row') return -1;
  const text = block.text.trim();
  if (text.length > AUTHORITY_MAX || !isUpperText(text, 0) || /[:;.]$/.test(text)) return -1;
  return bodyStarters.startOf(next.text.trim()) ? start : -1;
}

/** The term and sitting after an elected body's name: "HỘI ĐỒNG NHÂN DÂN TỈNH X KHÓA XIII, KỲ HỌP THỨ 30". */
const SESSION = new RegExp(`[\\s,;-]+(?:${SESSION_WORDS.join('|')})(?=[\\s,]|$).*$`, 'u');

/** The body an authority line names, without its term and sitting. */
function bodyOf(block: Block): string {
  return block.text.trim().replace(SESSION, '');
}

/** The issuer an authority line names, in sentence case. */
export function authorityIssuer(block: Block): string {
  return sentenceCase(bodyOf(block));
}

/** The line repeats the issuer already known ("CHÍNH PHỦ" under the letterhead CHÍNH PHỦ), with or without its term and sitting. */
export function repeatsIssuer(block: Block, issuer: string): boolean {
  return fold(bodyOf(block)) === fold(issuer);
}
