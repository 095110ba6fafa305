// Attribute lines under a task ("Cơ quan chủ trì: ...", "Thời gian hoàn thành: ...", extract/enrich.ts
// liftAttributes): they give their values to the task right above them, in both formats, and each is a
// line of its own even where a converter dropped the blank lines between them.

import { describe, expect, it } from 'vitest';
import { DEADLINE_LABELS } from '../src/lexicon/attributes.js';
import { LEAD_LABELS, SUPPORT_LABELS } from '../src/lexicon/bodies.js';
import type { Item, Model } from '../src/model/types.js';
import { parseText } from '../src/parse.js';

const parse = (text: string, format: 'markdown' | 'text'): Model =>
  parseText(text, { file: format === 'text' ? 't.txt' : 't.md', format, sha256: '0'.repeat(64) }).model;

function find(items: Item[], id: string): Item | undefined {
  for (const it of items) {
    if (it.id === id) return it;
    const inner = find(it.items ?? [], id);
    if (inner) return inner;
  }
  return undefined;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A plan whose lettered tasks carry attribute lines typed right under them, with no blank lines. */
function plan(lead: string, support: string, deadline: string): string {
  return [
    'I. NHIỆM VỤ TRỌNG TÂM',
    '1. Cải cách thể chế',
    'a) Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban',
    'hành.',
    `${cap(lead)}: Phòng Tư pháp.`,
    `${cap(support)}: Văn phòng HĐND và UBND huyện, các phòng, ban chuyên môn.`,
    `${cap(deadline)}: Quý II/2025.`,
    'b) Kiểm tra việc thực hiện văn bản tại các xã, thị trấn.',
    'Giao Phòng Nội vụ chủ trì, thực hiện trong tháng 9/2025.',
    '',
  ].join('\n');
}

describe('attribute lines under a lettered task', () => {
  it('give lead, support and deadline to the task above them, not to its heading, for every label', () => {
    const cases = [...LEAD_LABELS.map((l) => [l, SUPPORT_LABELS[0], DEADLINE_LABELS[0]]), ...SUPPORT_LABELS.map((s) => [LEAD_LABELS[0], s, DEADLINE_LABELS[0]]),
      ...DEADLINE_LABELS.map((d) => [LEAD_LABELS[0], SUPPORT_LABELS[0], d])] as [string, string, string][];
    for (const [lead, support, deadline] of cases) {
      for (const format of ['text', 'markdown'] as const) {
        const m = parse(plan(lead, support, deadline), format);
        const a = find(m.tasks, 'I.1.a'), heading = find(m.tasks, 'I.1'), b = find(m.tasks, 'I.1.b');
        const label = `${format}: ${lead} / ${support} / ${deadline}`;
        expect(a?.lead, label).toEqual(['Phòng Tư pháp']);
        expect(a?.support, label).toEqual(['Văn phòng HĐND và UBND huyện', 'các phòng, ban chuyên môn']);
        expect(a?.deadline, label).toEqual({ text: 'Quý II/2025', due: '2025-06-30' });
        expect(heading?.lead, label).toBeUndefined();
        expect([b, ...(b?.items ?? [])].map((x) => x?.lead), label).toContainEqual(['Phòng Nội vụ']);
        // each attribute line is its own paragraph, kept word for word
        expect((a?.items ?? []).map((i) => i.text), label).toEqual([`${cap(lead)}: Phòng Tư pháp.`,
          `${cap(support)}: Văn phòng HĐND và UBND huyện, các phòng, ban chuyên môn.`, `${cap(deadline)}: Quý II/2025.`]);
      }
    }
  });

  it('a line that only starts with a label word, inside a sentence, stays in its paragraph', () => {
    const m = parse(['I. NHIỆM VỤ', '1. Rà soát các thủ tục hành chính liên quan đến đất đai, trong đó ưu tiên', 'thời gian giải quyết: rút ngắn 30% so với quy định.', ''].join('\n'), 'text');
    expect(m.tasks[0]?.text).toBe('Rà soát các thủ tục hành chính liên quan đến đất đai, trong đó ưu tiên thời gian giải quyết: rút ngắn 30% so với quy định.');
  });

  it('a heading over labelled lines still gives them to the task that holds it', () => {
    const m = parse(['B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP', '', 'I. CÔNG TÁC TRIỂN KHAI', '', '1. Nội dung', '', '- Rà soát toàn bộ văn bản.', '',
      '2. Cơ quan chủ trì, phối hợp', '', 'a) Cơ quan chủ trì', '', '- Sở Tư pháp.', '', 'b) Cơ quan phối hợp', '', '- Sở Nội vụ.', ''].join('\n'), 'markdown');
    const section = find(m.tasks, 'B.I');
    expect(section?.lead).toEqual(['Sở Tư pháp']);
    expect(section?.support).toEqual(['Sở Nội vụ']);
  });
});

describe('an item titled by bodies in plain text, over its duties', () => {
  it('is a heading when the next line starts with a duty, and leads it', () => {
    const m = parse(['V. TỔ CHỨC THỰC HIỆN', '1. Phòng Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo',
      'kết quả định kỳ hằng quý.', '2. Thủ trưởng các phòng, ban, đơn vị; Chủ tịch UBND các xã, thị trấn',
      'Căn cứ Kế hoạch này, xây dựng kế hoạch cụ thể của cơ quan, đơn vị, địa phương mình.', ''].join('\n'), 'text');
    const two = find(m.implementation, 'V.2');
    expect(two?.title).toBe('Thủ trưởng các phòng, ban, đơn vị; Chủ tịch UBND các xã, thị trấn');
    expect(two?.text).toBe('Căn cứ Kế hoạch này, xây dựng kế hoạch cụ thể của cơ quan, đơn vị, địa phương mình.');
    expect(two?.lead).toEqual(['Thủ trưởng các phòng, ban, đơn vị', 'Chủ tịch UBND các xã, thị trấn']);
  });

  it('is not cut where a name wraps onto the next line', () => {
    const m = parse(['V. TỔ CHỨC THỰC HIỆN', '1. Giao Sở Tài chính chủ trì theo dõi việc thực hiện Kế hoạch; các sở, ngành và Chủ tịch Ủy ban nhân dân',
      'Tỉnh chỉ đạo triển khai thực hiện.', '2. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường, thị trấn',
      'Tỉnh tổ chức thực hiện.', ''].join('\n'), 'text');
    expect(find(m.implementation, 'V.1')?.title).toBeUndefined();
    expect(find(m.implementation, 'V.2')?.text).toBe('Các sở, ban, ngành và Ủy ban nhân dân các xã, phường, thị trấn Tỉnh tổ chức thực hiện.');
  });
});
