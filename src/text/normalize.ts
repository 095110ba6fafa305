// Text hygiene shared by every stage: NFC, spaces, dash look-alikes, and folding for comparison.

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Any character the replacements of cleanLine change. */
const UNCLEAN = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D\t]/;

/** Normalises one line of source text: NFC, non-breaking and odd spaces, dash look-alikes, tabs. */
export function cleanLine(s: string): string {
  const nfc = s.normalize('NFC');
  if (!UNCLEAN.test(nfc)) return nfc;
  return nfc.replace(INVISIBLE, '').replace(SPACES, ' ').replace(DASHES, '-').replace(/\t/g, '    ');
}

/** White space other than a plain space, or two spaces in a row: what squashSpaces changes inside a text. */
const UNSQUASHED = /[^\S ]| {2}/;

/** Folds runs of white space to one space and trims. */
export function squashSpaces(s: string): string {
  // most texts are already so: nothing to trim at either end and nothing to fold
  if (s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !UNSQUASHED.test(s)) return s;
  return s.replace(/\s+/g, ' ').trim();
}

// Two tone placements are in use: modern (hoà, thuý, uỷ) and traditional (hòa, thúy, ủy).
// Canonical keys use the traditional one: in an open syllable ending in oa, oe or uy, the tone
// mark moves from the last vowel to the one before it.
// Worked on composed text (NFC) directly: a pair of letters and one lookup, no decomposition.
const TONED: Record<string, [string, string]> = {};
const PLAIN = { a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ', o: 'òóỏõọ', u: 'ùúủũụ' };
for (const [base, forms] of Object.entries(PLAIN)) {
  [...forms].forEach((f, tone) => {
    TONED[f] = [base, String(tone)];
    TONED[f.toUpperCase()] = [base.toUpperCase(), String(tone)];
  });
}
const WITH_TONE: Record<string, string[]> = {};
for (const [base, forms] of Object.entries(PLAIN)) {
  WITH_TONE[base] = [...forms];
  WITH_TONE[base.toUpperCase()] = [...forms.toUpperCase()];
}
const MODERN = /([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![\p{L}\p{M}])|([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/** Unifies tone-mark placement to the traditional style (hòa, thúy, ủy), keeping case. */
export function unifyTones(s: string): string {
  return s.normalize('NFC').replace(MODERN, (m, o?: string, oSecond?: string, u?: string, uSecond?: string) => {
    const first = (o ?? u) as string;
    const [plain, tone] = TONED[(oSecond ?? uSecond) as string] ?? [];
    const toned = WITH_TONE[first]?.[Number(tone)];
    return plain && toned ? toned + plain : m;
  });
}

/**
 * Words and short phrases are folded again and again (every extractor reads every sentence):
 * their folded forms are remembered, up to a bound, so the work grows with the vocabulary.
 */
export function remembered<T>(f: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (s.length > 48) return f(s);
    let v = seen.get(s);
    if (v === undefined) {
      if (seen.size >= 20_000) seen.clear();
      seen.set(s, (v = f(s)));
    }
    return v;
  };
}

/** Comparison form: NFC, one tone placement, lower case, single spaces. Keeps diacritics. */
export const canon = remembered((s: string): string => squashSpaces(unifyTones(s.normalize('NFC')).toLowerCase()));

/** Search form: no diacritics, đ → d, lower case, single spaces. Used for keyword matching. */
export const fold = remembered((s: string): string =>
  squashSpaces(s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()));
