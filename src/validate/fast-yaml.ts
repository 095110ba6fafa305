// A fast reader for the YAML that models are written in: block maps and lists, plain and quoted
// one-line scalars, empty [] and {}, comments. It gives the value the `yaml` package would (core
// schema) and the node ranges that package would give, so findings keep their lines and columns.
// Anything else, or any doubt, it declines (undefined) and the `yaml` package reads the file: that
// is always safe, so this reader never reports a problem itself, it only steps aside.
//
// Ranges follow the package's rules: a scalar's range ends after its line break and after the
// comment lines indented deeper than its collection that follow it; a block collection ends where
// its last item does, or after the comment lines that stay with it when it closes (those indented
// at least as deep as the collection).

/** The value of a model file and where its nodes are (see `fastRange`). */
export interface FastYaml {
  value: unknown;
  /**
   * The nodes in document order, five numbers each: kind (0 scalar, 1 list, 2 map), start, end of
   * the value, end with trailing comments, index after the node's subtree. A map's entries follow
   * its node as three numbers (index into `keys`, key start, key end) before each value's node.
   */
  table: number[];
  keys: string[];
  /** each list's item nodes, found when a position inside the list is first asked for */
  lists: Map<number, number[]>;
}

const DECLINE = new Error('not read by the fast reader');

// Where things are in the table (see FastYaml.table): a node's five numbers, a map entry's three.
const KIND = 0;
const START = 1;
const END = 2;
const NEXT = 4;
const NODE_SIZE = 5;
const ENTRY_SIZE = 3;
const [LIST, MAP] = [1, 2];

// Tabs, control characters, a byte order mark, Unicode line breaks, a lone CR: left to the package.
const UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Whether a character may be in a key: letters, digits, _ and - (a plain key that is surely a string). */
function keyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
// Keys the core schema reads as something other than a string, and one a plain object cannot hold.
const NOT_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
// A plain scalar cannot start with these; `[`, `{`, quotes are read before this is asked.
const INDICATORS = new Uint8Array(128);
for (const c of '[]{},#&*!|>\'"%@`') INDICATORS[c.charCodeAt(0)] = 1;
/** White space beyond ASCII (what /\s/ also matches): a plain scalar may not start or end with it. */
const WIDE_SPACE = /\s/;
const ESCAPES: Record<string, string> = {
  '0': '\0', 'a': '\x07', 'b': '\b', 'e': '\x1b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
  'N': '\u0085', '_': '\u00a0', 'L': '\u2028', 'P': '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };
// Deeper nesting is left to the package, which refuses what exhausts its own stack as too deep:
// a model nests items a few levels, each two collections deep.
const MAX_DEPTH = 100;

/** The value and node ranges of a model file, or undefined when the `yaml` package must read it. */
export function readFast(text: string): FastYaml | undefined {
  if (UNUSUAL.test(text) || (text.includes('\r') && /\r(?!\n)/.test(text))) return undefined;
  try {
    return new Reader(text).document();
  } catch {
    // DECLINE, or nesting deep enough to exhaust the stack: the package reports that as too deep
    return undefined;
  }
}

/**
 * The [start, end] of the node a pointer's segments name, as `positionOf` walks it: the nearest
 * existing parent when the path stops early; with `key`, that key's range when the node is a map
 * holding it.
 */
export function fastRange(fast: FastYaml, segments: string[], key?: string): [number, number] {
  const t = fast.table;
  let node = 0;
  for (const seg of segments) {
    const next = childOf(fast, node, seg);
    if (next < 0) break;
    node = next;
  }
  if (key !== undefined && t[node + KIND] === MAP) {
    const entry = entryOf(fast, node, key);
    // an entry's key start and end sit where a node's start and end do
    if (entry >= 0) return [t[entry + START] as number, t[entry + END] as number];
  }
  return [t[node + START] as number, t[node + END] as number];
}

/** The table index of a map's entry for `key`, or -1. */
function entryOf({ table: t, keys }: FastYaml, node: number, key: string): number {
  const end = t[node + NEXT] as number;
  for (let i = node + NODE_SIZE; i < end; i = t[i + ENTRY_SIZE + NEXT] as number) if (keys[t[i] as number] === key) return i;
  return -1;
}

/** The table index of a child node, found as the package finds it (a list's by Number(seg)), or -1. */
function childOf(fast: FastYaml, node: number, seg: string): number {
  const t = fast.table;
  if (t[node + KIND] === MAP) {
    const entry = entryOf(fast, node, seg);
    return entry < 0 ? -1 : entry + ENTRY_SIZE;
  }
  if (t[node + KIND] !== LIST) return -1;
  const index = Number(seg);
  if (!Number.isInteger(index) || index < 0) return -1;
  // a list's items indexed once, so that a finding on every item costs linear time in all
  let items = fast.lists.get(node);
  if (!items) {
    items = [];
    for (let i = node + NODE_SIZE, end = t[node + NEXT] as number; i < end; i = t[i + NEXT] as number) items.push(i);
    fast.lists.set(node, items);
  }
  return items[index] ?? -1;
}

/**
 * Keys a model repeats thousands of times ("id", "label", "text"), each read once per process:
 * the key at s[from, to) as a string already used as a property name, so that storing it in an
 * object needs no lookup of a fresh copy; undefined for a key that is not surely a string
 * (NOT_STRING_KEYS). The table is a cache by length and end characters, checked character by
 * character, so a new key only costs a miss.
 */
const KEY_SLOTS = 1024;
const keyCache: (string | undefined)[] = new Array<string | undefined>(KEY_SLOTS).fill(undefined);
function keyAt(s: string, from: number, to: number): string | undefined {
  const slot = ((to - from) * 61 + s.charCodeAt(from) * 31 + s.charCodeAt(to - 1)) & (KEY_SLOTS - 1);
  const known = keyCache[slot];
  if (known !== undefined && known.length === to - from && s.startsWith(known, from)) return known;
  const key = s.slice(from, to);
  if (NOT_STRING_KEYS.has(key)) return undefined;
  // a key's own copy, made a property name once (the slice would keep the whole text alive)
  const own = Object.keys({ [key]: 0 })[0] as string;
  keyCache[slot] = own;
  return own;
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The core schema's reading of a plain scalar (the yaml package's tests, in its order). */
function plainValue(s: string): unknown {
  const c = s.charCodeAt(0);
  // only these can start a null, a boolean or a number
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return s;
  // most are line numbers: digits only, a decimal integer (as the pattern below reads them)
  if (s.length <= 15 && allDigits(s)) return parseInt(s, 10);
  if (/^(?:~|[Nn]ull|NULL)$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

class Reader {
  private readonly s: string;
  private readonly n: number;
  private readonly table: number[] = [];
  private readonly keys: string[] = [];
  /** where the next unread line starts */
  private pos = 0;
  // The next content line (not blank, not a comment), found by `skip`.
  private ls = 0;
  private ind = 0;
  /** where its content ends, before any CR LF */
  private le = 0;
  /** where the line after it starts */
  private nl = 0;
  private eof = false;
  /** the deepest indentation of the comment lines skipped before it, -1 for none */
  private comments = -1;
  /** end with trailing comments of the node read last */
  private lastEnd = 0;
  /**
   * the first # at or after the offset last asked about: the reader only moves forward, and most
   * lines have none, so one search serves many lines
   */
  private hash = -1;
  /** collections open */
  private depth = 0;
  /** where the scalar read last ends */
  private scalarEnd = 0;

  constructor(s: string) {
    this.s = s;
    this.n = s.length;
  }

  document(): FastYaml {
    this.skip();
    if (this.eof || this.ind !== 0) throw DECLINE;
    const value = this.block(0);
    if (!this.eof) throw DECLINE;
    return { value, table: this.table, keys: this.keys, lists: new Map() };
  }

  /** Finds the next content line from `pos`, noting the comment lines passed. */
  private skip(): void {
    const s = this.s;
    let p = this.pos;
    let comments = -1;
    while (p < this.n) {
      let i = p;
      while (s.charCodeAt(i) === 32) i++;
      let nl = s.indexOf('\n', i);
      if (nl === -1) nl = this.n;
      const le = s.charCodeAt(nl - 1) === 13 && nl > i ? nl - 1 : nl;
      if (i < le && s.charCodeAt(i) !== 35) {
        this.ls = p;
        this.ind = i - p;
        this.le = le;
        this.nl = Math.min(nl + 1, this.n);
        this.comments = comments;
        return;
      }
      if (i < le && i - p > comments) comments = i - p;
      p = nl + 1;
    }
    this.eof = true;
    this.ls = this.n;
    this.ind = -1;
    this.comments = comments;
  }

  private isSeqLine(): boolean {
    const i = this.ls + this.ind;
    return this.s.charCodeAt(i) === 45 && (i + 1 === this.le || this.s.charCodeAt(i + 1) === 32);
  }

  /** The block collection whose first line is the current one, at indentation `indent`. */
  private block(indent: number): unknown {
    return this.isSeqLine() ? this.seq(indent) : this.map(indent);
  }

  /** Starts a collection's node at its first key or dash, at column `indent` of the current line. */
  private open(kind: number, indent: number): number {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
    const at = this.table.length;
    this.table.push(kind, this.ls + indent, 0, 0, 0);
    return at;
  }

  /** Ends a collection's node: where its last item ends, or after comment lines that stay with it. */
  private close(at: number, indent: number): void {
    const t = this.table;
    let end = this.lastEnd;
    t[at + 2] = end;
    if (this.comments >= 0 && indent > 0 && this.comments >= indent) {
      end = this.eof ? this.n : this.ls + this.ind;
      this.comments = -1;
    }
    t[at + 3] = end;
    t[at + 4] = t.length;
    this.lastEnd = end;
    this.depth--;
  }

  private map(indent: number): Record<string, unknown> {
    const s = this.s;
    const at = this.open(MAP, indent);
    const out: Record<string, unknown> = {};
    for (;;) {
      const k0 = this.ls + indent;
      let k = k0;
      const c = s.charCodeAt(k);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) throw DECLINE;
      while (keyChar(s.charCodeAt(k))) k++;
      if (s.charCodeAt(k) !== 58 || (k + 1 !== this.le && s.charCodeAt(k + 1) !== 32) || k - k0 > 1000) throw DECLINE;
      const key = keyAt(s, k0, k);
      if (key === undefined || Object.prototype.hasOwnProperty.call(out, key)) throw DECLINE;
      this.table.push(this.keys.length, k0, k);
      this.keys.push(key);
      out[key] = this.value(k + 1, indent, true);
      if (this.eof || this.ind < indent) break;
      if (this.ind > indent || this.isSeqLine()) throw DECLINE;
    }
    this.close(at, indent);
    return out;
  }

  private seq(indent: number): unknown[] {
    const at = this.open(LIST, indent);
    const out: unknown[] = [];
    for (;;) {
      // comment lines before an empty item's dash are the package's reason to stretch its range
      out.push(this.value(this.ls + indent + 1, indent, false, this.comments >= 0));
      if (this.eof || this.ind < indent) break;
      if (this.ind > indent) throw DECLINE;
      if (!this.isSeqLine()) break;
    }
    this.close(at, indent);
    return out;
  }

  /**
   * The value after a key's colon or an item's dash (`after`), in a collection at `indent`: on the
   * same line, or a block on the lines below; leaves the reader at the next content line. An
   * empty value next to comment lines is declined: the package stretches its range over them.
   */
  private value(after: number, indent: number, inMap: boolean, commentedBefore = false): unknown {
    const s = this.s;
    const le = this.le;
    let i = after;
    while (s.charCodeAt(i) === 32) i++;
    if (i === le || s.charCodeAt(i) === 35) {
      const empty = i;
      const commented = i !== le;
      this.pos = this.nl;
      this.skip();
      if (!this.eof && (this.ind > indent || (inMap && this.ind === indent && this.isSeqLine()))) return this.block(this.ind);
      if (commented || commentedBefore || this.comments >= 0) throw DECLINE;
      this.table.push(0, empty, empty, empty, this.table.length + 5);
      this.lastEnd = empty;
      return null;
    }
    const c = s.charCodeAt(i);
    if (!inMap) {
      // "- - item" opens a list, "- key: value" a map, at the column of the second dash or the key
      if (c === 45 && (i + 1 === le || s.charCodeAt(i + 1) === 32)) return this.seq(i - this.ls);
      let k = i;
      while (keyChar(s.charCodeAt(k))) k++;
      if (k > i && s.charCodeAt(k) === 58 && (k + 1 === le || s.charCodeAt(k + 1) === 32)) return this.map(i - this.ls);
    }
    let value: unknown;
    if (c === 34) value = this.doubleQuoted(i, le);
    else if (c === 39) value = this.singleQuoted(i, le);
    else if (c === 91 || c === 123) {
      if (s.charCodeAt(i + 1) !== c + 2) throw DECLINE;
      value = c === 91 ? [] : {};
      this.scalarEnd = i + 2;
    } else {
      value = this.plain(i, le);
    }
    const end = this.scalarEnd;
    if (end < le) {
      // after a quoted or flow value: nothing but a comment, set off by a space
      let j = end;
      while (s.charCodeAt(j) === 32) j++;
      if (j < le && (j === end || s.charCodeAt(j) !== 35)) throw DECLINE;
    }
    const node = this.table.length;
    this.table.push(0, i, end, 0, node + 5);
    this.table[node + 3] = this.lastEnd = this.trailing(indent);
    this.skip();
    return value;
  }

  /**
   * Where a scalar on the current line ends with what the package counts as its own: the line
   * break, then each comment line indented deeper than its collection (`indent`) that follows it,
   * blank lines between included.
   */
  private trailing(indent: number): number {
    const s = this.s;
    let end = this.nl;
    let p = end;
    while (p < this.n) {
      let i = p;
      while (s.charCodeAt(i) === 32) i++;
      const c = s.charCodeAt(i);
      // a blank line (a lone CR was declined), else a comment line deeper than the collection
      if (c === 10 || c === 13 || i === this.n) {
        p = c === 13 ? i + 2 : i + 1;
        continue;
      }
      // content, or a comment that is not the scalar's: it ends here (the line is not searched)
      if (c !== 35 || i - p <= indent) break;
      const nl = s.indexOf('\n', i);
      p = end = nl === -1 ? this.n : nl + 1;
    }
    this.pos = end;
    return end;
  }

  /** The offset of the first # at or after `from`, or the text's length. */
  private hashAfter(from: number): number {
    if (this.hash < from) {
      this.hash = this.s.indexOf('#', from);
      if (this.hash === -1) this.hash = this.n;
    }
    return this.hash;
  }

  // The scalar readers return the value and leave where it ends in `scalarEnd` (no pair to
  // allocate for each of a model's thousands of scalars).

  private plain(i: number, le: number): unknown {
    const s = this.s;
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    // - ? : start a plain scalar only when a character other than a space follows
    if ((c < 128 && INDICATORS[c] === 1) || ((c === 45 || c === 63 || c === 58) && (i + 1 === le || next === 32))) throw DECLINE;
    // the scalar ends at a comment (a # after a space) or the end of the line, spaces trimmed
    let end = le;
    for (let h = this.hashAfter(i); h < le; h = this.hashAfter(h + 1)) {
      if (s.charCodeAt(h - 1) === 32) {
        end = h;
        break;
      }
    }
    while (s.charCodeAt(end - 1) === 32) end--;
    const text = s.slice(i, end);
    // a colon and a space would make a map, a further line a multi-line scalar: left to the package
    const last = text.charCodeAt(text.length - 1);
    if (last === 58 || text.includes(': ') || ((c === 45 || c === 46) && (text.startsWith('---') || text.startsWith('...')))) throw DECLINE;
    if ((c > 127 && WIDE_SPACE.test(text[0] as string)) || (last > 127 && WIDE_SPACE.test(text[text.length - 1] as string))) throw DECLINE;
    this.scalarEnd = end;
    return plainValue(text);
  }

  private singleQuoted(i: number, le: number): string {
    const s = this.s;
    let out = '';
    let from = i + 1;
    for (;;) {
      const q = s.indexOf("'", from);
      if (q === -1 || q >= le) throw DECLINE;
      out += s.slice(from, q);
      if (s.charCodeAt(q + 1) !== 39) {
        this.scalarEnd = q + 1;
        return out;
      }
      out += "'";
      from = q + 2;
    }
  }

  private doubleQuoted(i: number, le: number): string {
    const s = this.s;
    let out = '';
    let from = i + 1;
    for (let j = from; ; j++) {
      if (j >= le) throw DECLINE;
      const c = s.charCodeAt(j);
      if (c === 34) {
        this.scalarEnd = j + 1;
        return out + s.slice(from, j);
      }
      if (c !== 92) continue;
      out += s.slice(from, j);
      const e = s[j + 1] as string;
      const length = HEX_LENGTH[e];
      if (length) {
        const hex = s.slice(j + 2, j + 2 + length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex) || parseInt(hex, 16) > 0x10ffff) throw DECLINE;
        out += String.fromCodePoint(parseInt(hex, 16));
        j += 1 + length;
      } else {
        const escaped = ESCAPES[e];
        if (escaped === undefined || j + 1 >= le) throw DECLINE;
        out += escaped;
        j += 1;
      }
      from = j + 1;
    }
  }
}
