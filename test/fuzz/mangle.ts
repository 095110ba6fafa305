// Generators for property tests: documents mangled the way real files arrive (lines lost,
// repeated or out of order, cut in the middle of a character, labels corrupted), text made of the
// pieces documents are made of, and YAML models edited by hand. Shared by every property test:
// parse, validate, and any later command that compares two versions of a document (a mangled
// corpus document against its original is a natural pair).

import fc from 'fast-check';

/** The ways a document is mangled; each is applied to lines (or, for `truncate-bytes`, to bytes). */
export const MANGLE_KINDS = ['delete', 'duplicate', 'shuffle', 'truncate-line', 'truncate-bytes', 'corrupt-label', 'join-lines', 'insert-noise'] as const;
export type MangleKind = (typeof MANGLE_KINDS)[number];

export interface MangleOp {
  kind: MangleKind;
  /** where (taken modulo the number of lines or bytes) */
  at: number;
  /** how much, or which replacement */
  n: number;
}

/** Labels as documents write them, and labels broken as converters and typists break them. */
export const LABELS = [
  'I.', 'II.', 'IV-', 'X.', '1.', '2.', '10.', '1-', '1.1.', '2.3.1.', 'III.1.1', 'a)', 'b)', 'đ)', 'z)', '(1)', '(12)', '-', '+', '*', '•', '–',
  'Điều 1.', 'Điều 99.', 'Chương II', 'Chương', 'Mục 1', 'Phần thứ nhất', 'Phần thứ', 'A-', 'B.', 'PHỤ LỤC', 'Phụ lục I',
  '#', '##', '######', '**', '**1.**', '*a)*', '1\\.', '|', '| --- |', '>', '```', '~~~', '<!-- -->', '',
  'I', '1', 'a', '(', ')', '1)', 'I.1', '..', '.', ':', 'XXXXXXXXXX.', '999999999999.', '1.1.1.1.1.1.1.1.1.1.',
] as const;

/** Pieces of Vietnamese policy documents: structure words, bodies, targets, deadlines, citations, layout. */
export const PIECES = [
  ...LABELS,
  'KẾ HOẠCH', 'NGHỊ QUYẾT', 'CHỈ THỊ', 'KẾT LUẬN', 'QUYẾT ĐỊNH', 'THÔNG BÁO', 'CHƯƠNG TRÌNH HÀNH ĐỘNG',
  'QUAN ĐIỂM', 'MỤC TIÊU', 'Mục tiêu chung', 'Mục tiêu cụ thể', 'Tầm nhìn đến năm 2045', 'NHIỆM VỤ, GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN', 'MỤC ĐÍCH, YÊU CẦU',
  'ỦY BAN NHÂN DÂN', 'TỈNH ỦY', 'BAN CHẤP HÀNH TRUNG ƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'Số: 617/KH-UBND', 'Số 57-NQ/TW', 'Hà Nội, ngày 22 tháng 12 năm 2024', 'ngày 01/12/2025', 'Căn cứ', 'như sau:', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A',
  'Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Bộ Văn hóa, Thể thao và Du lịch', 'UBND tỉnh', 'Ủy ban nhân dân các huyện', 'các sở, ban, ngành', 'Bộ Công an:', '(cơ quan chủ trì)',
  'chủ trì', 'phối hợp với', 'Giao', 'Đề nghị', 'Yêu cầu', 'Cơ quan chủ trì:', 'Cơ quan phối hợp:', 'Khuyến khích', 'triển khai', 'xây dựng', 'bố trí',
  'đạt', 'trên', 'dưới', 'không quá', 'ít nhất', 'trở lên', 'khoảng', 'hơn', '≥', '≤', '30%', '6,5 - 7%', '1,5 triệu', '5.000', '2,5', 'tỷ đồng', 'USD', '% GDP', '%/năm', 'doanh nghiệp',
  'năm 2025', 'đến năm 2030', 'Quý IV/2025', 'Quí IV-2025', 'tháng 6/2026', '2026 - 2030', '6 tháng đầu năm', 'thường xuyên', 'hằng năm', 'hằng quý', '6 tháng/lần', 'hiện nay', 'đã đạt',
  'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị', 'khóa XIII', 'Luật Đất đai', 'Nghị định số 30/2020/NĐ-CP',
  '| Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |', '|---|---|---|---|', '| 1 | Xây dựng | Sở Tài chính | | Quý IV/2025 |', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'STT', 'TT',
  ' ', '  ', '   ', '\t', '\n', '\n\n', '\r\n', '\r', ',', ';', ':', '.', '...', '"', '“', '”', '(', ')', '[', ']', '\\', '`', '_', '&amp;', '<br>', '<b>',
  '\u00a0', '\u200b', '\u2028', '\ufeff', '\u0300', '\u0301', 'o\u0302\u0301', '\ud800', '\udc00', '😀', '𝐀', 'ﬁ', '\u0000', '\u001b[31m',
] as const;

/** Text assembled from document pieces, with free text mixed in. */
export function documentText(maxPieces = 300): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) });
  const line = fc.array(piece, { maxLength: 12, size: 'max' }).map((p) => p.join(' '));
  // one piece repeated: deep nesting on a line ("- - - …"), runs of markup, long lists of labels
  const repeated = fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 2, max: 3000 }), piece).map(([p, n, end]) => p.repeat(n) + end);
  return fc.oneof(
    { weight: 3, arbitrary: fc.array(line, { maxLength: Math.ceil(maxPieces / 6), size: 'max' }).map((l) => l.join('\n')) },
    { weight: 3, arbitrary: fc.array(piece, { maxLength: maxPieces, size: 'max' }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.array(repeated, { minLength: 1, maxLength: 3 }).map((r) => r.join('\n')) },
  );
}

/** Any text at all: code points of every kind, lone surrogates, control characters. */
export function anyText(maxLength = 2000): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength, unit: 'grapheme', size: 'max' }),
    fc.string({ maxLength, unit: 'binary', size: 'max' }),
    fc.string({ maxLength, unit: fc.constantFrom(' ', '\n', '\t', '-', '*', '|', '#', '1', '.', ')', 'a', 'I', ',', '%', ':', '\\', '`', '>'), size: 'max' }),
  );
}

export function mangleOps(maxOps = 12): fc.Arbitrary<MangleOp[]> {
  const op = fc.record({ kind: fc.constantFrom(...MANGLE_KINDS), at: fc.nat(), n: fc.nat() });
  return fc.array(op, { minLength: 1, maxLength: maxOps, size: 'max' });
}

const NOISE = ['- 2 -', '3', 'Trang 4/12', '\f', '________', '* * *', '|', '**', '#', 'Ghi chú:', '(Kèm theo Kế hoạch số 12/KH-UBND)', '\u00a0', '\t\t\t'];

/**
 * Applies mangling operations to a document's bytes (UTF-8). Line operations work on the text;
 * `truncate-bytes` cuts the bytes at any offset, also inside a multi-byte character, so the result
 * may no longer be valid UTF-8 (as a file cut off by a failed copy is not).
 */
export function mangle(text: string, ops: readonly MangleOp[]): Uint8Array {
  let lines = text.split('\n');
  let cut: number | undefined;
  for (const { kind, at, n } of ops) {
    if (kind === 'truncate-bytes') { cut = at; continue; }
    if (lines.length === 0) lines = [''];
    const i = at % lines.length;
    const line = lines[i] as string;
    switch (kind) {
      case 'delete':
        lines.splice(i, 1 + (n % 20));
        break;
      case 'duplicate':
        lines.splice(i, 0, ...lines.slice(i, i + 1 + (n % 20)));
        break;
      case 'shuffle': {
        // swaps a run of lines with another run
        const len = 1 + (n % 10);
        const j = (at * 31 + n) % lines.length;
        const a = lines.slice(i, i + len);
        const b = lines.slice(j, j + len);
        if (i + len <= j || j + len <= i) {
          const [first, second, firstAt, secondAt] = i < j ? [a, b, i, j] : [b, a, j, i];
          lines.splice(secondAt, second.length, ...first);
          lines.splice(firstAt, first.length, ...second);
        }
        break;
      }
      case 'truncate-line':
        // may split a surrogate pair or a letter from its combining mark
        lines[i] = line.slice(0, n % (line.length + 1));
        break;
      case 'corrupt-label':
        lines[i] = line.replace(/^(\s*)(\S*)/, (_m, space: string) => `${space}${LABELS[n % LABELS.length]}`);
        break;
      case 'join-lines':
        lines.splice(i, 2, lines.slice(i, i + 2).join(n % 2 ? ' ' : ''));
        break;
      case 'insert-noise':
        lines.splice(i, 0, NOISE[n % NOISE.length] as string);
        break;
    }
  }
  const bytes = Buffer.from(lines.join('\n'), 'utf8');
  return cut === undefined ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
}

/** A document from `docs` with mangling applied: its index, the operations, the bytes. */
export function mangledDocument(docs: readonly string[], maxOps = 12): fc.Arbitrary<{ index: number; ops: MangleOp[]; bytes: Uint8Array }> {
  return fc.record({ index: fc.nat(docs.length - 1), ops: mangleOps(maxOps) })
    .map(({ index, ops }) => ({ index, ops, bytes: mangle(docs[index] as string, ops) }));
}

/** A run of lines of a document (a page or a section of it), so that many cases stay cheap. */
export function documentWindow(docs: readonly string[], maxLines = 120): fc.Arbitrary<string> {
  return fc.record({ index: fc.nat(docs.length - 1), start: fc.nat(), len: fc.integer({ min: 1, max: maxLines }) }).map(({ index, start, len }) => {
    const lines = (docs[index] as string).split('\n');
    const from = start % lines.length;
    return lines.slice(from, from + len).join('\n');
  });
}

/** Lines that hand edits and hostile files put into YAML models. */
export const YAML_NOISE = [
  '__proto__: {polluted: true}', '__proto__:\n  polluted: true', 'constructor: {prototype: {polluted: true}}', 'prototype: {polluted: true}',
  '- __proto__: {polluted: true}', '"__proto__": [1]', '? __proto__\n: {polluted: true}', '<<: {polluted: true}', '<<: *a',
  'a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', '- *nothing',
  '!!js/function "function () { globalThis.polluted = true }"', 'x: !!js/undefined ~', 'x: !!js/regexp /a+/', 'x: !custom tag', 'x: !!binary aGk=', 'x: !!set {a, b}', 'x: !!omap [a: 1]',
  '%YAML 1.1', '%TAG ! tag:example.com,2000:', '---', '...', 'line: -1', 'line: 1e400', 'line: .nan', 'line: 0x10', 'year: 2025-01-01', 'date: 2025-13-45', 'vanban: 2', 'vanban: "1"',
  'id: ""', 'text: null', 'items: ~', 'items: {}', 'items: [[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]', 'targets: [{value: .inf}]', 'lead: [~]', 'key: "\\ud800"', 'key: "\\u0000"',
  '{', '}', '[', ']', "'", '"', '- ', ': ', '? ', '|', '>', '|-\n  x', '\t', '#', '&', '*', '!', '@', '`', '  - ', '    ',
] as const;

/**
 * A YAML model edited by hand or by someone hostile: lines deleted, repeated, swapped, cut,
 * re-indented, or noise from YAML_NOISE put in at the indentation of the line it goes before.
 */
export function editedYaml(yamls: readonly string[], maxOps = 10): fc.Arbitrary<string> {
  const op = fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'swap', 'truncate', 'indent', 'noise'), at: fc.nat(), n: fc.nat() });
  return fc.record({ index: fc.nat(yamls.length - 1), ops: fc.array(op, { minLength: 1, maxLength: maxOps, size: 'max' }) }).map(({ index, ops }) => {
    const lines = (yamls[index] as string).split('\n');
    for (const { kind, at, n } of ops) {
      if (!lines.length) lines.push('');
      const i = at % lines.length;
      const line = lines[i] as string;
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      if (kind === 'delete') lines.splice(i, 1);
      else if (kind === 'duplicate') lines.splice(i, 0, line);
      else if (kind === 'swap') { const j = n % lines.length; lines[i] = lines[j] as string; lines[j] = line; }
      else if (kind === 'truncate') lines[i] = line.slice(0, n % (line.length + 1));
      else if (kind === 'indent') lines[i] = ' '.repeat(n % 9) + line.trimStart();
      else lines.splice(i, 0, ...`${YAML_NOISE[n % YAML_NOISE.length]}`.split('\n').map((l) => indent + l));
    }
    return lines.join('\n');
  });
}
