// The parse pipeline: source text → blocks → header + outline → sections → model, with the
// diagnostics of what could not be placed.

import type { Block } from './blocks/types.js';
import type { Diagnostic, Lang } from './diagnostics/types.js';
import { message } from './diagnostics/messages.js';
import { authorityIssuer, authorityLine, repeatsIssuer } from './header/authority.js';
import type { KnownBodies } from './config/load.js';
import { enrich } from './extract/enrich.js';
import { NEWS_CUES, RECIPIENTS_LABEL } from './lexicon/layout.js';
import { extractHeader } from './header/extract.js';
import { FORMAT_VERSION, type DocumentInfo, type Model, type SourceFormat } from './model/types.js';
import { placeSections } from './model/sections.js';
import { buildOutline } from './outline/build.js';
import { prepareSource, toBlocks } from './read/blocks.js';
import { ordered } from './serialize/output.js';
import { squashForCoverage } from './text/coverage.js';
import { HTML_TAG } from './text/markup.js';

export interface ParseOptions {
  /** the path as given on the command line (or "-" for standard input) */
  file: string;
  format: SourceFormat;
  sha256: string;
  lang?: Lang;
  /** bodies and aliases from vanban.config.yaml */
  bodies?: KnownBodies;
}

export interface ParseResult {
  model: Model;
  diagnostics: Diagnostic[];
  coverage: Coverage;
}

export interface Coverage {
  /** non-blank source lines */
  lines: number;
  /** of those, lines whose text reached the model (page numbers and rules count as placed) */
  placed: number;
  /** of the placed characters, the share that sits in `other` or `preamble` */
  unclassified: number;
}

export function parseText(raw: string, options: ParseOptions): ParseResult {
  const lang = options.lang ?? 'en';
  const source = prepareSource(raw);
  const { blocks, dropped } = toBlocks(source, options.format);
  const header = extractHeader(blocks);
  const consumed = header.consumed;
  // The authority line before "Căn cứ ...": the issuer where the letterhead gave none.
  const authority = authorityLine(blocks, firstBodyBlock(header.bodyStart, consumed, blocks.length));
  if (authority >= 0) {
    const block = blocks[authority] as Block;
    if (!header.document.issuer) {
      header.document.issuer = authorityIssuer(block);
      consumed.add(authority);
    } else if (repeatsIssuer(block, header.document.issuer)) consumed.add(authority);
  }

  const body: Block[] = [];
  const resets = new Set<number>();
  let afterConsumed = false;
  blocks.forEach((block, i) => {
    if (consumed.has(i)) { if (i >= header.bodyStart) afterConsumed = true; return; }
    if (afterConsumed) resets.add(body.length);
    afterConsumed = false;
    body.push(block);
  });

  const roots = buildOutline(body, resets);
  const { sections, outline, repeated } = placeSections(roots);
  const document = withLetterhead(header.document, blocks.filter((_, i) => consumed.has(i)));
  if (document.kind === 'other' && looksLikeNews(source.lines)) document.kind = 'news';

  const built: Model = {
    vanban: FORMAT_VERSION,
    source: { file: options.file, format: options.format, sha256: options.sha256 },
    document,
    references: [],
    outline,
    ...sections,
    bodies: [],
  };

  enrich(built, options.bodies ? { aliases: options.bodies.aliases, names: options.bodies.names } : {});
  const model = ordered(built);

  const diagnostics: Diagnostic[] = [];
  // HTML tags in Markdown ("<br>" in a table cell) are markup, not text that must reach the model
  const lost = unplacedLines(options.format === 'markdown' ? source.lines.map(withoutTags) : source.lines, blocks, dropped.map((d) => d.line));
  for (const { line, text } of lost) {
    diagnostics.push({ code: 'line-not-placed', severity: 'warning', message: message('line-not-placed', lang, { text: text.slice(0, 80) }), file: options.file, line, column: 1, source: 'parse' });
  }
  for (const r of repeated) {
    diagnostics.push({ code: 'duplicate-label', severity: 'warning', message: message('duplicate-label', lang, r), file: options.file, line: r.line, column: 1, source: 'parse' });
  }
  const classified = ['background', 'purpose', 'viewpoints', 'goals', 'tasks', 'implementation', 'appendices'] as const;
  if (classified.every((k) => model[k].length === 0) && (model.other.length || model.preamble.length)) {
    diagnostics.push({ code: 'no-sections', severity: 'info', message: message('no-sections', lang), file: options.file, line: 1, column: 1, source: 'parse' });
  }
  if (!document.title && !document.kindLabel) {
    diagnostics.push({ code: 'no-title', severity: 'info', message: message('no-title', lang), file: options.file, line: 1, column: 1, source: 'parse' });
  }
  const nonBlank = source.lines.filter((l) => l.trim() !== '').length;
  return { model, diagnostics, coverage: { lines: nonBlank, placed: nonBlank - lost.length, unclassified: unclassifiedShare(model) } };
}

/** A news report: no type line, and a source line, a photo caption or a link. */
function looksLikeNews(lines: string[]): boolean {
  return lines.some((l) => NEWS_CUES.some((cue) => cue.test(l.trim())));
}

function firstBodyBlock(start: number, consumed: Set<number>, count: number): number {
  let i = start;
  while (i < count && consumed.has(i)) i++;
  return i;
}

/**
 * Header and closing lines whose words are not all, in order, in the header fields (the number line
 * "Số 57-NQ/TW", the date line "Hà Nội, ngày 22 tháng 12 năm 2024", a row that sets the recipients
 * beside the signature) are kept as written in `document.asWritten`.
 */
function withLetterhead(document: DocumentInfo, used: Block[]): DocumentInfo {
  const fields = squashForCoverage(JSON.stringify(document));
  const lines: string[] = [];
  for (const block of used) {
    for (const line of block.lines) {
      const s = squashForCoverage(line.replace(RECIPIENTS_LABEL, ''));
      if (s.length > 0 && !fields.includes(s)) lines.push(line.replace(/^\|\s*|\s*\|$/g, ''));
    }
  }
  return lines.length ? { ...document, asWritten: lines } : document;
}

/** A Markdown line with its HTML tags taken out, as the Markdown reader takes them out. */
const withoutTags = (line: string): string => (line.includes('<') ? line.replace(HTML_TAG, ' ') : line);

/** Non-blank source lines whose words are in no block (and were not dropped as page numbers). */
function unplacedLines(lines: string[], blocks: Block[], dropped: number[]): { line: number; text: string }[] {
  // The squashed text of every block that covers each line, in block order: a line split into
  // columns is covered by its parts together.
  const byLine = new Map<number, Hay[]>();
  for (const block of blocks) {
    const hays: Hay[] = [{ text: squashForCoverage(block.cells?.length ? block.cells.join(' ') : block.text), from: 0 }];
    // a row over several lines whose cells run down beside each other (the recipients beside the
    // signature, typed a line at a time): each line is covered by its parts in the cells, in order
    if (block.cells && block.cells.length > 1 && block.endLine > block.line) for (const c of block.cells) hays.push({ text: squashForCoverage(c), from: 0 });
    for (let n = block.line; n <= block.endLine; n++) {
      const list = byLine.get(n);
      if (list) list.push(...hays);
      else byLine.set(n, [...hays]);
    }
  }
  const droppedSet = new Set(dropped);
  const out: { line: number; text: string }[] = [];
  lines.forEach((text, i) => {
    const n = i + 1;
    const s = squashForCoverage(text);
    if (s === '' || droppedSet.has(n)) return;
    const hays = byLine.get(n);
    if (hays && (hays.some((h) => contains(h, s)) || (hays.length > 1 && coveredInParts(s, hays.map((h) => h.text))))) return;
    out.push({ line: n, text: text.trim() });
  });
  return out;
}

/** A block's squashed text, and where the search for its next line starts. */
interface Hay {
  text: string;
  from: number;
}

/**
 * Whether a block's text holds a line. A block's lines come in order, so the search goes on from
 * where the previous line was found: a block of thousands of lines is searched once, not once a line.
 */
function contains(hay: Hay, line: string): boolean {
  const at = hay.text.indexOf(line, hay.from);
  if (at >= 0) {
    hay.from = at + line.length;
    return true;
  }
  return hay.text.includes(line);
}

/** A split line: its squashed text is a concatenation of pieces found in the blocks, in order. */
function coveredInParts(line: string, hays: string[]): boolean {
  let rest = line;
  for (const hay of hays) {
    if (rest === '') break;
    // The longest prefix of `rest` that this block contains.
    let take = 0;
    for (let len = rest.length; len > 0; len--) if (hay.includes(rest.slice(0, len))) { take = len; break; }
    rest = rest.slice(take);
  }
  return rest === '';
}

function unclassifiedShare(model: Model): number {
  const size = (v: unknown): number => JSON.stringify(v).length;
  const keys = ['background', 'purpose', 'viewpoints', 'goals', 'tasks', 'implementation', 'appendices'] as const;
  const classified = keys.reduce((n, k) => n + size(model[k]), 0);
  const rest = size(model.other);
  return rest / Math.max(1, classified + rest);
}
