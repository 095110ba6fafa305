// The fast model reader against the `yaml` package: on every corpus model and generated programme
// it reads the file, to the same value and the same position for every place a finding can name;
// on models edited at random and on random trees with comment lines anywhere it either declines
// or agrees; and it declines what it does not know. Fixed seeds; FUZZ_SEED and FUZZ_RUNS run the
// random properties with another seed or for longer.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProgramme } from '../scripts/bench/generate.mjs';
import { parseText } from '../src/parse.js';
import { toYaml } from '../src/serialize/output.js';
import { readFast } from '../src/validate/fast-yaml.js';
import { positionOf } from '../src/validate/positions.js';
import { loadYaml, loadYamlCounted } from '../src/validate/yaml-package.js';
import { CORPUS, corpusFiles, places, positions } from './helpers.js';

const SHA = '0'.repeat(64);
const corpus = corpusFiles().map((file) => ({
  name: file,
  yaml: toYaml(parseText(readFileSync(join(CORPUS, file), 'utf8'), { file, format: file.endsWith('.txt') ? 'text' : 'markdown', sha256: SHA }).model, './schemas/vanban.schema.json'),
}));
const generated = Array.from({ length: 12 }, (_, k) => {
  const format = k % 3 ? 'markdown' : 'text';
  const { text } = generateProgramme({ seed: 500 + k, items: 10 + ((k * 53) % 51), format });
  return { name: `generated ${k}`, yaml: toYaml(parseText(text, { file: 'g.md', format, sha256: SHA }).model) };
});

/** Pointers a finding might name beyond the nodes: odd list indexes, paths that stop early. */
function oddPlaces(loaded: ReturnType<typeof loadYaml>, value: unknown): string {
  return places(value).filter((p) => p.keys.length === 0).slice(0, 200).flatMap(({ pointer }) => ['/0', '/01', '/', '/1.0', '/-0', '/1e0', '/x/y'].map((s) => pointer + s))
    .map((p) => JSON.stringify(positionOf(loaded, p))).join('\n');
}

/** Whether the fast reader either declines `text` or gives exactly what the package gives. */
function agrees(text: string): { fast: boolean } {
  const slow = loadYamlCounted(text);
  const fast = readFast(text);
  if (!fast) return { fast: false };
  expect(slow.errors).toEqual([]);
  expect(fast.value).toEqual(slow.value);
  const loaded = loadYaml(text);
  expect(loaded.fast).toBeDefined();
  expect(positions(loaded, slow.value)).toEqual(positions(slow, slow.value));
  expect(oddPlaces(loaded, slow.value)).toEqual(oddPlaces(slow, slow.value));
  return { fast: true };
}

describe('fast model reader', () => {
  it.each([...corpus, ...generated].map((m) => [m.name, m.yaml]))('reads %s as the yaml package does', (_name, yaml) => {
    expect(agrees(yaml).fast).toBe(true);
  });
});

/** Odd values a clerk might type: numbers and nulls in their spellings, quoting, look-alikes. */
const ODD = [
  "'yes'", 'yes', '1e3', '-1.5E-3', '0x1F', '0o17', '012', '+12', '-0', '1_000', '.5', '5.', '1.50', '.NaN', '.nan', '.inf', '-.INF', '+.Inf', '~', 'null', 'NULL', 'Null', 'True', 'FALSE', 'tRUE',
  '2028-12-31', '"a: b"', 'a: b', '- x', '-', '-x', '#x', 'a #b', 'a#b', 'x   ', "'it''s'", "''", '""', '"\\x41\\u00e9\\U0001F600\\t\\"\\\\\\/\\_"', '"\\q"', '"\\U00110000"', "'unclosed", '"unclosed',
  '[]', '{}', '[ ]', '[a]', '{a: 1}', '|', '>-', '&a x', '*a', '!!str x', '!x y', '?x', '? x', ':x', ': x', '%x', '@x', '`x', ',x', 'x,y]', 'Đắk Lắk – 10%', ' ', '0x', '1e', '"a" #c', '"a"#c', "'a' b",
  'a\u00a0', '\u3000a', '--- x', '...', 'x: ', 'http://x.y/z?a=1#f', 'C:\\dir', '"é\u00a0"',
];

/** One edit of a model's lines. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('comment' as const), at: fc.nat(), indent: fc.nat({ max: 10 }), blank: fc.boolean() }),
  fc.record({ op: fc.constant('trailing' as const), at: fc.nat(), text: fc.constantFrom(' # note', '  #x', '#x', '   ', ' ') }),
  fc.record({ op: fc.constant('value' as const), at: fc.nat(), text: fc.constantFrom(...ODD) }),
  fc.record({ op: fc.constant('quote' as const), at: fc.nat(), quote: fc.constantFrom("'", '"') }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('extra: 1', 'extra:', '- extra', '-', 'extra: []', 'extra: {}', '- - x', '- a: b', '  ', '# c', '---', '...', '%YAML 1.2') }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(lines: string[], e: Edit): void {
  const at = e.at % lines.length;
  const line = lines[at] as string;
  const indentOf = (l: string): string => /^ */.exec(l)?.[0] ?? '';
  switch (e.op) {
    case 'comment': lines.splice(at, 0, ...(e.blank ? [''] : []), `${' '.repeat(e.indent)}# a note`); break;
    case 'trailing': lines[at] = line + e.text; break;
    case 'value': lines[at] = line.replace(/^(\s*(?:- )?(?:[\w-]+:)?)( .*)?$/, `$1 ${e.text}`); break;
    case 'quote': lines[at] = line.replace(/^(\s*(?:- )?(?:[\w-]+: )?)(.+)$/, (_m, head: string, v: string) => `${head}${e.quote}${v.replace(/'/g, e.quote === "'" ? "''" : "'")}${e.quote}`); break;
    case 'delete': lines.splice(at, 1); break;
    case 'repeat': lines.splice(at, 0, line); break;
    case 'indent': lines[at] = e.by > 0 ? ' '.repeat(e.by) + line : line.slice(Math.min(-e.by, indentOf(line).length)); break;
    case 'insert': lines.splice(at, 0, indentOf(line) + e.text); break;
  }
}

describe('fast model reader on edited models', () => {
  // the first lines of a few models: every kind of section, short enough for many cases
  const bases = [...corpus.slice(0, 8), ...generated.slice(0, 2)].map((m) => m.yaml.split('\n').slice(0, 160).join('\n'));

  it('declines or agrees with the yaml package', () => {
    let read = 0;
    fc.assert(fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 5 }), fc.boolean(), (which, edits, crlf) => {
      const lines = (bases[which % bases.length] as string).split('\n');
      for (const e of edits) if (lines.length) applyEdit(lines, e);
      const text = lines.join(crlf ? '\r\n' : '\n');
      if (agrees(text).fast) read++;
    }), { seed: Number(process.env.FUZZ_SEED ?? 20251126), numRuns: Number(process.env.FUZZ_RUNS ?? 600) });
    // many edits keep a model the fast reader reads (the others check that it declines)
    expect(read).toBeGreaterThan(100);
  });

  it('agrees on each odd value where a model has a value', () => {
    for (const text of ODD) {
      for (const yaml of [`a: ${text}\nb: 1\n`, `a:\n  - ${text}\n  - 2\n`, `a:\n  - k: ${text}\n    j: 2\nz: 0\n`, `a: ${text}`]) agrees(yaml);
    }
  });
});

describe('fast model reader on comments, blank lines and empty values', () => {
  // where comment lines fall changes where the package ends a node: each layout against it
  const layouts = [
    'a:\n  b: 1\n\n# c0\nd: 2', 'a:\n  b: 1\n  # c2\n\nd: 2', 'a:\n  b: 1\n    # c4\nd: 2', 'a: 1\n\n  # c\n\nb: 2',
    'a:\n  b:\n    - 1\n    # c4\n  # c2\n# c0\nd: 2', 'a:\n  - b: 1\n    # c4\n  # c2\n  - 2\nd: 2', 'a:\n  b: 1\n # c1\nd: 2',
    'a: 1\nb: 2\n\n# end\n\n', 'a:\n  b: 1  \n  \n  # c\n  \nd: 2', 'a:\n- 1\n- 2\n# c\nb: 1', 'x:\n  a:\n  - 1\n  # c\n  b: 1',
    'x:\n  - a: 1\n    # c\ny: 1', 'x:\n  - a: 1\n      # c\n\n      # d\n    # e\ny: 1', 'a:\n  # c\n  b: 1', 'a: # c\n  b: 1', 'a:\n# c\n- 1',
    '-\n  # c\n  a: 1', 'a:\nb:\n\n\nc:   \nd:', 'a:\n  -\n  - []\n  - {}  # x\n  # y\n', 'a:\n  b: x\n    # deep\n  # c\n', '- - a\n  - b\n- - - c\n',
    'a:\n  b:\n    c: 1\n    # c4\n  # c2\n', 'a:\n  b:\n    c: 1\n    # c4\n  d: 2\n', 'a: "x" # c\n  # d\nb: [] #e\n    # f',
  ];
  it.each(layouts)('%j', (text) => {
    agrees(text);
    agrees(text.replace(/\n/g, '\r\n'));
  });
});

describe('fast model reader declines', () => {
  const declined: [string, string][] = [
    ['an anchor', 'a: &x 1\nb: 2\n'],
    ['an alias', 'a: 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a custom tag', 'a: !money 5\n'],
    ['a flow list', 'a: [1, 2]\n'],
    ['a flow map', 'a: {b: 1}\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document marker', '---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a document end', 'a: 1\n...\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key the core schema reads as null', 'null: 1\n'],
    ['a numeric key', '1: a\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['tabs in indentation', 'a:\n\tb: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['odd indentation', 'a:\n  b: 1\n c: 2\n'],
    ['a deeper line after a value', 'a: 1\n  b: 2\n'],
    ['an unclosed quote', 'a: "x\n'],
    ['a multi-line quoted string', 'a: "x\n  y"\n'],
    ['a block literal', 'a: |\n  x\n'],
    ['a folded block', 'a: >-\n  x\n'],
    ['a multi-line plain scalar', 'a: x\n  y\n'],
    ['a compact nested map', 'a: b: c\n'],
    ['a list as a value on the key line', 'a: - x\n'],
    ['a list at the map\'s column after a value', 'a: 1\n- x\n'],
    ['an empty document', ''],
    ['only comments', '# nothing\n'],
    ['a scalar document', 'just text\n'],
    ['an indented first line', '  a: 1\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a control character', 'a: x\u0007y\n'],
    ['a comment without a space', 'a: "x"#c\n'],
    ['an empty value with a comment', 'a: # c\nb: 1\n'],
    ['an empty value followed by a comment line', 'a:\n# c\nb: 1\n'],
    ['a reserved character', 'a: @x\n'],
    ['an unknown escape', 'a: "\\q"\n'],
  ];
  it.each(declined)('%s', (_name, text) => {
    expect(readFast(text)).toBeUndefined();
    // and the package reads it as before
    const [loaded, counted] = [loadYaml(text), loadYamlCounted(text)];
    expect(loaded.fast).toBeUndefined();
    expect([loaded.value, loaded.errors]).toEqual([counted.value, counted.errors]);
  });

  it('nesting deeper than the stack, which the package then refuses as too deep', () => {
    const deep = `${'- '.repeat(100_000)}x\n`;
    expect(readFast(deep)).toBeUndefined();
    expect(new Set(loadYaml(deep).errors.map((e) => e.kind))).toEqual(new Set(['too-deep']));
  });

  it('nesting deeper than models nest, where the package decides whether it is too deep', () => {
    const nest = (levels: number): string => `${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- items:`).join('\n')}\n`;
    expect(readFast(nest(49))).toBeDefined();
    expect(readFast(nest(51))).toBeUndefined();
  });

  it('leaves duplicate keys, tags and alias bombs to the package, which reports them', () => {
    expect(loadYaml('a: 1\na: 2\n').errors.map((e) => e.kind)).toEqual(['duplicate-key']);
    expect(loadYaml('a: !money 5\n').errors.map((e) => e.kind)).toEqual(['tag']);
    const bomb = ['a: &a [x, x]', ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(loadYaml(bomb).errors.map((e) => e.kind)).toEqual(['alias-limit']);
  });
});

/** A small YAML tree: scalars as written, null for an empty value, maps and lists. */
type Tree = string | null | Tree[] | { [key: string]: Tree };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', 'Sở Tài chính', '1', '"q # x"', "'s'", '[]', '{}', '~', '2028-12-31', 'a #b'),
    fc.constant(null),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd-e', 'k_1'), tie('node')), { minLength: 1, maxLength: 3, selector: ([k]) => k })
      .map((entries) => Object.fromEntries(entries)),
  ),
})).node;

/** The tree as block YAML at `indent`, lists under keys indented or not (`flat`). */
function render(t: Tree, indent: number, flat: boolean): string[] {
  const sp = ' '.repeat(indent);
  const nested = (v: Tree, key: string): string[] => {
    if (v === null || typeof v === 'string') return [`${key}${v === null ? '' : ` ${v}`}`];
    const inner = render(v, Array.isArray(v) && flat ? indent : indent + 2, flat);
    return [key, ...inner];
  };
  if (Array.isArray(t)) {
    return t.flatMap((v) => {
      if (v === null || typeof v === 'string') return [`${sp}-${v === null ? '' : ` ${v}`}`];
      // an item that is a map or a list starts on the dash's line
      const inner = render(v, indent + 2, flat);
      return [`${sp}- ${(inner[0] as string).trimStart()}`, ...inner.slice(1)];
    });
  }
  if (t !== null && typeof t === 'object') return Object.entries(t).flatMap(([k, v]) => nested(v, `${sp}${k}:`));
  return [`${sp}${t ?? ''}`];
}

describe('fast model reader on random trees', () => {
  it('declines or agrees, with comment lines and blank lines anywhere', () => {
    let read = 0;
    const noise = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 9 }), fc.constantFrom('# c', '', '  ', 'TRAIL')), { maxLength: 6 });
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c'), tree, { minKeys: 1 }), fc.boolean(), noise, fc.boolean(), (root, flat, extra, crlf) => {
      const lines = render(root, 0, flat);
      for (const [at, indent, text] of extra) {
        const i = at % (lines.length + 1);
        if (text === 'TRAIL') lines[Math.min(i, lines.length - 1)] += ' # t';
        else lines.splice(i, 0, text && ' '.repeat(indent) + text);
      }
      const eol = crlf ? '\r\n' : '\n';
      if (agrees(lines.join(eol) + eol).fast) read++;
    }), { seed: Number(process.env.FUZZ_SEED ?? 20251127), numRuns: Number(process.env.FUZZ_RUNS ?? 600) });
    expect(read).toBeGreaterThan(300);
  });
});

describe('fast model reader on odd scalars', () => {
  it('declines or agrees on any short run of indicators, quotes, digits and spaces as a value or a key', () => {
    const char = fc.constantFrom(...'a x#:-?\'"\\[]{},&*!|>%@`.01eEoxX+~nulTF_é\u00a0'.split(''));
    let read = 0;
    const word = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(fc.property(word, word, (v, k) => {
      for (const text of [`a: ${v}\nb: 1\n`, `a:\n  - ${v}\n`, `- k: ${v}\n  j: ${v}\n`, `a: ${v}`, `${k}: 1\n${k}x: 2\n`, `- ${k}: ${v}\n`]) if (agrees(text).fast) read++;
    }), { seed: Number(process.env.FUZZ_SEED ?? 20251128), numRuns: Number(process.env.FUZZ_RUNS ?? 1500) });
    expect(read).toBeGreaterThan(1000);
  });
});
