// The shortcuts lint takes when it reads texts must give what the plain definitions give: folded
// syllables read in one pass = fold() split on non-letters; the start and the words before the first
// colon folded alone = the same parts of the whole folded text. Also: what lint remembers between
// models (configured bodies, shared walks) never leaks from one model or one configuration to another.

import { describe, expect, it } from 'vitest';
import { BUDGET_PREFIXES, BUDGET_WORDS, DEADLINE_LABELS, OUTPUT_LABELS } from '../src/lexicon/attributes.js';
import { COVERAGE_GENERIC_PAIRS, COVERAGE_STOP_WORDS } from '../src/lexicon/coverage.js';
import { RULES, lint, type LintContext } from '../src/lint/index.js';
import { SyllableWriter, foldedSyllables } from '../src/lint/syllables.js';
import { indicatorTerms } from '../src/lint/rules/goal-uncovered.js';
import { isAttributeLine } from '../src/lint/rules/task-missing-lead.js';
import type { Item, Model } from '../src/model/types.js';
import { fold } from '../src/text/normalize.js';
import { parseText } from '../src/parse.js';
import { CORPUS, corpusFiles } from './helpers.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The definition foldedSyllables stands for. */
const plainSyllables = (text: string): string[] => fold(text).split(/[^a-z0-9]+/).filter((s) => s !== '' && !/^\d+$/.test(s));

/** A fixed pseudo-random sequence, so that the strings are the same on every run. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

function strings(alphabet: readonly string[], count: number, maxLength: number, seed: number): string[] {
  const next = generator(seed);
  return Array.from({ length: count }, () => Array.from({ length: next(maxLength + 1) }, () => alphabet[next(alphabet.length)]).join(''));
}

const HOSTILE = [...'aAzZ09 _-:.,đĐİıΣσςKÅﬁ①²½\u0301\u0300\u0323\u0302\u1dca\u093c\u0915\u0958\u00a0\u2003\u200b\ufeff\t\n\u0344ắỆỹǅǄÀẞßⅫ',
  '\ud800', '\udc00', '\ud83d\ude00', '𝐀', 'ĳ', 'Ǳ', 'e\u0301', 'Nguồn', ' kinh phí', 'Thời gian thực hiện', 'abcdefghijklm'];

describe('folded syllables read in one pass', () => {
  it('are those of the folded text, for Vietnamese, decomposed and odd text', () => {
    const samples = [
      'Ủy ban nhân dân tỉnh Đắk Lắk; Sở Thông tin và Truyền thông (TT&TT), hạ tầng 5G, IoT, GRDP 2025.',
      'Tăng cường công tác bảo vệ bí mật nhà nước'.normalize('NFD'),
      'https://vanban.chinhphu.vn/default.aspx?pageid=27160 supercalifragilistic 1234567890123 a1b2c3d4e5f6',
      'Hoà, thuý, uỷ; hòa, thúy, ủy — “ngoặc kép” … ΑΣ ΣΑ',
      '', ' ', '2025', '12/2025/NĐ-CP',
      ...strings(HOSTILE, 3000, 14, 7),
    ];
    for (const text of samples) expect(foldedSyllables(text), JSON.stringify(text)).toEqual(plainSyllables(text));
  });

  it('treat every BMP character as fold() does, beside letters and alone', () => {
    for (let cp = 0x80; cp < 0x10000; cp++) {
      const ch = String.fromCharCode(cp);
      const text = `ab${ch}Cd ${ch}`;
      const got = foldedSyllables(text);
      const want = plainSyllables(text);
      if (got.join(' ') !== want.join(' ')) expect(got, `U+${cp.toString(16)}`).toEqual(want);
    }
  });

  it('written one after another, are those of the texts in order, each text ending a syllable', () => {
    const writer = new SyllableWriter();
    const texts = strings(HOSTILE, 400, 10, 13);
    for (let i = 0; i + 3 <= texts.length; i += 3) {
      const parts = texts.slice(i, i + 3) as [string, string, string];
      writer.clear();
      writer.write(parts[0]);
      writer.put(10);
      writer.write(parts[1]);
      writer.write(parts[2]);
      const want = `${plainSyllables(parts[0]).map((x) => `${x} `).join('')}\n${[...plainSyllables(parts[1]), ...plainSyllables(parts[2])].map((x) => `${x} `).join('')}`;
      expect(writer.toString(), JSON.stringify(parts)).toBe(want);
    }
    // a long text grows the buffer
    writer.clear();
    const long = 'Chuyển đổi số quốc gia 2025 '.repeat(2000);
    writer.write(long);
    expect(writer.toString()).toBe(plainSyllables(long).map((x) => `${x} `).join(''));
  });
});

describe('the start of a task text, folded alone', () => {
  const BUDGET = /^(?:nguon )?(?:kinh phi|nguon luc|von)\b/;
  const ATTRIBUTES = new Set([...DEADLINE_LABELS, ...OUTPUT_LABELS].map(fold));
  /** The definition isAttributeLine stands for: tests on the whole folded text. */
  const plain = (text: string): boolean => {
    const folded = fold(text);
    const colon = folded.indexOf(':');
    return BUDGET.test(folded) || (colon > 0 && ATTRIBUTES.has(folded.slice(0, colon).replace(/[^a-z0-9 ]+/g, ' ').trim()));
  };
  it('reads each budget word of the lexicon, alone and after a prefix, as a line about means', () => {
    for (const w of BUDGET_WORDS) {
      const cap = w[0]!.toUpperCase() + w.slice(1);
      expect(isAttributeLine(`${cap} thực hiện: 5 tỷ đồng`), w).toBe(true);
      for (const p of BUDGET_PREFIXES) expect(isAttributeLine(`${p[0]!.toUpperCase()}${p.slice(1)} ${w} ngân sách tỉnh`), w).toBe(true);
      expect(isAttributeLine(`Bố trí ${w} thực hiện`), w).toBe(false);
    }
  });
  it('tells attribute and budget lines as the whole folded text does', () => {
    const heads = ['Nguồn kinh phí', 'Kinh phí', 'Nguồn lực', 'Vốn', 'Vốnx', 'Nguồn vốn', 'Nguồn nguồn lực', 'NGUỒN  KINH PHÍ', 'Nguồn\u0300 kinh phi', 'Σ', '\u0301',
      'Thời  gian thực hiện', 'Thời gian - thực hiện', 'Ñguồn vốn', ...DEADLINE_LABELS, ...OUTPUT_LABELS, ...OUTPUT_LABELS.map((l) => l.toUpperCase())];
    const tails = [':', ': ', ' :', 'x', ' và ', ': Quý IV/2025', '', ' nguồn vốn ngân sách nhà nước được bố trí theo quy định hiện hành của pháp luật', '\u00a0', '\u0301:', 'Σ '];
    const texts = strings([...heads, ...tails], 20000, 5, 11).map((t) => t.trim()).filter((t) => t !== '');
    expect(texts.filter(plain).length).toBeGreaterThan(1000);
    for (const text of texts) expect(isAttributeLine(text), JSON.stringify(text)).toBe(plain(text));
  });
});

let nextLine = 1;
const item = (id: string, label: string, extra: Partial<Item> = {}): Item => ({ id, label, line: nextLine++, text: 'Triển khai nền tảng số.', ...extra });
function model(parts: Partial<Model>): Model {
  return {
    vanban: 1, source: { file: 't.md', format: 'markdown', sha256: 'a'.repeat(64) }, document: { kind: 'plan' }, references: [], outline: [],
    preamble: [], background: [], purpose: [], viewpoints: [], goals: [], tasks: [], implementation: [], appendices: [], other: [], bodies: [], ...parts,
  } as Model;
}
const paths = (code: string, m: Model, ctx: LintContext): string[] => lint(m, ctx).filter((f) => f.code === code).map((f) => f.path);

describe('goal-uncovered terms', () => {
  const target = (indicator: string) => ({ indicator, comparator: '=' as const, value: 1, text: '1', year: 2030 });
  const en: LintContext = { knownBodies: [], lang: 'en' };
  it('pass over each function word and generic pair of the lexicon, and keep the subject around them', () => {
    for (const w of COVERAGE_STOP_WORDS) {
      expect(indicatorTerms(`${w} thất nghiệp`), w).toEqual(['that nghiep']);
      expect(indicatorTerms(`thất nghiệp ${w}`), w).toEqual(['that nghiep']);
    }
    for (const pair of COVERAGE_GENERIC_PAIRS) {
      expect(indicatorTerms(pair), pair).toEqual([]);
      expect(indicatorTerms(`${pair} thất nghiệp`).includes('that nghiep'), pair).toBe(true);
    }
  });
  it('matches acronyms of several syllables and long syllables in a row, within one item', () => {
    // "co", "la" and "to" are function words: the acronym is the only term
    expect(indicatorTerms('CO&LA&TO')).toEqual(['co la to']);
    const goals = [item('I.1', '1.', { targets: [target('CO&LA&TO'), target('Kết nối SUPERCALIFRAGILISTIC')] })];
    const uncovered = (tasks: Item[]): string[] => paths('goal-uncovered', model({ goals, tasks }), en);
    expect(uncovered([item('1', '1.', { text: 'Có là tổ; co, la, to và kết nối supercalifragilistic.' })])).toEqual([]);
    expect(uncovered([item('1', '1.', { text: 'Co la' }), item('2', '2.', { text: 'to, supercalifragilisti nối.' })]))
      .toEqual(['/goals/0/targets/0/indicator', '/goals/0/targets/1/indicator']);
  });
  it('are found in the corpus tasks exactly where each item\'s folded syllables hold them in a row', () => {
    // the definition: an item's words are its fields' syllables one after another; a term is
    // mentioned where some work item's syllables hold the term's syllables in a row
    const mentioned = (m: Model, term: string): boolean => [...m.tasks, ...m.implementation].some(function holds(it: Item): boolean {
      const words = [it.title, it.text, ...(it.cells ?? []), ...(it.outputs ?? []), ...(it.targets ?? []).map((t) => t.indicator)]
        .filter((w): w is string => typeof w === 'string').flatMap(plainSyllables);
      return ` ${words.join(' ')} `.includes(` ${term} `) || (it.items ?? []).some(holds);
    });
    let checked = 0;
    for (const f of corpusFiles()) {
      const m = parseText(readFileSync(join(CORPUS, f), 'utf8'), { file: f, format: f.endsWith('.txt') ? 'text' : 'markdown', sha256: '0'.repeat(64) }).model;
      if (m.tasks.length + m.implementation.length === 0) continue;
      const want = new Set<string>();
      const seen = new Set<string>();
      m.goals.forEach(function visit(it: Item, i: number, _all: Item[], path = `/goals/${i}`): void {
        (it.targets ?? []).forEach((t, j) => {
          if (typeof t.indicator !== 'string') return;
          const terms = indicatorTerms(t.indicator);
          const key = foldedSyllables(t.indicator).join(' ');
          checked++;
          if (terms.length === 0 || seen.has(key) || terms.some((term) => mentioned(m, term))) return;
          seen.add(key);
          want.add(`${path}/targets/${j}/indicator`);
        });
        (it.items ?? []).forEach((c, k, all) => visit(c, k, all, `${path}/items/${k}`));
      });
      expect(new Set(paths('goal-uncovered', m, en)), f).toEqual(want);
    }
    if (corpusFiles().length) expect(checked).toBeGreaterThan(100);
  });
  it('reads on past items that cover some targets until every target is told', () => {
    const goals = [item('I.1', '1.', { targets: [target('lao động qua đào tạo'), target('doanh nghiệp số')] })];
    const tasks = [item('1', '1.', { text: 'Đào tạo nghề.' }), item('2', '2.', { text: 'Phát triển doanh nghiệp số.' })];
    expect(paths('goal-uncovered', model({ goals, tasks }), en)).toEqual([]);
    expect(paths('goal-uncovered', model({ goals, tasks: tasks.slice(0, 1) }), en)).toEqual(['/goals/0/targets/1/indicator']);
  });
});

describe('empty-section', () => {
  const en: LintContext = { knownBodies: [], lang: 'en' };
  const heading = (id: string, label: string, line: unknown) => ({ id, label, title: 'MỤC', line, sections: ['tasks'] }) as Model['outline'][number];
  it('counts the items between an unlabeled heading and the next one, however their lines are written', () => {
    const outline = [heading('p1', '', 10), heading('II', 'II.', 20), heading('p2', '', 30), heading('p3', '', '40')];
    const at = (...lines: unknown[]): string[] => paths('empty-section', model({ outline, tasks: lines.map((line, i) => ({ ...item(`I.${i}`, '1.'), line }) as Item) }), en);
    expect(at(35, 45)).toEqual(['/outline/0/sections/0', '/outline/1/sections/0']);
    expect(at('12', [33], 50)).toEqual(['/outline/1/sections/0']);
    expect(at(10, 30, 40, 'x', null)).toEqual(['/outline/0/sections/0', '/outline/1/sections/0', '/outline/2/sections/0', '/outline/3/sections/0']);
    expect(paths('empty-section', model({ outline, tasks: [item('II.1.a', 'a)', { line: 1 })] }), en)).toEqual(['/outline/0/sections/0', '/outline/2/sections/0', '/outline/3/sections/0']);
  });
});

describe('what lint keeps between models', () => {
  const led = (...names: string[]): Model => model({ tasks: names.map((n, i) => item(`${i + 1}`, `${i + 1}.`, { lead: [n] })) });
  it('follows the configured bodies when they change, even in the same array', () => {
    const names = ['Sở Tài chính', 'Sở Nội vụ'];
    const ctx: LintContext = { knownBodies: names, lang: 'en' };
    const m = led('Sở Tài chính', 'Sở Xây dựng', 'Sở Nội vụ');
    expect(paths('unknown-body', m, ctx)).toEqual(['/tasks/1/lead/0']);
    names[1] = 'Sở Xây dựng';
    expect(paths('unknown-body', m, ctx)).toEqual(['/tasks/2/lead/0']);
    expect(paths('unknown-body', m, { knownBodies: ['Sở Tài chính'], lang: 'en' })).toEqual(['/tasks/1/lead/0', '/tasks/2/lead/0']);
    const [suggested] = lint(led('Sở Tài chin'), { knownBodies: ['Sở Tài chính', 'Sở Tài chính tỉnh'], lang: 'en' });
    expect(suggested?.message).toContain('"Sở Tài chính"');
  });
  it('walks each model afresh, a model changed since its last lint too', () => {
    const en: LintContext = { knownBodies: [], lang: 'en' };
    const m = model({ tasks: [item('X', '1.', { lead: ['Sở Nội vụ'], items: ['a)', 'b)', 'd)'].map((l, i) => item(`X.${i}`, l, { lead: ['Sở Nội vụ'] })) })] });
    const other = model({ tasks: [item('Y', '1.', { lead: ['Sở Nội vụ'] }), item('Y', '2.', { lead: ['Sở Nội vụ'] })] });
    expect(paths('numbering-gap', m, en)).toEqual(['/tasks/0/items/2/label']);
    expect(lint(other, en).map((f) => f.code)).toEqual(['duplicate-id']);
    (m.tasks[0]?.items?.[2] as Item).label = 'c)';
    expect(lint(m, en)).toEqual([]);
    for (const rule of RULES) expect(rule.check(other, en).length, rule.code).toBe(rule.code === 'duplicate-id' ? 1 : 0);
  });
});
