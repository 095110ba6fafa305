// Reads the label at the start of a block's text, by the schemes in src/lexicon/labels.ts.

import { BULLET_SCHEMES, LABEL_SCHEMES, isValidRoman } from '../lexicon/labels.js';

export interface Label {
  /** the label as written, e.g. "1.", "a)", "Điều 3.", "-" */
  raw: string;
  scheme: string;
  /** the id token ("1", "a", "II", "Đ3"); empty for bullets */
  token: string;
  value?: number;
  /** place in the usual hierarchy (lower is outer), a tie-break for headings */
  rank: number;
  /** the text after the label, trimmed */
  rest: string;
  bullet: boolean;
}

/** Reads a label at the start of `text`; undefined when the text has none. */
export function readLabel(text: string): Label | undefined {
  for (const row of LABEL_SCHEMES) {
    const m = row.pattern.exec(text);
    if (!m) continue;
    const n = m[1] ?? '';
    if ((row.scheme === 'roman' || row.scheme === 'roman-decimal') && !isValidRoman(n.split('.')[0] as string)) continue;
    const raw = m[0].trim();
    const rest = text.slice(m[0].length).trim();
    const label: Label = { raw, scheme: row.scheme, token: row.token(n), rank: row.rank, rest, bullet: BULLET_SCHEMES.has(row.scheme) };
    if (row.value) label.value = row.value(n);
    return label;
  }
  return undefined;
}

/** A level key: decimals of different depth are different levels ("1.1." inside "1."). */
export function levelKey(label: Label): string {
  if (label.scheme === 'decimal' || label.scheme === 'roman-decimal') return `${label.scheme}${label.token.split('.').length}`;
  return label.scheme;
}
