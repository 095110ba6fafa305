// Rules of the outline and of section classification, one small document each.

import { describe, expect, it } from 'vitest';
import type { Item, Model } from '../src/model/types.js';
import { parseText } from '../src/parse.js';

const md = (text: string): Model => parseText(text, { file: 't.md', format: 'markdown', sha256: '0'.repeat(64) }).model;
const txt = (text: string): Model => parseText(text, { file: 't.txt', format: 'text', sha256: '0'.repeat(64) }).model;
const ids = (items: Item[]): string[] => items.flatMap((i) => [i.id, ...ids(i.items ?? [])]);
const find = (items: Item[], id: string): Item | undefined => {
  for (const i of items) {
    if (i.id === id) return i;
    const inner = find(i.items ?? [], id);
    if (inner) return inner;
  }
  return undefined;
};

describe('labels as written', () => {
  it('reads escaped and bold labels, not the Markdown list counter', () => {
    const m = md('**I. QUAN ĐIỂM**\n\n**1\\.** Phát triển là đột phá.\n\n3. Một quan điểm khác.\n');
    expect(m.viewpoints.map((i) => [i.id, i.label, i.text])).toEqual([
      ['I.1', '1.', 'Phát triển là đột phá.'],
      ['I.3', '3.', 'Một quan điểm khác.'],
    ]);
  });

  it('follows the Vietnamese alphabet: đ) after d), e) after đ)', () => {
    const m = txt('I. NHIỆM VỤ\n1. Nhóm nhiệm vụ\na) Một.\nb) Hai.\nc) Ba.\nd) Bốn.\nđ) Năm.\ne) Sáu.\n');
    expect(ids(m.tasks)).toEqual(['I.1', 'I.1.a', 'I.1.b', 'I.1.c', 'I.1.d', 'I.1.đ', 'I.1.e']);
  });

  it('numbers bullets and unlabeled paragraphs by position', () => {
    const m = txt('I. MỤC TIÊU\n1. Đến năm 2030\n- Chỉ tiêu một.\n- Chỉ tiêu hai.\n\nĐoạn văn không có số.\n');
    expect(ids(m.goals)).toEqual(['I.1', 'I.1.1', 'I.1.2', 'I.1.p1']);
  });

  it('a bold lead after the label is the title, the rest the text', () => {
    const m = md('**III. NHIỆM VỤ**\n\n**1. Về công tác cán bộ.** Tiếp tục đổi mới công tác cán bộ.\n');
    expect(find(m.tasks, 'III.1')).toMatchObject({ title: 'Về công tác cán bộ', text: 'Tiếp tục đổi mới công tác cán bộ.' });
  });
});

describe('headings', () => {
  it('joins a heading broken over two lines', () => {
    const m = md('**V. TỔ CHỨC\nTHỰC HIỆN**\n\n1. Sở Tài chính bố trí kinh phí.\n');
    expect(m.outline[0]).toMatchObject({ id: 'V', title: 'TỔ CHỨC THỰC HIỆN', sections: ['implementation'] });
  });

  it('a bold lead that runs on into a lower-case verb is the sentence\'s subject, not a title', () => {
    const m = md('**II. NHIỆM VỤ**\n\n**1. Bộ Xây dựng** chủ trì hướng dẫn tháo gỡ khó khăn; hoàn thành trong tháng 6/2025.\n\n**2. Về hạ tầng.** Đầu tư mạng cáp quang.\n');
    expect(m.tasks[0]).toMatchObject({ id: 'II.1', text: 'Bộ Xây dựng chủ trì hướng dẫn tháo gỡ khó khăn; hoàn thành trong tháng 6/2025.', lead: ['Bộ Xây dựng'] });
    expect(m.tasks[0]?.title).toBeUndefined();
    expect(m.tasks[1]).toMatchObject({ id: 'II.2', title: 'Về hạ tầng', text: 'Đầu tư mạng cáp quang.' });
  });

  it('joins a heading that continues in the next block', () => {
    const m = md('**PHỤ LỤC**\n\nDANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n\n*(Kèm theo Kế hoạch số 1/KH-UBND)*\n');
    expect(m.outline[0]).toMatchObject({ id: 'PL1', title: 'DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM', sections: ['appendices'] });
  });

  it('a heading naming two sections holds both', () => {
    const m = txt('II. QUAN ĐIỂM, MỤC TIÊU\n1. Quan điểm\na) Lấy người dân làm trung tâm.\n2. Mục tiêu\na) Mục tiêu tổng quát: phát triển nhanh.\n');
    expect(m.outline.map((o) => [o.id, o.sections])).toEqual([['II', ['viewpoints', 'goals']], ['II.1', ['viewpoints']], ['II.2', ['goals']]]);
    expect(m.viewpoints.map((i) => i.id)).toEqual(['II.1.a']);
    expect(m.goals).toMatchObject([{ id: 'II.2.a', scope: 'general' }]);
  });

  it('words deep inside a task title do not switch the section', () => {
    const m = txt('III. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển nhân lực đáp ứng yêu cầu\na) Đào tạo.\n');
    expect(m.tasks.map((i) => i.id)).toEqual(['III.1']);
    expect(m.purpose).toEqual([]);
  });

  it('a new heading scheme leaves body text: PHỤ LỤC after task items is at the top', () => {
    const m = md('**I. NHIỆM VỤ**\n\n1. Xây dựng kế hoạch.\n\n**PHỤ LỤC I**\n\n**CÁC CHỈ TIÊU**\n');
    expect(m.outline.map((o) => o.id)).toEqual(['I', 'PL1']);
  });
});

describe('plain text', () => {
  it('joins wrapped lines, also inside a name, and across a page number', () => {
    const m = txt('I. NỘI DUNG\n1. Rà soát văn bản\n- Cơ quan chủ trì: Bộ Công\n\n                   - 2 -\n\nan.\n');
    expect(find(m.tasks, 'I.1.1')?.text).toBe('Cơ quan chủ trì: Bộ Công an.');
  });

  it('a short numbered line ending in a word that needs more goes on into the next line', () => {
    const m = txt('I. NHIỆM VỤ\n1. Sở Nội vụ đánh giá, hoàn thành\nQuý IV/2026.\n2. Sở Tư pháp rà soát, xong trước\nQuý III/2026.\n3. Ứng dụng công nghệ số\nSở Khoa học và Công nghệ chủ trì.\n');
    expect(m.tasks.map((t) => [t.title, t.text, t.deadline?.due])).toEqual([
      [undefined, 'Sở Nội vụ đánh giá, hoàn thành Quý IV/2026.', '2026-12-31'],
      [undefined, 'Sở Tư pháp rà soát, xong trước Quý III/2026.', '2026-06-30'],
      ['Ứng dụng công nghệ số', 'Sở Khoa học và Công nghệ chủ trì.', undefined],
    ]);
  });

  it('drops page numbers written with the page count, in Vietnamese and in English', () => {
    const m = txt('I. NHIỆM VỤ\n1. Sở Tư pháp rà soát văn bản, hoàn thành trước\nTrang 2/5\nngày 30/6/2026.\n2. Sở Nội vụ chủ trì đánh giá chỉ số cải cách hành chính; thời gian hoàn thành\nPage 3 of 5\nQuý IV/2026.\n');
    expect(m.tasks.map((t) => [t.text, t.deadline?.text])).toEqual([
      ['Sở Tư pháp rà soát văn bản, hoàn thành trước ngày 30/6/2026.', 'trước ngày 30/6/2026'],
      ['Sở Nội vụ chủ trì đánh giá chỉ số cải cách hành chính; thời gian hoàn thành Quý IV/2026.', 'Quý IV/2026'],
    ]);
    // a fraction alone, with no page word, is text
    expect(txt('I. NHIỆM VỤ\n1. Tỷ lệ đạt\n2/5\nsố xã.\n').tasks[0]?.text).toContain('2/5');
  });

  it('a dash after a wrapped line is not a bullet when a lowercase word follows', () => {
    const m = txt('I. NHIỆM VỤ\n1. Phát triển kinh tế\n- xã hội bền vững của tỉnh.\n');
    expect(find(m.tasks, 'I.1')).toMatchObject({ text: 'Phát triển kinh tế - xã hội bền vững của tỉnh.' });
  });

  it('a wrapped document number is not a label', () => {
    const m = txt('Căn cứ Nghị quyết số\n57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n');
    expect(m.preamble.map((i) => i.text)).toEqual(['Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;']);
  });

  it('reads two-column lines column by column', () => {
    const m = txt('ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN GIANG                Độc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\nPhát triển du lịch\n\nI. MỤC TIÊU\n1. Tăng lượng khách.\n');
    expect(m.document).toMatchObject({ kind: 'plan', issuer: 'Ủy ban nhân dân tỉnh An Giang', motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] });
  });

  it('a signature laid out under an empty table header leaves no empty table behind', () => {
    const m = md('**KẾ HOẠCH**\n\n**Phát triển du lịch**\n\n## I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Du lịch chủ trì thực hiện.\n\n|  |  |\n|---|---|\n| **Nơi nhận:**<br>- Như trên;<br>- Lưu VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br>**Nguyễn Văn A** |\n');
    expect(m.document.signer?.name).toBe('Nguyễn Văn A');
    expect(ids(m.implementation)).toEqual(['I.1']);
  });

  it.each(['\t', '    '])('a label parted from its text by a tab or wide space is a list item, not a column (%j)', (gap) => {
    const m = txt(`KẾ HOẠCH\nPhát triển du lịch\n\nII. MỤC TIÊU\n1.${gap}Chỉ tiêu\n+${gap}Đến năm 2027, có 05 sản phẩm.\n+${gap}Đến năm 2030, có 02 sản phẩm.\n2.${gap}Mục tiêu khác\na)${gap}Thu nhập đạt 75 triệu đồng.\n`);
    expect(m.goals.map((i) => [i.label, i.title])).toEqual([['1.', 'Chỉ tiêu'], ['2.', 'Mục tiêu khác']]);
    expect(m.goals.map((g) => g.items?.map((i) => [i.label, i.text]))).toEqual([
      [['+', 'Đến năm 2027, có 05 sản phẩm.'], ['+', 'Đến năm 2030, có 02 sản phẩm.']],
      [['a)', 'Thu nhập đạt 75 triệu đồng.']],
    ]);
  });
});

describe('documents without headings', () => {
  it('the sentence that opens the list makes its points tasks; a closing follow-up point is implementation', () => {
    const m = txt('CHỈ THỊ\nVề phòng chống dịch\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Sở Y tế theo dõi tình hình dịch.\n\n2. Giao Văn phòng theo dõi, đôn đốc việc thực hiện Chỉ thị này.\n');
    expect(m.tasks.map((i) => i.id)).toEqual(['1']);
    expect(m.implementation.map((i) => i.id)).toEqual(['2']);
  });

  it('a conclusion\'s opening points that weigh what was done are background; once a duty comes, the rest are tasks', () => {
    const m = txt('KẾT LUẬN\nVề công nghệ thông tin\n\nBộ Chính trị kết luận như sau:\n\n1. Sau 10 năm thực hiện Nghị quyết, nhận thức được nâng lên.\n\n2. Cơ bản thống nhất với Báo cáo tổng kết.\n\n3. Hoàn thiện thể chế về dữ liệu.\n\n4. Sau 2 năm thực hiện, tổ chức sơ kết.\n');
    expect(m.background.map((i) => i.id)).toEqual(['1', '2']);
    expect(m.tasks.map((i) => i.id)).toEqual(['3', '4']);
  });

  it('the articles under "QUYẾT ĐỊNH:" stand on their own; those on effect and execution are implementation', () => {
    const m = md('**QUYẾT ĐỊNH:**\n\n**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch tổ chức thực hiện Chỉ thị số 14-CT/TW.\n\n**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký ban hành.\n\n**Điều 3.** Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\n**KẾ HOẠCH**\n\n**I. MỤC TIÊU**\n\n1. Nâng cao nhận thức.\n');
    expect(m.preamble.map((i) => i.id)).toEqual(['Đ1']);
    expect(m.implementation.map((i) => i.id)).toEqual(['Đ2', 'Đ3']);
    expect(m.outline[0]).toMatchObject({ title: 'QUYẾT ĐỊNH:', sections: [] });
  });

  it('says so when no section was recognised', () => {
    const r = parseText('Một đoạn văn.\n\nMột đoạn khác.\n', { file: 't.txt', format: 'text', sha256: '0'.repeat(64) });
    expect(r.diagnostics.map((d) => d.code)).toContain('no-sections');
    expect(r.model.preamble.length).toBe(2);
  });
});

describe('a year a converter put on a line of its own', () => {
  const doc = (year: string): string => `I. MỤC TIÊU\n- Nồng độ bụi PM2.5 vào năm 2030 giảm tối thiểu 10% so với mức trung bình năm\n${year}\n- Chỉ số năm sau tốt hơn năm trước.\n`;
  it('goes on with the sentence, in a Markdown list item as in plain text, whatever its digits', () => {
    for (const format of ['markdown', 'text'] as const) {
      for (const year of ['2024.', '2024', '15.']) {
        const m = parseText(doc(year), { file: format === 'text' ? 'a.txt' : 'a.md', format, sha256: '0'.repeat(64) }).model;
        expect(m.goals.map((g) => g.text), `${format} ${year}`).toEqual([`Nồng độ bụi PM2.5 vào năm 2030 giảm tối thiểu 10% so với mức trung bình năm ${year}`, 'Chỉ số năm sau tốt hơn năm trước.']);
      }
    }
  });

  it('a Markdown list marker of more than three digits is kept as written', () => {
    const m = parseText('II. NHIỆM VỤ\n\n2025. Rà soát văn bản.\n', { file: 'a.md', format: 'markdown', sha256: '0'.repeat(64) }).model;
    expect(JSON.stringify(m)).toContain('2025');
  });
});

describe('a paragraph ending with ":" holds the bullets after it', () => {
  const letter = 'Kính gửi:\n\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các huyện.\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Sở Tài chính rà soát vốn.\n\n2. Sở Xây dựng đẩy nhanh tiến độ.\n\n3. Sở Nội vụ kiểm tra.\n';

  it('so the addressees of a letter do not number with its points', () => {
    for (const m of [md(letter), txt(letter)]) {
      expect(m.tasks.map((i) => i.id)).toEqual(['1', '2', '3']);
      const greeting = m.preamble.find((i) => (i.title ?? i.text) === 'Kính gửi:');
      expect(greeting?.items?.map((i) => i.text)).toEqual(['Các sở, ban, ngành;', 'Ủy ban nhân dân các huyện.']);
    }
  });

  it('under a body named before them, each bullet gets that body as its lead', () => {
    const m = txt('II. NHIỆM VỤ\n1. Hoàn thiện thể chế\nNhiệm vụ chung.\n\nSở Tư pháp:\n\n- Rà soát văn bản.\n- Đề xuất sửa đổi quy định.\n\nSở Nội vụ:\n\n- Cập nhật quy chế.\n\n2. Phát triển hạ tầng\n');
    const one = find(m.tasks, 'II.1');
    expect(one?.items?.map((i) => [i.title ?? i.text, (i.items ?? []).map((b) => [b.text, b.lead])])).toEqual([
      ['Sở Tư pháp:', [['Rà soát văn bản.', ['Sở Tư pháp']], ['Đề xuất sửa đổi quy định.', ['Sở Tư pháp']]]],
      ['Sở Nội vụ:', [['Cập nhật quy chế.', ['Sở Nội vụ']]]],
    ]);
    expect(m.tasks.map((i) => i.id)).toEqual(['II.1', 'II.2']);
  });

  it('the first paragraph under an item stays its text, with the bullets its own items', () => {
    const m = txt('II. NHIỆM VỤ\nb) Hoàn thiện hạ tầng\n\nỦy ban nhân dân các tỉnh:\n\n- Rà soát danh mục dự án.\n- Bố trí kinh phí.\n');
    const b = find(m.tasks, 'II.b');
    expect(b?.text).toBe('Ủy ban nhân dân các tỉnh:');
    expect(b?.items?.map((i) => i.id)).toEqual(['II.b.1', 'II.b.2']);
  });

  it('a bullet that ends its sentence does not hold the numbered point after it', () => {
    const m = txt('II. NHIỆM VỤ\nCác nhiệm vụ sau:\n- Báo cáo kết quả.\n1. Sở Tài chính rà soát vốn.\n');
    expect(ids(m.tasks)).toEqual(['II.p1', 'II.p1.1', 'II.1']);
    expect(find(m.tasks, 'II.1')?.text).toBe('Sở Tài chính rà soát vốn.');
  });
});

describe('bullets before numbered points under one heading', () => {
  it('belong to the paragraph that leads in to them, so their ids do not take the points\' numbers', () => {
    const doc = ['QUYẾT ĐỊNH', 'Điều 1. Phê duyệt Kế hoạch', 'Các nội dung chính như sau:', '- Mục đích;', '- Yêu cầu.', '1. Nhiệm vụ', '2. Giải pháp'];
    for (const r of [parseText(doc.join('\n\n'), { file: 't.md', format: 'markdown', sha256: '0'.repeat(64) }), parseText(doc.join('\n'), { file: 't.txt', format: 'text', sha256: '0'.repeat(64) })]) {
      expect(r.model.outline.map((o) => o.id)).toEqual(['Đ1', 'Đ1.1', 'Đ1.2']);
      const all = Object.values(r.model).filter(Array.isArray).flatMap((list) => ids(list as Item[]));
      expect(all).toEqual(expect.arrayContaining(['Đ1.p1', 'Đ1.p1.1', 'Đ1.p1.2']));
      expect(r.diagnostics.map((d) => d.code)).not.toContain('duplicate-label');
    }
  });
  it('stay the item\'s own when lettered points follow them', () => {
    const m = md('II. NHIỆM VỤ\n\n1. Hoàn thiện thể chế\n\nRà soát các văn bản sau:\n\n- Luật Đầu tư;\n\n- Luật Đất đai.\n\na) Sửa đổi nghị định.\n');
    expect(find(m.tasks, 'II.1')?.text).toBe('Rà soát các văn bản sau:');
    expect(ids(m.tasks)).toEqual(['II.1', 'II.1.1', 'II.1.2', 'II.1.a']);
  });
});

describe('a point that leads in to the points below it', () => {
  it('holds short titled points after "... sau:", so their ids stay under it', () => {
    const doc = 'I. NHIỆM VỤ\n\n1. Các sở, ngành tập trung triển khai các nhiệm vụ trọng tâm sau đây trong năm 2025:\n\na) Hoàn thiện thể chế số\n\nb) Phát triển hạ tầng số\n\n2. Ủy ban nhân dân các huyện thực hiện các nội dung chủ yếu như sau:\n\na) Rà soát thủ tục hành chính\n';
    for (const r of [parseText(doc, { file: 't.md', format: 'markdown', sha256: '0'.repeat(64) }), parseText(doc.replace(/\n\n/g, '\n'), { file: 't.txt', format: 'text', sha256: '0'.repeat(64) })]) {
      expect(ids(r.model.tasks)).toEqual(['I.1', 'I.1.a', 'I.1.b', 'I.2', 'I.2.a']);
      expect(find(r.model.tasks, 'I.1.b')?.title).toBe('Phát triển hạ tầng số');
      expect(r.diagnostics.map((d) => d.code)).not.toContain('duplicate-label');
    }
  });
  it('does not hold them after a point that ends its sentence, nor a heading of its own rank or above', () => {
    const m = md('I. NHIỆM VỤ\n\n1. Các sở triển khai nhiệm vụ năm 2025.\n\na) Hoàn thiện thể chế số\n\n2. Ủy ban nhân dân các huyện thực hiện các nội dung chủ yếu như sau:\n\nII. TỔ CHỨC THỰC HIỆN\n');
    expect(ids(m.tasks)).toEqual(['I.1', 'I.a', 'I.2']);
    expect(find(m.tasks, 'I.2')?.items).toBeUndefined();
    expect(m.outline.map((o) => o.id)).toEqual(['I', 'II']);
  });
  it('reads an article that leads in to goals and tasks as a container of those sections', () => {
    const doc = [
      'NGHỊ QUYẾT', 'Về phát triển kinh tế số tỉnh giai đoạn 2025 - 2030', 'QUYẾT NGHỊ:',
      'Điều 1. Thông qua Đề án phát triển kinh tế số tỉnh giai đoạn 2025 - 2030 với các nội dung chủ yếu sau:',
      '1. Mục tiêu', 'a) Mục tiêu tổng quát: Phát triển kinh tế số trở thành động lực tăng trưởng.', 'b) Đến năm 2030, tỷ trọng kinh tế số đạt 20% GRDP.',
      '2. Nhiệm vụ và giải pháp', 'a) Hoàn thiện hạ tầng số trước năm 2028.', 'b) Phát triển nguồn nhân lực số.',
      'Điều 2. Tổ chức thực hiện', '1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.',
    ];
    for (const m of [md(doc.join('\n\n')), txt(doc.join('\n'))]) {
      expect(ids(m.goals)).toEqual(['Đ1.1.a', 'Đ1.1.b']);
      expect(ids(m.tasks)).toEqual(['Đ1.2.a', 'Đ1.2.b']);
      expect(ids(m.implementation)).toEqual(['Đ2.1']);
      expect(m.preamble.map((i) => i.id)).not.toContain('Đ1');
      const article = m.outline.find((o) => o.id === 'Đ1');
      expect(article?.title).toMatch(/^Thông qua Đề án/);
      expect(article?.sections).toEqual([]);
    }
  });
});

describe('an item title on a line of its own in plain text', () => {
  const long = 'Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát, hoàn thiện cơ chế, chính sách và bố trí kinh phí thực hiện các nhiệm vụ.';
  const doc = (title: string, wrapped: boolean): string => {
    const para = wrapped ? 'Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát, hoàn thiện cơ\nchế, chính sách và bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch.' : long;
    return ['III. NHIỆM VỤ, GIẢI PHÁP', '', ...Array.from({ length: 6 }, (_, i) => [`${i + 1}. ${title}`, para, '']).flat()].join('\n');
  };
  const tasks = (text: string): Item[] => parseText(text, { file: 't.txt', format: 'text', sha256: '0'.repeat(64) }).model.tasks;

  it('is a title when the document is typed a paragraph a line, however long', () => {
    const title = 'Nâng cao nhận thức của cấp ủy, chính quyền, cán bộ, đảng viên và nhân dân';
    const [first] = tasks(doc(title, false));
    expect(first).toMatchObject({ title, text: long });
  });

  it('goes on into the next line when the document is wrapped near that length', () => {
    const title = 'Nâng cao nhận thức của cấp ủy, chính quyền, cán bộ, đảng viên, nhân dân';
    const [first] = tasks(doc(title, true));
    expect(first?.title).toBeUndefined();
    expect(first?.text).toMatch(/^Nâng cao nhận thức .* nhân dân Sở Tài chính/);
  });
});

describe('a report', () => {
  const report = 'BÁO CÁO\nKết quả năm 2025 và phương hướng, nhiệm vụ năm 2026\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2025\n1. Tỷ lệ hồ sơ trực tuyến đạt 68%.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n1. Mục tiêu\n- Tỷ lệ hồ sơ trực tuyến đạt trên 80%.\n2. Nhiệm vụ\na) Sở Tư pháp chủ trì rà soát thủ tục.\n\nIII. KIẾN NGHỊ, ĐỀ XUẤT\n1. Đề nghị UBND tỉnh bố trí kinh phí.\n';

  it('a goal takes its year from the nearest heading above that names one', () => {
    const m = txt(report);
    expect(m.goals.map((g) => g.targets?.map((t) => [t.value, t.year]))).toEqual([[[80, 2026]]]);
  });

  it('its recommendations to the bodies above are not its tasks; a conclusion that answers them ("Về các kiến nghị") still assigns', () => {
    const m = txt(report);
    expect(ids(m.tasks)).toEqual(['II.2.a']);
    expect(ids(m.other)).toEqual(['III.1']);
    const answer = txt('KẾT LUẬN\nVề công tác văn phòng\n\n1. Về nhiệm vụ\nVăn phòng tổng hợp báo cáo.\n\n2. Về các kiến nghị, đề xuất\nVăn phòng phối hợp với các cơ quan liên quan giải quyết kiến nghị của tỉnh.\n');
    expect(answer.other).toEqual([]);
  });
});
