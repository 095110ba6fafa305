// Text hygiene shared by every stage: NFC, spaces, dash look-alikes, and folding for comparison.

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Normalises one line of source text: NFC, non-breaking and odd spaces, dash look-alikes, tabs. */
export function cleanLine(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(DASHES, '-').replace(/\t/g, '    ');
}

/** Folds runs of white space to one space and trims. */
export function squashSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// Two tone placements are in use: modern (hoà, thuý, uỷ) and traditional (hòa, thúy, ủy).
// Canonical keys use the traditional one: in an open syllable ending in oa, oe or uy, the tone
// mark moves from the last vowel to the one before it.
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const MODERN = new RegExp(`([oOuU])([aAeEyY])(${TONES.join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/** Unifies tone-mark placement to the traditional style (hòa, thúy, ủy), keeping case. */
export function unifyTones(s: string): string {
  const nfd = s.normalize('NFD');
  return nfd
    .replace(MODERN, (m, first: string, second: string, tone: string) => {
      const pair = (first + second).toLowerCase();
      if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return m;
      return first + tone + second;
    })
    .normalize('NFC');
}

/** Comparison form: NFC, one tone placement, lower case, single spaces. Keeps diacritics. */
export function canon(s: string): string {
  return squashSpaces(unifyTones(s.normalize('NFC')).toLowerCase());
}

/** Search form: no diacritics, đ → d, lower case, single spaces. Used for keyword matching. */
export function fold(s: string): string {
  return squashSpaces(
    s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase(),
  );
}
