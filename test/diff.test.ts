// vanban diff: words, matching by content, field changes, no noise from formatting, the reports
// and the command line.

import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffModels, type Change, type DiffResult } from '../src/diff/index.js';
import { renderHtml } from '../src/diff/render/html.js';
import { renderMarkdown } from '../src/diff/render/markdown.js';
import { renderPretty } from '../src/diff/render/pretty.js';
import { textKey, wordDiff, words } from '../src/diff/words.js';
import type { Item, Model } from '../src/model/types.js';
import { parseText } from '../src/parse.js';
import { toYaml } from '../src/serialize/output.js';
import { loadYaml } from '../src/validate/yaml-package.js';
import { CORPUS, corpusFiles, ROOT, run } from './helpers.js';
import { modernTones, reformat, rewrap } from './reformat.js';
import { rng } from '../scripts/bench/generate.mjs';

function parse(text: string, file = 'x.md'): Model {
  return parseText(text, { file, format: file.endsWith('.txt') ? 'text' : 'markdown', sha256: '0'.repeat(64) }).model;
}

function model(sections: Partial<Pick<Model, 'goals' | 'tasks' | 'implementation' | 'viewpoints'>>, doc: Partial<Model['document']> = {}): Model {
  return {
    vanban: 1, source: { file: 'm.yaml', format: 'markdown', sha256: '' }, document: { kind: 'plan', ...doc }, references: [], outline: [],
    preamble: [], background: [], purpose: [], viewpoints: [], goals: [], tasks: [], implementation: [], appendices: [], other: [], bodies: [],
    ...sections,
  };
}

function item(id: string, text: string, extra: Partial<Item> = {}): Item {
  return { id, label: `${id.split('.').pop()}.`, text, line: 1, ...extra };
}

const TASKS = [
  'Rà soát, sửa đổi quy định về hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số trên địa bàn tỉnh',
  'Xây dựng cơ sở dữ liệu dùng chung về đất đai, dân cư và doanh nghiệp, kết nối với hệ thống quốc gia',
  'Đào tạo kỹ năng số cho cán bộ, công chức cấp xã và người dân vùng sâu, vùng xa',
  'Triển khai dịch vụ công trực tuyến toàn trình cho các thủ tục hành chính thiết yếu',
  'Phát triển hạ tầng mạng 5G tại các khu công nghiệp, khu đô thị mới và trung tâm hành chính',
];

describe('words', () => {
  it('compares words by one tone placement, case and punctuation, and keeps them as written', () => {
    expect(textKey('Hòa bình, thủy lợi')).toBe(textKey('hoà  bình , thuỷ lợi'));
    expect(textKey('Hòa bình')).not.toBe(textKey('Hòa hợp'));
    expect(words('a , b').keys).toEqual(['a', 'b']);
    expect(words('a , b').shown.join(' ')).toBe('a , b');
  });

  it('a glued footnote number is not part of the word, a number on its own is', () => {
    expect(textKey('ưu đãi3')).toBe(textKey('ưu đãi'));
    expect(textKey('đạt 70%')).not.toBe(textKey('đạt 75%'));
  });

  it('shows the changed words only, with the text around them', () => {
    const ops = wordDiff('Tỷ lệ hộ dân dùng cáp quang đạt 70% vào năm 2025', 'Tỷ lệ hộ dân dùng cáp quang đạt 75% vào năm 2026');
    expect(ops.filter((o) => o.op === 'remove').map((o) => o.value)).toEqual(['70%', '2025']);
    expect(ops.filter((o) => o.op === 'add').map((o) => o.value)).toEqual(['75%', '2026']);
    expect(ops.filter((o) => o.op !== 'remove').map((o) => o.value).join('')).toBe('Tỷ lệ hộ dân dùng cáp quang đạt 75% vào năm 2026');
    expect(ops.filter((o) => o.op !== 'add').map((o) => o.value).join('')).toBe('Tỷ lệ hộ dân dùng cáp quang đạt 70% vào năm 2025');
  });

  it('a text compared with itself in another spelling has no changed words', () => {
    expect(wordDiff('Ủy ban nhân dân tỉnh chủ trì', 'Uỷ ban  nhân dân tỉnh chủ trì').every((o) => o.op === 'equal')).toBe(true);
  });

  it('reconstructs both sides of any pair of texts (equal words shown as the new text writes them)', () => {
    const texts = ['', 'a', 'a b c', 'b c d', 'x a y b z c', 'c b a', 'a a a b', TASKS[0] as string, TASKS[1] as string];
    for (const a of texts) {
      for (const b of texts) {
        const ops = wordDiff(a, b);
        const norm = textKey;
        expect(norm(ops.filter((o) => o.op !== 'add').map((o) => o.value).join(''))).toBe(norm(a));
        expect(norm(ops.filter((o) => o.op !== 'remove').map((o) => o.value).join(''))).toBe(norm(b));
      }
    }
  });
});

describe('matching items by content', () => {
  const base = (): Model => model({ tasks: TASKS.map((t, i) => item(`IV.${i + 1}`, t)) });

  it('the same model has no changes', () => {
    const r = diffModels(base(), base());
    expect(r.changes).toEqual([]);
    expect(r.summary.total).toBe(0);
  });

  it('an inserted task is one addition: the renumbered tasks after it are not changes', () => {
    const b = base();
    b.tasks.splice(1, 0, item('IV.x', 'Ban hành quy chế quản lý, vận hành trung tâm điều hành thông minh của tỉnh'));
    b.tasks.forEach((t, i) => { t.id = `IV.${i + 1}`; t.label = `${i + 1}.`; });
    const r = diffModels(base(), b);
    expect(r.changes.map((c) => [c.type, c.newId])).toEqual([['added', 'IV.2']]);
  });

  it('a task moved to another place is "moved", with its old and new id', () => {
    const b = base();
    const [moved] = b.tasks.splice(0, 1);
    b.tasks.push(moved as Item);
    b.tasks.forEach((t, i) => { t.id = `IV.${i + 1}`; });
    const r = diffModels(base(), b);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ type: 'moved', oldId: 'IV.1', newId: 'IV.5' });
  });

  it('a task moved under another parent and reworded is moved and modified at once', () => {
    const a = model({ tasks: [
      { ...item('IV.1', 'Nhóm giải pháp về thể chế, chính sách'), items: [item('IV.1.1', TASKS[0] as string), item('IV.1.2', TASKS[1] as string)] },
      { ...item('IV.2', 'Nhóm giải pháp về nguồn nhân lực số'), items: [item('IV.2.1', TASKS[2] as string)] },
    ] });
    const b = model({ tasks: [
      { ...item('IV.1', 'Nhóm giải pháp về thể chế, chính sách'), items: [item('IV.1.1', TASKS[0] as string)] },
      { ...item('IV.2', 'Nhóm giải pháp về nguồn nhân lực số'), items: [item('IV.2.1', TASKS[2] as string), item('IV.2.2', `${TASKS[1] as string} trước năm 2027`)] },
    ] });
    const r = diffModels(a, b);
    expect(r.changes).toHaveLength(1);
    const c = r.changes[0] as Change;
    expect(c).toMatchObject({ type: 'moved', oldId: 'IV.1.2', newId: 'IV.2.2', oldParent: 'IV.1', newParent: 'IV.2' });
    expect(c.text?.filter((o) => o.op === 'add').map((o) => o.value.trim())).toEqual(['trước năm 2027']);
  });

  it('a rewritten task below the threshold is removed and added; above it, modified', () => {
    const b = base();
    (b.tasks[2] as Item).text = 'Tổ chức hội nghị tổng kết, khen thưởng các tập thể, cá nhân có thành tích xuất sắc';
    (b.tasks[3] as Item).text = `${TASKS[3] as string} và dịch vụ công một phần`;
    const r = diffModels(base(), b);
    expect(r.changes.map((c) => c.type).sort()).toEqual(['added', 'modified', 'removed']);
    expect(r.changes.find((c) => c.type === 'modified')).toMatchObject({ oldId: 'IV.4', newId: 'IV.4' });
  });

  it('a reworded heading keeps its children when they stayed together', () => {
    const kids = (p: string): Item[] => TASKS.slice(0, 3).map((t, i) => item(`${p}.${i + 1}`, t));
    const a = model({ tasks: [{ ...item('IV.1', 'Hoàn thiện thể chế'), items: kids('IV.1') }] });
    const b = model({ tasks: [{ ...item('IV.1', 'Đổi mới toàn diện phương thức lãnh đạo'), items: kids('IV.1') }] });
    const r = diffModels(a, b);
    expect(r.changes.map((c) => [c.type, c.oldId, c.newId])).toEqual([['modified', 'IV.1', 'IV.1']]);
  });

  it('a heading wrapped around tasks is added; the tasks inside it did not move', () => {
    const a = model({ tasks: TASKS.map((t, i) => item(`IV.${i + 1}`, t)) });
    const b = model({ tasks: [{ ...item('IV.1', 'Các nhiệm vụ trọng tâm năm 2026'), items: TASKS.map((t, i) => item(`IV.1.${i + 1}`, t)) }] });
    const r = diffModels(a, b);
    expect(r.changes.map((c) => [c.type, c.newId])).toEqual([['added', 'IV.1']]);
  });

  it('a task moved from tasks to implementation is moved between sections', () => {
    const a = model({ tasks: TASKS.map((t, i) => item(`IV.${i + 1}`, t)), implementation: [] });
    const b = model({ tasks: TASKS.slice(1).map((t, i) => item(`IV.${i + 1}`, t)), implementation: [item('V.1', TASKS[0] as string)] });
    const r = diffModels(a, b);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ type: 'moved', section: 'implementation', oldSection: 'tasks', oldId: 'IV.1', newId: 'V.1' });
  });

  it('--only limits the report to the sections named', () => {
    const b = base();
    (b.tasks[0] as Item).lead = ['Sở Tài chính'];
    b.document.date = '2026-01-05';
    expect(diffModels(base(), b, { only: ['document'] }).changes.map((c) => c.section)).toEqual(['document']);
    expect(diffModels(base(), b, { only: ['tasks'] }).changes.map((c) => c.section)).toEqual(['tasks']);
  });

  it('two programmes of thousands of items are matched (renumbered, one item in ten changed)', () => {
    const n = 3000;
    const words = ['chuyển đổi', 'số', 'hạ tầng', 'dữ liệu', 'nhân lực', 'đô thị', 'nông thôn', 'y tế', 'giáo dục', 'doanh nghiệp', 'du lịch', 'môi trường'];
    const text = (i: number): string => `Nhiệm vụ ${i}: phát triển ${words[i % 12]} và ${words[(i * 7) % 12]} gắn với ${words[(i * 5 + 3) % 12]} mã ${i * 7919 % 100003}`;
    const a = model({ tasks: Array.from({ length: n }, (_, i) => item(`IV.${i + 1}`, text(i))) });
    const b = model({ tasks: Array.from({ length: n }, (_, i) => item(`IV.${i + 2}`, i % 10 === 0 ? `${text(i)} trong năm 2027` : text(i))) });
    b.tasks.unshift(item('IV.1', 'Ban hành kế hoạch mới'));
    const r = diffModels(a, b);
    expect(r.summary).toMatchObject({ added: 1, removed: 0, modified: n / 10, moved: 0 });
  });
});

describe('field changes', () => {
  it('a target value is reported with its delta and unit, bodies as sets, deadlines as text', () => {
    const a = model({ tasks: [item('IV.1', 'Tỷ lệ hồ sơ trực tuyến đạt 70% vào năm 2026', {
      lead: ['Sở Khoa học và Công nghệ'], support: ['Sở Tài chính', 'Sở Nội vụ'], deadline: { text: 'Quý II/2026', due: '2026-06-30' },
      targets: [{ indicator: 'Tỷ lệ hồ sơ trực tuyến', comparator: '>=', value: 70, unit: '%', year: 2026, text: 'đạt 70%' }],
    })] });
    const b = model({ tasks: [item('IV.1', 'Tỷ lệ hồ sơ trực tuyến đạt 75% vào năm 2026', {
      lead: ['Sở KH&CN'], support: ['Sở Tài chính', 'Sở Xây dựng'], deadline: { text: 'Quý IV/2026', due: '2026-12-31' },
      targets: [{ indicator: 'Tỷ lệ hồ sơ trực tuyến', comparator: '>=', value: 75, unit: '%', year: 2026, text: 'đạt 75%' }],
    })] });
    const c = diffModels(a, b).changes[0] as Change;
    const f = Object.fromEntries((c.fields ?? []).map((x) => [x.field, x]));
    expect(f['targets[0].value']).toMatchObject({ old: 70, new: 75, delta: 5, unit: '%' });
    expect(f.lead).toBeUndefined(); // "Sở KH&CN" is the same body
    expect(f.support).toMatchObject({ added: ['Sở Xây dựng'], removed: ['Sở Nội vụ'] });
    expect(f.deadline).toMatchObject({ old: 'Quý II/2026', new: 'Quý IV/2026' });
    const pretty = renderPretty(diffModels(a, b), { lang: 'en', color: false });
    expect(pretty).toContain('70% → 75% (+5%)');
    expect(pretty).toContain('− Sở Nội vụ');
    expect(pretty).toContain('+ Sở Xây dựng');
  });

  it('in a province\'s plan, "Sở Tài chính tỉnh" is its "Sở Tài chính"; in a district\'s, the province\'s office is another body', () => {
    const task = (lead: string): Item[] => [item('I.1', 'Rà soát thủ tục hành chính', { lead: [lead] })];
    const province = { issuer: 'Ủy ban nhân dân tỉnh An Giang' };
    expect(diffModels(model({ tasks: task('Sở Tài chính') }, province), model({ tasks: task('Sở Tài chính tỉnh') }, province)).changes).toEqual([]);
    // "Ủy ban nhân dân tỉnh" has no name of its own: it is not "Ủy ban nhân dân"
    expect(diffModels(model({ tasks: task('Ủy ban nhân dân') }, province), model({ tasks: task('Ủy ban nhân dân tỉnh') }, province)).changes).toHaveLength(1);
    const district = { issuer: 'UBND huyện Thanh Sơn', superior: 'UBND tỉnh Phú Thọ' };
    const c = diffModels(model({ tasks: task('Phòng Tài chính') }, district), model({ tasks: task('Sở Tài chính tỉnh') }, district)).changes[0] as Change;
    expect(c.fields?.find((f) => f.field === 'lead')).toMatchObject({ removed: ['Phòng Tài chính'], added: ['Sở Tài chính tỉnh'] });
    expect(diffModels(model({ tasks: task('Sở Tài chính') }, district), model({ tasks: task('Sở Tài chính tỉnh') }, district)).changes).toHaveLength(1);
  });

  it('a body\'s abbreviation in the text is no change: "UBND tỉnh" is "Ủy ban nhân dân tỉnh"; a short word that is one too stays', () => {
    expect(textKey('Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì')).toBe(textKey('UBND tỉnh giao Sở Nội vụ chủ trì'));
    expect(textKey('Đề nghị Ủy ban Trung ương MTTQ Việt Nam')).toBe(textKey('Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'));
    expect(textKey('ca làm việc')).not.toBe(textKey('Công an làm việc'));
    const a = model({ tasks: [item('I.2', 'Đào tạo cán bộ. Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì.')] });
    const b = model({ tasks: [item('I.2', 'Đào tạo cán bộ. UBND tỉnh giao Sở Nội vụ chủ trì.')] });
    expect(diffModels(a, b).changes).toEqual([]);
    const one = diffModels(a, model({ tasks: [item('I.2', 'Đào tạo cán bộ cấp xã. UBND tỉnh giao Sở Nội vụ chủ trì.')] }));
    expect(renderPretty(one, { lang: 'en', color: false })).toContain('1 change: 0 added, 0 removed, 1 modified, 0 moved');
  });

  it('a range whose two ends both moved reads as one line; the JSON keeps both fields', () => {
    const a = parse('II. MỤC TIÊU\n\n- Tốc độ tăng trưởng đạt khoảng 10 - 12%/năm.\n\n- Tỷ lệ che phủ rừng đạt 40 - 42%.\n', 'a.md');
    const b = parse('II. MỤC TIÊU\n\n- Tốc độ tăng trưởng đạt khoảng 12 - 14%/năm.\n\n- Tỷ lệ che phủ rừng đạt 40 - 43%.\n', 'b.md');
    const r = diffModels(a, b);
    expect(r.changes.map((c) => (c.fields ?? []).map((f) => f.field).filter((f) => f.startsWith('targets')))).toEqual([['targets[0].value', 'targets[0].max'], ['targets[0].max']]);
    const pretty = renderPretty(r, { lang: 'en', color: false });
    expect(pretty).toContain('targets 1: Tốc độ tăng trưởng: 10 - 12 %/năm → 12 - 14 %/năm');
    // one end moved: that end's own line, as before
    expect(pretty).toContain('targets 1 (upper value): Tỷ lệ che phủ rừng: 42% → 43% (+1%)');
    expect(renderMarkdown(r, 'en')).toContain('10 - 12 %/năm');
  });

  it('a rise or a fall reads with its word on both sides; a change of base year or of kind is its own field', () => {
    const a = parse('II. MỤC TIÊU\n\n- Tỷ lệ hộ nghèo giảm 1,5% so với năm 2024.\n\n- Tổng vốn đầu tư tăng 12% so với năm 2025.\n', 'a.md');
    const b = parse('II. MỤC TIÊU\n\n- Tỷ lệ hộ nghèo giảm 2% so với năm 2023.\n\n- Tổng vốn đầu tư đạt 12% so với năm 2025.\n', 'b.md');
    const r = diffModels(a, b);
    const fields = r.changes.flatMap((c) => c.fields ?? []);
    expect(fields.find((f) => f.field === 'targets[0].value' && f.indicator === 'Tỷ lệ hộ nghèo')).toMatchObject({ old: 1.5, new: 2, change: 'decrease' });
    expect(fields.find((f) => f.field === 'targets[0].baseYear')).toMatchObject({ old: 2024, new: 2023 });
    expect(fields.find((f) => f.field === 'targets[0].change')).toMatchObject({ old: 'increase', new: undefined });
    expect(renderPretty(r, { lang: 'vi', color: false })).toContain('giảm 1.5% → giảm 2% (+0.5%)');
    expect(renderPretty(r, { lang: 'en', color: false })).toContain('down 1.5% → down 2% (+0.5%)');
  });

  it('a table row\'s cell in a column no field reads is a change, named by its header; a cell another field reads is left to it', () => {
    const table = (submit: string, due: string): string => ['## PHỤ LỤC: DANH MỤC ĐỀ ÁN, VĂN BẢN', '', '| TT | Tên đề án, văn bản | Cấp trình | Cơ quan chủ trì | Thời hạn |', '|---|---|---|---|---|',
      `| 1 | Nghị định về cụm công nghiệp | ${submit} | Bộ Công Thương | ${due} |`, `| 2 | Thông tư hướng dẫn | Bộ trưởng | Cục Công nghiệp | Quý I/2027 |`].join('\n');
    const r = diffModels(parse(table('Chính phủ', '2027')), parse(table('Thủ tướng Chính phủ', '2027')));
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]?.fields).toEqual([{ field: 'cells[2]', old: 'Chính phủ', new: 'Thủ tướng Chính phủ', column: 'Cấp trình' }]);
    expect(renderPretty(r, { lang: 'vi', color: false })).toContain('cột 3 (Cấp trình): Chính phủ → Thủ tướng Chính phủ');
    // "2027" and "Quý IV/2027" end on the same day: the deadline field says no change, and the cell is its
    expect(diffModels(parse(table('Chính phủ', '2027')), parse(table('Chính phủ', 'Quý IV/2027'))).changes).toEqual([]);
  });

  it('a change of a child is reported on the child only', () => {
    const a = model({ goals: [{ ...item('III.2', 'Mục tiêu cụ thể đến năm 2030'), items: [item('III.2.1', 'Kinh tế số chiếm 30% GRDP')] }] });
    const b = model({ goals: [{ ...item('III.2', 'Mục tiêu cụ thể đến năm 2030'), items: [item('III.2.1', 'Kinh tế số chiếm 35% GRDP')] }] });
    expect(diffModels(a, b).changes.map((c) => c.newId)).toEqual(['III.2.1']);
  });

  it('header changes: number, date, title, signer', () => {
    const a = model({}, { number: '12/KH-UBND', date: '2025-01-10', title: 'Kế hoạch chuyển đổi số năm 2025', signer: { name: 'Nguyễn Văn A' } });
    const b = model({}, { number: '15/KH-UBND', date: '2025-02-01', title: 'Kế hoạch chuyển đổi số năm 2025', signer: { name: 'Trần Thị B' } });
    const c = diffModels(a, b).changes[0] as Change;
    expect(c.section).toBe('document');
    expect(c.fields?.map((f) => f.field)).toEqual(['document.number', 'document.date', 'document.signer.name']);
  });
});

const files = corpusFiles();

describe.runIf(files.length > 0)('no noise on the corpus', () => {
  const read = (f: string): string => readFileSync(join(CORPUS, f), 'utf8');

  it.each(files)('%s: against itself, and against itself re-wrapped, NFD, CRLF, in the other tone style', (file) => {
    const text = read(file);
    const a = parse(text, file);
    expect(diffModels(a, parse(text, file)).changes).toEqual([]);
    const other = reformat(text);
    expect(other).not.toBe(text);
    const r = diffModels(a, parse(other, file));
    expect(r.changes.map((c) => `${c.type} ${c.section} ${c.oldId} ${c.newId} ${JSON.stringify(c.fields ?? c.text ?? c.excerpt).slice(0, 200)}`)).toEqual([]);
  });

  it('the reformatting does change the text: tones switched and lines wrapped', () => {
    expect(modernTones('hòa thủy quý')).toBe('hoà thuỷ quý'.normalize('NFC'));
    expect(rewrap(`${'chuyển đổi số '.repeat(10)}`, 20).split('\n').length).toBeGreaterThan(3);
  });

  it.runIf(files.includes('nq57-tw-2024.web.md') && files.includes('nq57-tw-2024.pdfconv.md'))('the same resolution from the web and from a PDF differs only where the texts do', () => {
    const r = diffModels(parse(read('nq57-tw-2024.web.md')), parse(read('nq57-tw-2024.pdfconv.md')));
    // The web copy has a news introduction and no letterhead; the PDF copy has two misread words.
    expect(r.summary).toMatchObject({ added: 0, moved: 0 });
    expect(r.summary.total).toBeLessThanOrEqual(5);
    expect(r.changes.find((c) => c.section === 'document')?.fields?.map((f) => f.field)).toEqual(['document.issuer', 'document.place', 'document.date', 'document.title']);
  });

  it.runIf(files.includes('nq03-cp-2025-pl2.v1.md'))('the task table revision: every change is a lead, support or text change on its own task', () => {
    const r = diffModels(parse(read('nq03-cp-2025-pl2.v1.md')), parse(read('nq03-cp-2025-pl2.v2.md')));
    const tasks = r.changes.filter((c) => c.section === 'tasks');
    expect(r.summary).toMatchObject({ added: 0, removed: 0, moved: 0 });
    expect(tasks.length).toBeGreaterThan(60);
    for (const c of tasks) {
      expect(c.oldId).toBe(c.newId);
      for (const f of c.fields ?? []) expect(['lead', 'support', 'text']).toContain(f.field);
    }
    // Checked by eye against the two tables.
    const at = (id: string, field: string): unknown => tasks.find((c) => c.newId === id)?.fields?.find((f) => f.field === field);
    expect(at('PL2.I.1', 'lead')).toMatchObject({ added: ['Bộ Khoa học và Công nghệ'], removed: ['Bộ Thông tin và Truyền thông'] });
    expect(at('PL2.II.28', 'lead')).toMatchObject({ added: ['Bộ Tài chính'], removed: ['Bộ Kế hoạch và Đầu tư'] });
    expect(at('PL2.II.28', 'support')).toMatchObject({ added: [], removed: ['Bộ Tài chính'] });
    expect(at('PL2.VI.119', 'support')).toMatchObject({ added: ['Bộ Tài chính'], removed: ['Bộ Kế hoạch và Đầu tư'] });
  });

  it.runIf(files.includes('nd-75-2021-cp.v1.md'))('the decree and its consolidated text: each appendix table is compared with the one of the same appendix', () => {
    // v1 types its appendix tables a row per line, v2 has Markdown tables; the thương binh and
    // thương binh loại B tables (Phụ lục II, III) have the same words, and figures that changed
    const r = diffModels(parse(read('nd-75-2021-cp.v1.md')), parse(read('nd-75-2021-cp.v2.md')));
    const tables = r.changes.filter((c) => c.section === 'appendices' && /\.t\d+$/.test(c.oldId ?? '') && /\.t\d+$/.test(c.newId ?? ''));
    for (const id of ['PL2.t1', 'PL3.t1', 'PL4.t1', 'PL5.t1']) expect(tables.find((c) => c.oldId === id)?.newId, id).toBe(id);
    expect(r.summary.total).toBeLessThan(100);
  });
});

interface Slot { item: Item; list: Item[]; parent?: Item }

function slots(items: Item[], parent?: Item, out: Slot[] = []): Slot[] {
  for (const item of items) {
    out.push({ item, list: items, parent });
    slots(item.items ?? [], item, out);
  }
  return out;
}

describe.runIf(files.length > 0)('edits made to real documents are found, and nothing else', () => {
  const read = (f: string): string => readFileSync(join(CORPUS, f), 'utf8');
  // Documents with enough distinct task texts to edit five of them.
  const candidates = files.filter((f) => {
    const m = parse(read(f), f);
    return slots(m.tasks).filter((s) => !s.item.items?.length && (s.item.text ?? '').split(' ').length >= 8).length >= 8;
  });

  it('there are documents to edit', () => {
    expect(candidates.length).toBeGreaterThan(10);
  });

  it.each(candidates)('%s: reworded, removed, added, moved and reassigned tasks', (file) => {
    const before = parse(read(file), file);
    const after = JSON.parse(JSON.stringify(before)) as Model;
    const random = rng([...file].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
    const keyCount = new Map<string, number>();
    for (const s of slots(after.tasks)) keyCount.set(textKey(`${s.item.title ?? ''} ${s.item.text ?? ''}`), (keyCount.get(textKey(`${s.item.title ?? ''} ${s.item.text ?? ''}`)) ?? 0) + 1);
    const leaves = slots(after.tasks).filter((s) => !s.item.items?.length && !s.item.title && (s.item.text ?? '').split(' ').length >= 8 && keyCount.get(textKey(` ${s.item.text ?? ''}`)) === 1);
    const pick = (): Slot => leaves.splice(Math.floor(random() * leaves.length), 1)[0] as Slot;
    const [reworded, removed, moved, reassigned] = [pick(), pick(), pick(), pick()];

    reworded.item.text = `${reworded.item.text as string} và báo cáo kết quả trước ngày 31 tháng 12`;
    reassigned.item.lead = [...(reassigned.item.lead ?? []), 'Sở Ngoại vụ'];
    removed.list.splice(removed.list.indexOf(removed.item), 1);
    moved.list.splice(moved.list.indexOf(moved.item), 1);
    const home = slots(after.tasks).find((s) => s.item.items?.length && s.item !== moved.parent && !s.item.items.includes(moved.item));
    const target = home ? (home.item.items as Item[]) : after.tasks;
    target.push(moved.item);
    after.tasks.push({ id: 'NEW.1', label: '', line: 0, text: 'Tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng cấp quốc gia cho các hệ thống quan trọng' });

    const r = diffModels(before, after);
    const seen = r.changes.map((c) => `${c.type} ${c.oldId ?? ''}→${c.newId ?? ''} ${(c.fields ?? []).map((f) => f.field).join(',')}`).sort();
    const expected = [
      `modified ${reworded.item.id}→${reworded.item.id} text`,
      `modified ${reassigned.item.id}→${reassigned.item.id} lead`,
      `removed ${removed.item.id}→ `,
      `moved ${moved.item.id}→${moved.item.id} `,
      'added →NEW.1 ',
    ].sort();
    expect(seen).toEqual(expected);
  });
});

describe('reports', () => {
  const a = model({ tasks: TASKS.map((t, i) => item(`IV.${i + 1}`, t, { lead: ['Sở Nội vụ'] })) });
  const b = model({ tasks: [...TASKS.slice(0, 4).map((t, i) => item(`IV.${i + 1}`, i === 0 ? `${t} <script>alert(1)</script> | **đậm**` : t, { lead: [i === 1 ? 'Sở Tài chính' : 'Sở Nội vụ'] })), item('IV.5', 'Tổ chức sơ kết, đánh giá kết quả thực hiện kế hoạch')] });
  const r: DiffResult = diffModels(a, b);

  it('markdown escapes what the texts contain and marks words', () => {
    const md = renderMarkdown(r, 'en');
    expect(md).toContain('| Tasks |');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\*\\*đậm\\*\\*');
    expect(md).toMatch(/~~Sở Nội vụ~~, \*\*Sở Tài chính\*\*/);
  });

  it('html is one page with nothing from the network and the texts escaped', () => {
    const html = renderHtml(r, 'vi');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import|https?:/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<ins>Sở Tài chính</ins>');
    expect(html).toContain('<del>Sở Nội vụ</del>');
  });

  it('pretty has no colour codes without colour, and says when nothing changed', () => {
    expect(renderPretty(r, { lang: 'en', color: false })).not.toMatch(/\x1b\[/);
    expect(renderPretty(r, { lang: 'en', color: true })).toMatch(/\x1b\[/);
    expect(renderPretty(diffModels(a, a), { lang: 'vi', color: false })).toContain('giống nhau');
  });
});

describe('the example revision (examples/diff)', () => {
  it('reports the six changes made to it, and nothing else (golden file, read against the two plans)', async () => {
    const r = await run(['diff', 'examples/diff/kh-2025.md', 'examples/diff/kh-2026.md', '--no-color']);
    expect(r.code).toBe(1);
    const file = join(ROOT, 'test', 'golden', 'diff-example.txt');
    if (process.env.UPDATE === '1') writeFileSync(file, r.stdout);
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
    const json = JSON.parse((await run(['diff', 'examples/diff/kh-2025.md', 'examples/diff/kh-2026.md', '--format', 'json'])).stdout) as DiffResult;
    expect(json.summary).toMatchObject({ added: 1, removed: 0, modified: 4, moved: 1 });
  });
});

describe('vanban diff (command line)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-diff-'));
  const doc = (extra: string): string => `KẾ HOẠCH\nThực hiện chuyển đổi số năm 2026\n\nI. MỤC TIÊU\n\n1. Tỷ lệ hồ sơ trực tuyến đạt 80% vào năm 2026.\n\nII. NHIỆM VỤ\n\n1. ${TASKS[0]}; Sở Nội vụ chủ trì.\n\n2. ${TASKS[1]}; Sở Tài chính chủ trì.\n${extra}`;
  const oldMd = join(dir, 'old.md');
  const newMd = join(dir, 'new.md');
  writeFileSync(oldMd, doc(''));
  writeFileSync(newMd, doc(`\n3. ${TASKS[2]}; Sở Giáo dục và Đào tạo chủ trì.\n`).replace('80%', '90%'));

  it('exit 0 for the same content, 1 when different, 0 with --exit-zero', async () => {
    expect((await run(['diff', oldMd, oldMd])).code).toBe(0);
    const r = await run(['diff', oldMd, newMd]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('80% → 90% (+10%)');
    expect(r.stdout).toContain('+ II.3');
    expect((await run(['diff', '--exit-zero', oldMd, newMd])).code).toBe(0);
  });

  it('json has the summary and the changes, and a model YAML compares with its source', async () => {
    const yamlFile = join(dir, 'old.yaml');
    await run(['parse', oldMd, '-o', yamlFile]);
    const same = await run(['diff', yamlFile, oldMd, '--format', 'json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).summary.total).toBe(0);
    const r = JSON.parse((await run(['diff', yamlFile, newMd, '--format', 'json'])).stdout) as DiffResult;
    expect(r.summary).toMatchObject({ added: 1, modified: 1 });
    expect(r.changes.find((c) => c.type === 'modified')?.fields?.find((f) => f.field.startsWith('targets'))).toMatchObject({ field: 'targets[0].value', old: 80, new: 90, delta: 10 });
  });

  it('-o writes the report, never over an input', async () => {
    const out = join(dir, 'report.html');
    expect((await run(['diff', oldMd, newMd, '--format', 'html', '-o', out])).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('<!doctype html>');
    const r = await run(['diff', oldMd, newMd, '-o', newMd]);
    expect(r.code).toBe(2);
    expect(readFileSync(newMd, 'utf8')).toContain('TIÊU');
  });

  it('errors name the file and exit 2: missing file, a YAML that is not a model, a bad --only', async () => {
    const missing = await run(['diff', oldMd, join(dir, 'nope.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.md');
    const notModel = join(dir, 'config.yaml');
    writeFileSync(notModel, 'rules:\n  task-missing-lead: off\n');
    const bad = await run(['diff', notModel, oldMd]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/config\.yaml.*not a vanban model/);
    const dup = join(dir, 'dup.yaml');
    writeFileSync(dup, 'vanban: 1\nvanban: 1\n');
    expect((await run(['diff', dup, oldMd])).stderr).toContain('Duplicate key');
    expect((await run(['diff', oldMd, newMd, '--only', 'tasks,nonsense'])).code).toBe(2);
    expect(existsSync(join(dir, 'nope.md'))).toBe(false);
  });

  it('works as a git external diff: seven arguments, the path names the document, exit 0', async () => {
    const r = await run(['diff', 'plans/kh.md', oldMd, 'abc', '100644', newMd, 'def', '100644']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('a/plans/kh.md → b/plans/kh.md');
    const added = await run(['diff', 'plans/kh.md', '/dev/null', '.', '.', newMd, 'def', '100644']);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/added/);
  });

  it('--only with the header', async () => {
    const r = JSON.parse((await run(['diff', oldMd, newMd, '--format', 'json', '--only', 'tasks'])).stdout) as DiffResult;
    expect(new Set(r.changes.map((c) => c.section))).toEqual(new Set(['tasks']));
  });

  it('a YAML model written by parse is read back as the same model', () => {
    const m = parse(doc(''));
    const back = loadYaml(toYaml(m, 'x'));
    expect(back.errors).toEqual([]);
    expect(diffModels(m, back.value as Model).changes).toEqual([]);
  });
});
