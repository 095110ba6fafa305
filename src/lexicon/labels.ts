// Numbering schemes of Vietnamese documents (vietnamese-documents.md §2), as data. Each row says
// how a label is written, which scheme it belongs to, and how it becomes an id token.
// Order matters: the first row that matches wins.

export interface LabelScheme {
  /** scheme name; the outline nests by the order in which schemes first appear */
  scheme: string;
  /** matches at the start of a block's text; group 1 is the number or letter */
  pattern: RegExp;
  /** place in the hierarchy of §2 (Phần > Chương > Mục > Điều; I. > 1. > 1.1. > a) > - > +), used as a tie-break */
  rank: number;
  /** id token from the matched number or letter */
  token: (n: string) => string;
  /** numeric value, for gap checks and ordering */
  value?: (n: string) => number;
  example: string;
}

/** The Vietnamese alphabet of letter points: no f, j, w, z; đ follows d. */
export const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

const ORDINALS: Record<string, number> = {
  'nhất': 1, 'nhat': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'tu': 4, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};

export function romanValue(s: string): number {
  const map: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  const up = s.toUpperCase();
  for (let i = 0; i < up.length; i++) {
    const v = map[up[i] as string] ?? 0;
    const next = map[up[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ROMAN = '(?:X{0,3}(?:IX|IV|V?I{0,3}))';
const VALID_ROMAN = new RegExp(`^${ROMAN}$`);
const letterValue = (c: string): number => LETTERS.indexOf(c.toLowerCase()) + 1;
const ordinalValue = (s: string): number => ORDINALS[s.toLowerCase()] ?? (/^\d+$/.test(s) ? Number(s) : romanValue(s));

export const LABEL_SCHEMES: LabelScheme[] = [
  {
    scheme: 'part', rank: 0, example: 'Phần thứ nhất',
    pattern: /^(?:PHẦN|Phần)\s+(?:THỨ|thứ)\s+(\p{L}+)(?![\p{L}\d])[.:]?/u,
    token: (n) => `P${ordinalValue(n)}`, value: ordinalValue,
  },
  {
    scheme: 'part', rank: 0, example: 'PHẦN II.',
    pattern: /^(?:PHẦN|Phần)\s+([IVX]+|\d{1,2})(?![\p{L}\d])[.:]?/u,
    token: (n) => `P${ordinalValue(n)}`, value: ordinalValue,
  },
  {
    scheme: 'chapter', rank: 1, example: 'Chương II',
    pattern: /^(?:CHƯƠNG|Chương)\s+([IVX]+|\d{1,2})(?![\p{L}\d])[.:]?/u,
    token: (n) => `Ch${ordinalValue(n)}`, value: ordinalValue,
  },
  {
    scheme: 'mục', rank: 2, example: 'Mục 1',
    pattern: /^(?:MỤC|Mục)\s+([IVX]+|\d{1,2})(?![\p{L}\d])[.:]?/u,
    token: (n) => `M${ordinalValue(n)}`, value: ordinalValue,
  },
  {
    scheme: 'article', rank: 3, example: 'Điều 1.',
    pattern: /^(?:ĐIỀU|Điều)\s+(\d{1,3})\s*[.:]/u,
    token: (n) => `Đ${n}`, value: Number,
  },
  {
    scheme: 'appendix', rank: 0, example: 'Phụ lục I',
    pattern: /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ\s+|số\s+)?([IVX]+|\d{1,2}|[A-Z]))?(?![\p{L}\d])[.:]?/u,
    token: (n) => `PL${n ? ordinalValue(n) : ''}`, value: (n) => (n ? ordinalValue(n) : 1),
  },
  {
    scheme: 'roman-decimal', rank: 3, example: 'III.1.1',
    pattern: new RegExp(`^(${ROMAN}\\.\\d{1,2}(?:\\.\\d{1,2})*)\\.?(?=\\s|$)`),
    token: (n) => n, value: (n) => Number(n.split('.').pop()),
  },
  {
    scheme: 'roman', rank: 2, example: 'II.',
    pattern: new RegExp(`^(${ROMAN})\\s*[.\\-)/](?!\\d)`),
    token: (n) => n, value: romanValue,
  },
  {
    scheme: 'upper-letter', rank: 1, example: 'A-',
    pattern: /^([A-HK-UYĐ])\s*[.\-)](?=\s|$|\p{Lu})/u,
    token: (n) => n, value: letterValue,
  },
  {
    scheme: 'decimal', rank: 5, example: '1.1.',
    pattern: /^(\d{1,2}(?:\.\d{1,2}){1,3})[.\-)]?(?=\s|$|\p{Lu})/u,
    token: (n) => n, value: (n) => Number(n.split('.').pop()),
  },
  {
    scheme: 'arabic', rank: 4, example: '1.',
    pattern: /^(\d{1,3})(?:\.|-|\))(?=\s|$|\p{Lu})(?![\p{L}&]{1,8}\/)/u,
    token: (n) => n, value: Number,
  },
  {
    // also "a." and "a/" as word processors number them, before a capitalised word ("a. Đến năm 2028, ...")
    scheme: 'letter', rank: 6, example: 'a)',
    pattern: /^([a-eg-ik-vxyđ])\s?(?:\)|[./](?=\s+[\p{Lu}\d]))/u,
    token: (n) => n, value: letterValue,
  },
  {
    scheme: 'paren-number', rank: 7, example: '(1)',
    pattern: /^\((\d{1,3})\)/,
    token: (n) => `(${n})`, value: Number,
  },
  {
    scheme: 'paren-letter', rank: 7, example: '(a)',
    pattern: /^\(([a-eg-ik-vxyđ])\)/u,
    token: (n) => `(${n})`, value: letterValue,
  },
  { scheme: 'dash', rank: 8, example: '- ', pattern: /^(-)(?=\s|\p{Lu}|\d)/u, token: () => '' },
  { scheme: 'plus', rank: 9, example: '+ ', pattern: /^(\+)(?=\s)/u, token: () => '' },
  { scheme: 'star', rank: 9, example: '* ', pattern: /^(\*)(?=\s)/u, token: () => '' },
  { scheme: 'bullet', rank: 9, example: '• ', pattern: /^([•●◦▪▫■□➢➤✓-])(?=\s)/u, token: () => '' },
];

export const BULLET_SCHEMES = new Set(['dash', 'plus', 'star', 'bullet']);

export function isValidRoman(s: string): boolean {
  return s !== '' && VALID_ROMAN.test(s);
}
