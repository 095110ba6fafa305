// Lint rules: every rule has a docs page and a fixture that triggers it (and only it); edge cases
// per rule; severities; and the whole corpus, where lint never throws and every path resolves.
// Assertions are on codes and JSON pointers, not wording.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULES, lint, resolvePointer, type LintContext, type RuleSeverity } from '../src/lint/index.js';
import { boundedDistance } from '../src/lint/levenshtein.js';
import { closestBody } from '../src/lint/rules/unknown-body.js';
import { duplicateId } from '../src/lint/rules/duplicate-id.js';
import { bodyKey } from '../src/extract/bodies.js';
import type { DocumentInfo, Item, Model, OutlineEntry } from '../src/model/types.js';
import { parseText } from '../src/parse.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const DOCS = join(ROOT, 'docs', 'rules');
const FIXTURES = join(ROOT, 'fixtures-lint');
const CODES = RULES.map((r) => r.code);
const ctx: LintContext = { knownBodies: [], lang: 'en' };

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validModel = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'vanban.schema.json'), 'utf8')));

let nextLine = 1;
const item = (id: string, label: string, extra: Partial<Item> = {}): Item => ({ id, label, line: nextLine++, text: 'Triển khai nền tảng số.', ...extra });
const heading = (id: string, label: string, sections: OutlineEntry['sections'], line = nextLine++): OutlineEntry => ({ id, label, title: 'MỤC', line, sections });
function model(parts: Partial<Omit<Model, 'document'>> & { document?: Partial<DocumentInfo> } = {}): Model {
  const { document, ...rest } = parts;
  return {
    vanban: 1, source: { file: 't.md', format: 'markdown', sha256: 'a'.repeat(64) }, document: { kind: 'plan', ...document }, references: [], outline: [],
    preamble: [], background: [], purpose: [], viewpoints: [], goals: [], tasks: [], implementation: [], appendices: [], other: [], bodies: [], ...rest,
  };
}
/** [code, path] of every finding of one rule. */
function found(code: string, m: Model, c: LintContext = ctx): string[] {
  const rule = RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`no rule ${code}`);
  return rule.check(m, c).map((f) => f.path);
}
const lettered = (labels: string[], extra: Partial<Item> = {}): Item[] => labels.map((l, i) => item(`X.${i}`, l, { lead: ['Sở Nội vụ'], ...extra }));

describe('lint rules: drift', () => {
  it('codes are unique kebab-case, with vi and en descriptions', () => {
    expect(new Set(CODES).size).toBe(CODES.length);
    for (const r of RULES) {
      expect(r.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.description.vi && r.description.en).toBeTruthy();
    }
  });
  it('every rule has a docs page and a fixture folder, and there are no others', () => {
    expect(readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort()).toEqual([...CODES].sort());
    expect(readdirSync(FIXTURES).filter((d) => d !== 'clean').sort()).toEqual([...CODES].sort());
  });
  it.each(RULES.map((r) => [r.code, r] as const))('docs/rules/%s.md states the default severity and how to turn it off', (code, rule) => {
    const page = readFileSync(join(DOCS, `${code}.md`), 'utf8');
    expect(page.startsWith(`# ${code}\n`)).toBe(true);
    expect(page).toContain(`**Default severity:** ${rule.defaultSeverity}`);
    expect(page).toContain(`rules:\n  ${code}: off`);
  });
});

function loadFixture(dir: string): { model: Model; ctx: LintContext } {
  const m = parse(readFileSync(join(FIXTURES, dir, 'model.yaml'), 'utf8'), { schema: 'core' }) as Model;
  const configFile = join(FIXTURES, dir, 'vanban.config.yaml');
  const config = existsSync(configFile) ? (parse(readFileSync(configFile, 'utf8'), { schema: 'core' }) as { bodies?: (string | { name: string })[] }) : {};
  return { model: m, ctx: { knownBodies: (config.bodies ?? []).map((b) => (typeof b === 'string' ? b : b.name)), lang: 'vi' } };
}

describe('lint fixtures', () => {
  it.each([...CODES, 'clean'])('fixtures-lint/%s is a valid model that triggers its rule and no other', (dir) => {
    const { model: m, ctx: c } = loadFixture(dir);
    expect(validModel(m), JSON.stringify(validModel.errors)).toBe(true);
    const findings = lint(m, c);
    expect([...new Set(findings.map((f) => f.code))]).toEqual(dir === 'clean' ? [] : [dir]);
    for (const f of findings) {
      expect(resolvePointer(m, f.path)).toBeDefined();
      expect(f.message).not.toBe('');
      expect(f.severity).toBe(RULES.find((r) => r.code === f.code)?.defaultSeverity);
    }
  });
});

describe('numbering-gap and numbering-repeat', () => {
  const gaps = (labels: string[]): string[] => found('numbering-gap', model({ tasks: [item('X', '1.', { items: lettered(labels) })] }));
  const repeats = (labels: string[]): string[] => found('numbering-repeat', model({ tasks: [item('X', '1.', { items: lettered(labels) })] }));
  it('follows the Vietnamese alphabet: đ after d, e after đ, no f', () => {
    expect(gaps(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)', 'i)', 'k)'])).toEqual([]);
    expect(gaps(['a)', 'b)', 'd)'])).toEqual(['/tasks/0/items/2/label']);
    expect(gaps(['d)', 'g)'])).toEqual(['/tasks/0/items/1/label']);
    expect(gaps(['đ)', 'g)'])).toEqual(['/tasks/0/items/1/label']);
  });
  it('accepts lists that leave out đ, and upper-case lists that leave out I', () => {
    expect(gaps(['c)', 'd)', 'e)', 'g)'])).toEqual([]);
    expect(gaps(['A.', 'B.', 'C.', 'D.', 'E.', 'G.', 'H.', 'K.', 'L.'])).toEqual([]);
    expect(gaps(['G.', 'H.', 'I.', 'K.'])).toEqual([]);
  });
  it('checks Roman numerals, decimals by prefix, bare table numbers and articles', () => {
    expect(gaps(['I.', 'II.', 'IV.'])).toEqual(['/tasks/0/items/2/label']);
    expect(gaps(['1.1.', '1.2.', '1.4.'])).toEqual(['/tasks/0/items/2/label']);
    expect(gaps(['1.1.', '1.2.', '2.1.', '2.2.'])).toEqual([]);
    expect(gaps(['1', '2', '4'])).toEqual(['/tasks/0/items/2/label']);
    expect(gaps(['Điều 1.', 'Điều 2.', 'Điều 4.'])).toEqual(['/tasks/0/items/2/label']);
  });
  it('ignores bullets, unlabeled items, new lists and unnumbered appendices', () => {
    expect(gaps(['-', '-', '+', '', ''])).toEqual([]);
    expect(gaps(['a)', 'b)', 'a)', 'b)', 'c)'])).toEqual([]);
    expect(repeats(['-', '-', '', '', 'PHỤ LỤC', 'PHỤ LỤC'])).toEqual([]);
  });
  it('reports repeats at the second label', () => {
    expect(repeats(['a)', 'b)', 'b)', 'c)'])).toEqual(['/tasks/0/items/2/label']);
    expect(gaps(['a)', 'b)', 'b)', 'c)'])).toEqual([]);
  });
  it('reads headings and top-level items of several sections as one list of siblings', () => {
    const split = model({ outline: [heading('II', 'II.', ['goals', 'purpose'], 1)], goals: [item('II.1', '1.', { line: 2 }), item('II.3', '3.', { line: 4 })], purpose: [item('II.2', '2.', { line: 3 })] });
    expect(found('numbering-gap', split)).toEqual([]);
    const skipped = model({ outline: [heading('I', 'I.', ['goals']), heading('II', 'II.', ['tasks']), heading('IV', 'IV.', ['implementation'])] });
    expect(found('numbering-gap', skipped)).toEqual(['/outline/2/label']);
    expect(found('numbering-gap', model({ goals: [item('II.1', '1.', { line: 2 }), item('II.3', '3.', { line: 4 })] }))).toEqual(['/goals/1/label']);
  });
});

describe('duplicate-id', () => {
  it('finds an id used twice across sections, at the second', () => {
    const m = model({ tasks: [item('II.1', '1.', { items: [item('II.1.a', 'a)')] })], implementation: [item('II.1.a', 'a)')] });
    expect(found('duplicate-id', m)).toEqual(['/implementation/0/id']);
  });

  it('names the first item by its line when the caller can tell lines, else by its pointer', () => {
    const m = model({ tasks: [item('II.1', '1.'), item('II.1', '2.')] });
    const asked: string[] = [];
    const lineOf = (p: string): number => {
      asked.push(p);
      return 40;
    };
    const [withLine] = duplicateId.check(m, { knownBodies: [], lang: 'en', lineOf });
    expect(asked).toEqual(['/tasks/0/id']);
    expect(withLine?.message).toBe('Item id "II.1" is already used at line 40 (/tasks/0)');
    expect(duplicateId.check(m, { knownBodies: [], lang: 'vi' })[0]?.message).toBe('Mã mục "II.1" trùng với mục ở /tasks/0');
  });
});

describe('task-missing-lead', () => {
  const lead = { lead: ['Sở Tài chính'] };
  it('reports an unassigned leaf next to assigned ones, and nothing under an assigned ancestor', () => {
    const m = model({ tasks: [item('1', '1.', { items: [item('1.a', 'a)', lead), item('1.b', 'b)')] }), item('2', '2.', { ...lead, items: [item('2.a', 'a)')] })] });
    expect(found('task-missing-lead', m)).toEqual(['/tasks/0/items/1']);
  });
  it('says how many tasks an unassigned group holds, in the singular for one', () => {
    const messages = (n: number): string[] => lint(model({ tasks: [item('1', '1.', { lead: ['Sở Tài chính'] }), item('2', '2.', { items: Array.from({ length: n }, (_, i) => item(`2.${i}`, `${i + 1})`)) })] }), ctx)
      .filter((f) => f.code === 'task-missing-lead').map((f) => f.message);
    expect(messages(1)).toEqual(['Task group 2 (1 task) has no lead body']);
    expect(messages(3)).toEqual(['Task group 2 (3 tasks) has no lead body']);
  });
  it('is a warning where the document assigns its tasks, a note where it states them for everyone', () => {
    const tasks = [item('1', '1.', lead), item('2', '2.')];
    const severity = (kind: DocumentInfo['kind']): string[] => lint(model({ document: { kind }, tasks }), ctx).filter((f) => f.code === 'task-missing-lead').map((f) => f.severity);
    expect(severity('plan')).toEqual(['warning']);
    expect(severity('resolution')).toEqual(['info']);
    expect(lint(model({ document: { kind: 'resolution' }, tasks }), ctx, { 'task-missing-lead': 'error' }).filter((f) => f.code === 'task-missing-lead').map((f) => f.severity)).toEqual(['error']);
  });
  it('reports a group with no lead anywhere once, on the group', () => {
    const m = model({ tasks: [item('1', '1.', lead), item('2', '2.', { title: 'Hạ tầng số', text: undefined, items: [item('2.a', 'a)'), item('2.b', 'b)')] })] });
    expect(found('task-missing-lead', m)).toEqual(['/tasks/1']);
  });
  it('skips lead-ins and prose among labeled tasks, table group rows, attribute lines and wordless items', () => {
    const m = model({
      tasks: [item('1', '1.', lead), item('p1', '', { text: 'Các nhiệm vụ trọng tâm gồm:' }), item('p2', '', { text: 'Dữ liệu là đột phá.' }), item('PL.I', 'I.', { cells: ['I. NÂNG CAO NHẬN THỨC'] }),
        item('3', '-', { text: 'Thời gian thực hiện: Quý IV/2025.' }), item('4', '-', { text: undefined })],
    });
    expect(found('task-missing-lead', m)).toEqual([]);
  });
  it('skips a point titled by its means, its text the budget', () => {
    const m = model({ implementation: [item('P4.I', 'I.', { title: 'KINH PHÍ THỰC HIỆN', text: 'Tổng kinh phí dự kiến 450 tỷ đồng.' }), item('P4.II.1', '1.', lead), item('P4.II.2', '2.', { title: 'Phân công', text: 'Theo dõi việc thực hiện.' })] });
    expect(found('task-missing-lead', m)).toEqual(['/implementation/2']);
  });
  it('checks unlabeled paragraphs when no sibling is labeled', () => {
    expect(found('task-missing-lead', model({ tasks: [item('p1', '', lead), item('p2', '')] }))).toEqual(['/tasks/1']);
  });
  it('only notes the unassigned tasks of a plan that shares its tasks out by heading in its implementation section', () => {
    const tasks = [item('III.1', '1.', lead), item('III.2', '2.')];
    const headed = (n: number): Item[] => ['Sở Khoa học và Công nghệ', 'Sở Tài chính:', 'Sở Y tế', 'Công an tỉnh'].slice(0, n)
      .map((name, i) => item(`VI.${i + 1}`, `${i + 1}.`, { title: name, text: undefined, lead: [name.replace(':', '')], items: [item(`VI.${i + 1}.a`, 'a)')] }));
    const severities = (implementation: Item[]): string[][] => {
      const findings = lint(model({ document: { kind: 'plan' }, tasks, implementation: [...implementation, item('VI.9', '9.')] }), ctx).filter((f) => f.code === 'task-missing-lead');
      return [findings.filter((f) => f.path.startsWith('/tasks')).map((f) => f.severity), findings.filter((f) => f.path.startsWith('/implementation')).map((f) => f.severity)];
    };
    expect(severities(headed(3))).toEqual([['info'], ['warning']]);
    expect(severities(headed(2))).toEqual([['warning'], ['warning']]);
    // a heading that is not its lead's name does not count
    expect(severities(headed(3).map((i) => ({ ...i, title: `Nhiệm vụ của ${i.title}` })))).toEqual([['warning'], ['warning']]);
  });
  it('says nothing about a section that assigns nothing at all', () => {
    expect(found('task-missing-lead', model({ tasks: [item('1', '1.'), item('2', '2.')], implementation: [item('V.1', '1.', lead)] }))).toEqual([]);
  });
});

describe('deadlines', () => {
  const due = (d: string): Item => item('1', '1.', { lead: ['Sở Nội vụ'], deadline: { text: d, due: d } });
  it('deadline-before-document compares with the date of issue', () => {
    expect(found('deadline-before-document', model({ document: { date: '2025-03-10' }, tasks: [due('2025-03-09')] }))).toEqual(['/tasks/0/deadline/due']);
    expect(found('deadline-before-document', model({ document: { date: '2025-03-10' }, tasks: [due('2025-03-10')] }))).toEqual([]);
    expect(found('deadline-before-document', model({ tasks: [due('2000-01-01')] }))).toEqual([]);
  });
  it('deadline-after-horizon uses the horizon year; the vision only when there is no year', () => {
    const after = (horizon: DocumentInfo['horizon'], d: string): string[] => found('deadline-after-horizon', model({ document: { horizon }, tasks: [due(d)] }));
    expect(after({ year: 2030 }, '2031-03-31')).toEqual(['/tasks/0/deadline/due']);
    expect(after({ year: 2030 }, '2030-12-31')).toEqual([]);
    expect(after({ year: 2030, vision: 2045 }, '2035-12-31')).toEqual(['/tasks/0/deadline/due']);
    expect(after({ vision: 2045 }, '2035-12-31')).toEqual([]);
    expect(after(undefined, '2099-12-31')).toEqual([]);
  });
});

describe('targets', () => {
  const goal = (year?: number): Item => item('I.1', '1.', { targets: [{ indicator: 'doanh nghiệp ứng dụng nền tảng số', comparator: '=', value: 60, unit: '%', text: '60%', ...(year ? { year } : {}) }] });
  it('target-missing-year looks at goals only', () => {
    expect(found('target-missing-year', model({ goals: [goal()] }))).toEqual(['/goals/0/targets/0']);
    expect(found('target-missing-year', model({ goals: [goal(2030)], tasks: [goal()] }))).toEqual([]);
  });
  it('target-year-outside-horizon: from the earlier of horizon.from and the year of issue to the vision', () => {
    const outside = (document: Partial<DocumentInfo>, year: number): string[] => found('target-year-outside-horizon', model({ document, goals: [goal(year)] }));
    const plan = { date: '2025-12-01', horizon: { from: 2026, year: 2030 } };
    expect(outside(plan, 2025)).toEqual([]);
    expect(outside(plan, 2024)).toEqual(['/goals/0/targets/0/year']);
    expect(outside(plan, 2031)).toEqual(['/goals/0/targets/0/year']);
    expect(outside({ ...plan, horizon: { year: 2030, vision: 2045 } }, 2040)).toEqual([]);
    expect(outside({ date: '2025-01-01' }, 2090)).toEqual([]);
  });
  it('goal-uncovered reports an indicator no task shares a term with, once', () => {
    const goals = [item('I.1', '1.', { targets: [{ indicator: 'tỷ lệ lao động qua đào tạo', comparator: '=', value: 70, text: '70%', year: 2030 }, { indicator: 'tỷ lệ lao động qua đào tạo', comparator: '=', value: 80, text: '80%', year: 2035 }] })];
    expect(found('goal-uncovered', model({ goals, tasks: [item('1', '1.', { text: 'Tuyên truyền về chuyển đổi số.' })] }))).toEqual(['/goals/0/targets/0/indicator']);
    expect(found('goal-uncovered', model({ goals, tasks: [item('1', '1.', { text: 'Đào tạo nghề cho thanh niên.' })] }))).toEqual([]);
    expect(found('goal-uncovered', model({ goals }))).toEqual([]);
    const fiveG = [item('I.2', '2.', { targets: [{ indicator: 'trạm phát sóng 5G', comparator: '>=', value: 1, text: '1 trạm', year: 2026 }] })];
    expect(found('goal-uncovered', model({ goals: fiveG, tasks: [item('1', '1.', { text: 'Ưu tiên phát triển hạ tầng 5G, IoT.' })] }))).toEqual([]);
  });
});

describe('unknown-body', () => {
  const known: LintContext = { knownBodies: ['Thành ủy Hà Nội', 'Sở Tài chính', 'Ủy ban nhân dân tỉnh'], lang: 'en' };
  const led = (...names: string[]): Model => model({ tasks: names.map((n, i) => item(`${i + 1}`, `${i + 1}.`, { lead: [n] })) });
  it('runs only with configured bodies, and matches by canonical key', () => {
    expect(found('unknown-body', led('Thành ỷ Hà Nội'))).toEqual([]);
    expect(found('unknown-body', led('Thành uỷ Hà Nội', 'UBND tỉnh', 'các sở, ban, ngành'), known)).toEqual([]);
  });
  it('never reports a name that stands for a kind of body, and reports the bodies beside them', () => {
    const kinds = ['UBND các phường, xã', 'Ủy ban nhân dân các tỉnh, thành phố', 'Công an các địa phương', 'Ban, ngành liên quan',
      'Doanh nghiệp viễn thông', 'những cơ quan liên quan', 'Cơ quan chuyên môn', 'Sở Tài chính các tỉnh',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'Viện', 'Trường'];
    expect(found('unknown-body', led(...kinds), known)).toEqual([]);
    // a name of its own after a generic head, a plural of what a body manages, a longer head: one body
    const bodies = ['Ban Quản lý các khu công nghệ cao và khu công nghiệp', 'Sở Công Thương', 'Hội đồng nhân dân tỉnh', 'Công an tỉnh'];
    expect(found('unknown-body', led(...bodies), known)).toEqual(bodies.map((_, i) => `/tasks/${i}/lead/0`));
  });
  it('reports a name handed down to the items below once, where it is given, with the number of copies', () => {
    const under = (name: string): Item => item('2', '2.', { title: name, text: undefined, lead: [name],
      items: [item('2.a', 'a)', { lead: [name], items: [item('2.a.1', '-', { lead: [name] })] }), item('2.b', 'b)', { lead: [name], support: [name] })] });
    const run = (m: Model) => (RULES.find((r) => r.code === 'unknown-body')?.check(m, known) ?? []).map((f) => [f.path, f.message]);
    const [parent, support, ...rest] = run(model({ tasks: [under('Sở Xây dựng')] }));
    // the three items below take the lead from the heading; the count is in the message
    expect(parent?.[0]).toBe('/tasks/0/lead/0');
    expect(parent?.[1]).toMatch(/\b3\b/);
    // support is its own role: named there, it is reported there, with no copies below
    expect(support?.[0]).toBe('/tasks/0/items/1/support/0');
    expect(support?.[1]).not.toMatch(/\d/);
    expect(rest).toEqual([]);
    // a child that names another body is reported on its own
    const m = model({ tasks: [under('Sở Xây dựng')] });
    (m.tasks[0]!.items![1]!).lead = ['Sở Nội vụ'];
    expect(run(m).map(([p]) => p)).toEqual(['/tasks/0/lead/0', '/tasks/0/items/1/lead/0', '/tasks/0/items/1/support/0']);
    // one copy, in the singular
    const one = model({ tasks: [item('3', '3.', { lead: ['Sở Xây dựng'], items: [item('3.a', 'a)', { lead: ['Sở Xây dựng'] })] })] });
    expect(run(one).map(([, message]) => message)).toEqual([expect.stringContaining('(and 1 item below that takes it from this one)')]);
  });
  it('suggests the closest configured body for a typo', () => {
    const findings = RULES.find((r) => r.code === 'unknown-body')?.check(led('Thành ỷ Hà Nội', 'Bộ Quốc phòng'), known) ?? [];
    expect(findings.map((f) => f.path)).toEqual(['/tasks/0/lead/0', '/tasks/1/lead/0']);
    expect(findings[0]?.message).toContain('Thành ủy Hà Nội');
    const keyed = known.knownBodies.map((name) => ({ name, key: bodyKey(name) }));
    expect(closestBody(bodyKey('Thành ỷ Hà Nội'), keyed)?.name).toBe('Thành ủy Hà Nội');
    expect(closestBody(bodyKey('Bộ Quốc phòng'), keyed)).toBeUndefined();
  });
  it('knows the aliases the caller passes, and checks each written name itself', () => {
    expect(found('unknown-body', led('STC'), { ...known, knownBodies: [...known.knownBodies, 'STC'] })).toEqual([]);
    // a hand-edited lead with a stale bodies index is still checked
    const m = led('Sở Tài chín');
    m.bodies = [{ name: 'Sở Tài chính', key: bodyKey('Sở Tài chính'), lead: ['1'], support: [] }];
    expect(found('unknown-body', m, known)).toEqual(['/tasks/0/lead/0']);
  });
  it('bounds the edit distance', () => {
    expect(boundedDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedDistance('thanh y ha noi', 'thanh uy ha noi', 3)).toBe(1);
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(boundedDistance('a', 'abcdefgh', 3)).toBe(4);
  });
});

describe('number-kind-mismatch and empty-section', () => {
  const numbered = (kind: DocumentInfo['kind'], number: string): string[] => found('number-kind-mismatch', model({ document: { kind, number } }));
  it('compares the type code of the number with the kind', () => {
    expect(numbered('directive', '15-NQ/TU')).toEqual(['/document/number']);
    expect(numbered('resolution', '57-NQ/TW')).toEqual([]);
    expect(numbered('action-programme', '09-Ctr/TU')).toEqual([]);
    expect(numbered('decree', '834/VBHN-BLĐTBXH')).toEqual([]);
    expect(numbered('other', '03/NQ-CP')).toEqual([]);
  });
  it('empty-section checks items under the heading id, or after an unlabeled heading', () => {
    expect(found('empty-section', model({ outline: [heading('PL1', 'PHỤ LỤC', ['appendices'])], other: [item('p3', '')] }))).toEqual(['/outline/0/sections/0']);
    expect(found('empty-section', model({ outline: [heading('III', 'III.', ['tasks'])], tasks: [item('1', '1.', { items: [item('III.1.a', 'a)')] })] }))).toEqual([]);
    expect(found('empty-section', model({ outline: [heading('p2', '', ['tasks'], 5)], tasks: [item('I.1', '1.', { line: 6 })] }))).toEqual([]);
    // an appendix whose table's rows are tasks holds them there; one that holds nothing in either is empty in both
    expect(found('empty-section', model({ outline: [heading('PL1', 'PHỤ LỤC', ['appendices', 'tasks'])], tasks: [item('PL1.1', '1')] }))).toEqual([]);
    expect(found('empty-section', model({ outline: [heading('PL1', 'PHỤ LỤC', ['appendices', 'tasks'])], other: [item('p3', '')] })))
      .toEqual(['/outline/0/sections/0', '/outline/0/sections/1']);
  });
});

describe('lint()', () => {
  const gap = model({ tasks: lettered(['a)', 'b)', 'd)']) });
  it('applies default severities, overrides and off', () => {
    expect(lint(gap, ctx).map((f) => [f.code, f.severity])).toEqual([['numbering-gap', 'warning']]);
    const levels: Record<string, RuleSeverity> = { 'numbering-gap': 'error' };
    expect(lint(gap, ctx, levels).map((f) => f.severity)).toEqual(['error']);
    expect(lint(gap, ctx, { 'numbering-gap': 'off' })).toEqual([]);
  });
  it('does not throw on a model with missing or odd parts', () => {
    const odd = { ...model(), tasks: [{ id: 'x', label: 'a)', line: 1, items: null, lead: 'Sở' }], goals: undefined, outline: [null] } as unknown as Model;
    expect(() => lint(odd, { knownBodies: ['Sở Tài chính'], lang: 'en' })).not.toThrow();
  });
  it('speaks both languages', () => {
    const [vi] = lint(gap, { ...ctx, lang: 'vi' });
    const [en] = lint(gap, ctx);
    expect(vi?.message).not.toBe(en?.message);
  });
});

const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.(md|txt)$/.test(f) && f !== 'SOURCES.md').sort() : [];

describe.runIf(corpus.length > 0)('lint over the corpus', () => {
  it.each(corpus)('%s: lint never throws and every finding points into the model', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const { model: m } = parseText(text, { file, format: file.endsWith('.md') ? 'markdown' : 'text', sha256: 'b'.repeat(64) });
    const configured: LintContext = { knownBodies: ['Ủy ban nhân dân tỉnh', 'Bộ Khoa học và Công nghệ', 'Sở Tài chính'], lang: 'vi' };
    for (const c of [ctx, configured]) {
      for (const f of lint(m, c)) {
        expect(CODES).toContain(f.code);
        expect(resolvePointer(m, f.path), `${f.code} ${f.path}`).toBeDefined();
      }
    }
  });
});
