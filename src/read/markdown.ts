// Markdown reader: remark-parse (with GitHub's tables, footnotes and strikethrough when the file
// has a pipe table) gives the block structure; each block's inline content becomes RawLines, one
// per source line, markup removed.
// List markers are put back in front of the text so that labels are read the same way as in plain
// text: the label as written is authoritative, not the Markdown list counter.

import type { Nodes, Parent, Root, RootContent, PhrasingContent, TableRow } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { GFM_DELIMITER_ROW } from '../blocks/pipe-tables.js';
import type { Group, RawLine } from '../blocks/types.js';
import { stripInlineMarkup } from '../text/markup.js';
import { cellParagraphs, gridRows, isGridTable } from './grid-tables.js';
import { decodeEntities, htmlParts, stripTags, type HtmlPart } from './html-tables.js';
import { cleanLine } from '../text/normalize.js';

/** A GFM table delimiter row on any line of the source: where one is, GFM's tables are loaded. */
const DELIMITER_ROW = new RegExp(GFM_DELIMITER_ROW.source, 'm');

export function readMarkdown(raw: string): Group[] {
  const source = tame(raw);
  const tree = markdownTree(source);
  const reader = new MarkdownReader(source);
  reader.blocks(tree.children);
  return reader.groups;
}

/** The Markdown tokenizer's tree of a source: remark-parse, with GFM's block extensions where a table is. */
export function markdownTree(source: string): Root {
  const processor = DELIMITER_ROW.test(source) ? unified().use(remarkParse).use(gfmBlocks) : unified().use(remarkParse);
  return processor.parse(source) as Root;
}

/**
 * GitHub's Markdown as remark-gfm reads it (tables, footnotes, strikethrough, task lists), without
 * its autolink literals: turning a bare "www.…" into a link changes no word of the text, and
 * looking for one at every character was close to half of the parser's time on a file with a table.
 */
function gfmBlocks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

/** An HTML line break, as converters from Word write one inside a table cell. */
const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

/** Containers (quotes, list items) opened on one line beyond this are read as text. */
const MAX_LINE_NESTING = 16;
/** Emphasis runs longer than this are read as text. */
const MAX_EMPHASIS_RUN = 3;

const CONTAINER = /[ \t]{0,3}(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*/y;
const LONG_EMPHASIS = new RegExp(`[*_]{${MAX_EMPHASIS_RUN + 1},}`, 'g');

/**
 * The Markdown parser's work grows with the square of the containers opened on one line
 * ("- - - - … a", "> > > … a") and of the length of an emphasis run ("*****…"). Neither means
 * anything in a document, so past a few levels the marker is escaped and read as text: the
 * words stay, line numbers and every other line are unchanged, and the work stays linear.
 */
function tame(source: string): string {
  const lines = source.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    let depth = 0;
    CONTAINER.lastIndex = 0;
    while (depth <= MAX_LINE_NESTING && CONTAINER.exec(line)) {
      depth++;
      if (CONTAINER.lastIndex === 0) break;
    }
    if (depth > MAX_LINE_NESTING) {
      // CONTAINER matched the next container just before lastIndex; escape its marker
      const marker = line.slice(0, CONTAINER.lastIndex).search(/[>*+\-\d]\S*[ \t]*$/);
      const at = /\d/.test(line[marker] ?? '') ? line.slice(marker).search(/[.)]/) + marker : marker;
      line = `${line.slice(0, at)}\\${line.slice(at)}`;
    }
    if (line.length > MAX_EMPHASIS_RUN && /[*_]{4}/.test(line)) line = line.replace(LONG_EMPHASIS, (run) => run.replace(/[*_]/g, '\\$&'));
    if (line !== lines[i]) {
      lines[i] = line;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : source;
}

interface Segment {
  line: number;
  text: string;
  strong: boolean;
}

class MarkdownReader {
  readonly groups: Group[] = [];
  private tableCount = 0;

  constructor(private readonly source: string) {}

  /**
   * Reads blocks in document order. Lists and quotes may nest thousands deep ("- - - - a", "> > > a"):
   * an explicit stack of the blocks still to read keeps that from exhausting the call stack.
   */
  blocks(nodes: RootContent[]): void {
    const pending = [...nodes].reverse();
    for (let node = pending.pop(); node; node = pending.pop()) {
      const inner = this.block(node);
      for (let i = inner.length - 1; i >= 0; i--) pending.push(inner[i] as RootContent);
    }
  }

  /** Reads one block; returns the blocks inside it, to be read next. */
  private block(node: RootContent): RootContent[] {
    switch (node.type) {
      case 'heading': {
        const lines = this.inlineLines(node.children, startLine(node));
        // A setext heading is usually a converter accident (a line of dashes under a letterhead):
        // read it as a paragraph, without its underline.
        const setext = this.isSetext(node);
        if (lines.length) this.groups.push(setext ? { type: 'paragraph', lines } : { type: 'heading', depth: node.depth, lines });
        return [];
      }
      case 'paragraph': {
        if (this.gridTable(node)) return [];
        const lines = this.inlineLines(node.children, startLine(node));
        if (lines.length) this.groups.push({ type: 'paragraph', lines });
        return [];
      }
      case 'list':
        return node.children;
      case 'listItem':
        return this.listItem(node);
      case 'blockquote':
        return node.children;
      case 'table':
        this.table(node.children);
        return [];
      case 'code':
      case 'html': {
        // Indented "code" is text a converter indented; raw HTML keeps its words. A fenced block's
        // content starts on the line after its fence.
        const first = startLine(node);
        const parts = node.type === 'html' ? htmlParts(node.value) : undefined;
        if (parts) {
          this.htmlBlock(parts, node.value, first);
          return [];
        }
        const fenced = node.type === 'code' && /^\s*(```|~~~)/.test(this.source.slice(node.position?.start.offset ?? 0, (node.position?.start.offset ?? 0) + 12));
        const value = node.type === 'html' ? stripTags(node.value) : node.value;
        const lines = value.split('\n')
          .map((t, i) => ({ line: first + (fenced ? i + 1 : i), text: stripInlineMarkup(t).trim().replace(/^#{1,6}\s+/, ''), strongPrefix: 0 }))
          .filter((l) => l.text !== '');
        if (lines.length) this.groups.push({ type: 'paragraph', lines });
        return [];
      }
      case 'definition':
      case 'footnoteDefinition':
        this.rawLines(node);
        return [];
      default:
        return []; // thematic breaks and other decoration
    }
  }

  /** A list item's marker and first paragraph; returns the blocks after it. */
  private listItem(item: Parent & { position?: Nodes['position'] }): RootContent[] {
    const marker = this.markerAt(item);
    const children = item.children as RootContent[];
    const first = children[0];
    if (first && first.type === 'paragraph') {
      const lines = this.inlineLines(first.children, startLine(first));
      if (lines.length && lines[0]) {
        lines[0] = { ...lines[0], text: `${marker} ${lines[0].text}`, strongPrefix: lines[0].strongPrefix ? lines[0].strongPrefix + marker.length + 1 : 0 };
      } else {
        lines.push({ line: startLine(item), text: marker, strongPrefix: 0 });
      }
      this.groups.push({ type: 'paragraph', lines });
      return children.slice(1);
    }
    if (marker) this.groups.push({ type: 'paragraph', lines: [{ line: startLine(item), text: marker, strongPrefix: 0 }] });
    return children;
  }

  /** The list marker as written in the source ("1.", "-", "*", "2)"), escapes removed. */
  private markerAt(node: { position?: Nodes['position'] }): string {
    const offset = node.position?.start.offset;
    if (offset === undefined) return '-';
    const m = /^\s*([-*+•]|\d{1,9}[.)])/.exec(this.source.slice(offset, offset + 12));
    return m ? (m[1] as string) : '-';
  }

  private table(rows: TableRow[]): void {
    const table = ++this.tableCount;
    rows.forEach((row, index) => {
      this.row(row.children.map((cell) => this.cellLines(cell.children, startLine(cell))), startLine(row), index, table);
    });
  }

  /** A table row from its cells, each the lines its <br>s make. */
  private row(pieces: string[][], line: number, index: number, table: number): void {
    const cells = pieces.map((p) => p.join(' '));
    const text = cells.filter((c) => c !== '').join(' | ');
    // a cell broken with <br> (the recipients beside the signature, a list in a cell) keeps its lines
    const lines = pieces.some((p) => p.length > 1) ? pieces.flat().map((t) => ({ line, text: t, strongPrefix: 0 })) : [{ line, text, strongPrefix: 0 }];
    this.groups.push({ type: 'row', cells, headerRow: index === 0, table, lines });
  }

  /** A paragraph that is a grid table ("+---+" borders, "|" between cells): its rows, as a pipe table's. */
  private gridTable(node: Nodes): boolean {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    // a grid table's first line is a border: most paragraphs are told apart by their first character
    if (start === undefined || end === undefined || this.source.charAt(start) !== '+') return false;
    const lines = this.source.slice(start, end).split('\n');
    if (!isGridTable(lines)) return false;
    const first = startLine(node);
    const table = ++this.tableCount;
    gridRows(lines).forEach((row, index) => {
      const cells = row.cells.map((c) => squash(stripInlineMarkup(c)));
      const text = cells.filter((c) => c !== '').join(' | ');
      const paragraphs = cellParagraphs(row);
      const columns = new Set(paragraphs.map((p) => p.column));
      // cells of several paragraphs (a letterhead, a signature beside the recipients): a line for
      // each paragraph, cell by cell, as a row of <br>-broken cells gives them, over the row's lines
      // (the first and last lines span the row, so that every line of it is read)
      const lines = (paragraphs.length > columns.size
        ? paragraphs.map((p, k) => ({ line: first + row.at + (k === 0 ? 0 : k === paragraphs.length - 1 ? row.lines.length - 1 : p.from), text: squash(stripInlineMarkup(p.text)), strongPrefix: 0 }))
        // else a line for each source line of the row
        : row.lines.map((parts, k) => ({ line: first + row.at + k, text: squash(stripInlineMarkup(parts.filter((p) => p !== '').join(' | '))), strongPrefix: 0 })))
        .filter((l) => l.text !== '');
      this.groups.push({ type: 'row', cells, headerRow: index === 0, table, lines: lines.length ? lines : [{ line: first + row.at, text, strongPrefix: 0 }] });
    });
    return true;
  }

  /** An HTML block holding tables: its rows as a pipe table's, the text around them as paragraphs. */
  private htmlBlock(parts: HtmlPart[], html: string, first: number): void {
    let line = first;
    let counted = 0;
    const lineAt = (offset: number): number => {
      for (; counted < offset; counted++) if (html.charCodeAt(counted) === 10) line++;
      return line;
    };
    for (const part of parts) {
      if ('text' in part) {
        const start = lineAt(part.offset);
        const lines = stripTags(part.text).split('\n')
          .map((t, i) => ({ line: start + i, text: decodeEntities(stripInlineMarkup(t)).trim(), strongPrefix: 0 }))
          .filter((l) => l.text !== '');
        if (lines.length) this.groups.push({ type: 'paragraph', lines });
        continue;
      }
      const table = ++this.tableCount;
      part.rows.forEach((row, index) => {
        this.row(row.cells.map((c) => c.map((t) => squash(stripInlineMarkup(t))).filter((t) => t !== '')), lineAt(row.offset), index, table);
      });
    }
  }

  /** A cell's text, a piece for each line its <br>s make. */
  private cellLines(children: PhrasingContent[], line: number): string[] {
    const parts: PhrasingContent[][] = [[]];
    for (const n of children) {
      if (n.type === 'html' && LINE_BREAK_TAG.test(n.value)) parts.push([]);
      else (parts[parts.length - 1] as PhrasingContent[]).push(n);
    }
    return parts.map((p) => squash(this.inlineLines(p, line).map((l) => l.text).join(' '))).filter((t) => t !== '');
  }

  private rawLines(node: Nodes): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const first = startLine(node);
    const lines = this.source.slice(start, end).split('\n')
      .map((t, i) => ({ line: first + i, text: cleanLine(t).trim(), strongPrefix: 0 }))
      .filter((l) => l.text !== '');
    if (lines.length) this.groups.push({ type: 'paragraph', lines });
  }

  private isSetext(node: Nodes): boolean {
    const offset = node.position?.start.offset;
    return offset !== undefined && this.source[offset] !== '#';
  }

  /** Inline content to one RawLine per source line, with the length of its leading bold run. */
  inlineLines(children: PhrasingContent[], firstLine: number): RawLine[] {
    const segments: Segment[] = [];
    collect(children, false, firstLine, segments);
    const byLine = new Map<number, { text: string; strongPrefix: number; open: boolean; bold: number; plain: number }>();
    const order: number[] = [];
    for (const seg of segments) {
      let entry = byLine.get(seg.line);
      if (!entry) {
        entry = { text: '', strongPrefix: 0, open: true, bold: 0, plain: 0 };
        byLine.set(seg.line, entry);
        order.push(seg.line);
      }
      if (entry.open && seg.strong) entry.strongPrefix = entry.text.length + seg.text.length;
      else if (seg.text.trim() !== '') entry.open = entry.open && seg.strong;
      const letters = seg.text.replace(LETTERLESS, '').length;
      if (seg.strong) entry.bold += letters;
      else entry.plain += letters;
      entry.text += seg.text;
    }
    // A heading copied from a PDF can come out in bold pieces ("**2. Khẩn trương, quyết** liệt
    // **hoàn thiện thể chế**"): a line that opens in bold and is nearly all bold is a bold line.
    // Counted over the whole paragraph, so that the same heading wrapped differently reads the same.
    const entries = [...byLine.values()];
    const first = entries[0];
    let bold = 0;
    let plain = 0;
    for (const e of entries) { bold += e.bold; plain += e.plain; }
    if (first && first.strongPrefix > 0 && entries.some((e) => !e.open) && bold >= MOSTLY_BOLD * (bold + plain)) {
      for (const e of entries) e.strongPrefix = e.text.length;
    }
    const out: RawLine[] = [];
    for (const line of order) {
      const entry = byLine.get(line);
      if (!entry) continue;
      const text = cleanLine(entry.text).trim();
      if (text === '') continue;
      const strongPrefix = entry.strongPrefix > 0 ? Math.min(text.length, cleanLine(entry.text.slice(0, entry.strongPrefix)).trim().length) : 0;
      out.push({ line, text, strongPrefix });
    }
    return out;
  }
}

const LETTERLESS = /[^\p{L}\p{N}]/gu;
/** Share of a line's letters in bold above which a line that opens in bold counts as all bold. */
const MOSTLY_BOLD = 0.85;

/**
 * Inline content to segments, each with its source line and whether it is bold. Emphasis and links
 * may nest thousands deep ("*****a*****"): an explicit stack of the node lists under way keeps
 * that from exhausting the call stack. Returns the line the content ends on.
 */
function collect(nodes: PhrasingContent[], strong: boolean, line: number, out: Segment[]): number {
  let current = line;
  const stack: { nodes: PhrasingContent[]; next: number; strong: boolean; parent?: PhrasingContent }[] = [{ nodes, next: 0, strong }];
  for (let frame = stack[0]; frame; frame = stack[stack.length - 1]) {
    const node = frame.nodes[frame.next++];
    if (!node) {
      stack.pop();
      if (frame.parent) current = lineAfter(frame.parent, current);
      continue;
    }
    const nodeLine = node.position?.start.line ?? current;
    if (nodeLine > current) current = nodeLine;
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        // Bold markers left as text ("**KẾT LUẬN **", with a space inside) are markup all the same.
        // Pairs of them still mark bold: "triển**, trọng dụng …**" is bold text that the
        // delimiter rules would not open.
        const pieces = node.type === 'text' ? node.value.split('**') : [node.value];
        pieces.forEach((piece, k) => {
          const paired = k % 2 === 1 && (pieces.length % 2 === 1 || k < pieces.length - 1);
          const parts = (node.type === 'text' ? strayEmphasis(piece) : piece).split('\n');
          parts.forEach((part, i) => {
            if (i > 0) current++;
            if (part !== '') out.push({ line: current, text: part, strong: frame.strong || paired });
          });
        });
        break;
      }
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference':
        stack.push({ nodes: node.children, next: 0, strong: node.type === 'strong' || frame.strong, parent: node });
        continue;
      case 'html': {
        // a tag parts words: "A<br>B" is two words, not "AB"
        const text = stripTags(node.value);
        if (text !== '') out.push({ line: current, text, strong: frame.strong });
        break;
      }
      case 'footnoteReference':
        out.push({ line: current, text: `[^${node.identifier}]`, strong: frame.strong });
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) out.push({ line: current, text: node.alt, strong: frame.strong });
        break;
      default:
        break;
    }
    current = lineAfter(node, current);
  }
  return current;
}

/** The line after a node that spans lines (its children may not say where it ends). */
function lineAfter(node: PhrasingContent, current: number): number {
  const endLine = node.position?.end.line;
  return endLine !== undefined && endLine > current && node.type !== 'text' ? endLine : current;
}

/**
 * Emphasis markers the parser left as text because they do not pair up ("**4. ***Về ...",
 * "*4.1. *Giao ..."): at the edge of a word they are markup all the same. "(*)" stays.
 */
function strayEmphasis(value: string): string {
  return value.replace(/\*\*|__/g, '').replace(/(^|\s)\*+(?=\s|$)/gm, '$1').replace(/(^|\s)\*+(?=\S)/gm, '$1').replace(/(?<=\S)\*+(?=\s|$|[.,:;])/gm, '');
}

function startLine(node: { position?: Nodes['position'] }): number {
  return node.position?.start.line ?? 1;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
