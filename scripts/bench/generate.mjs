// A seeded, deterministic generator of realistic provincial programmes (kế hoạch) for the
// benchmarks: letterhead, title, purpose, viewpoints, goals with % targets and years, numbered
// tasks with a) b) sub-items and "-" activities naming the body in charge and its partners,
// deadlines, and (Markdown) an appendix task table. Markdown, or plain text as offices type it
// (two-column letterhead, no markup, no table); the same seed gives the same text.

/** mulberry32: a small, fast PRNG whose whole state is one 32-bit number. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ['Đồng Tháp', 'Nghệ An', 'Bắc Ninh', 'Đồng Nai', 'Hà Tĩnh', 'Quảng Ninh', 'Lâm Đồng', 'Cà Mau', 'Thái Nguyên', 'Gia Lai', 'Khánh Hòa', 'Lào Cai'];
const DEPARTMENTS = [
  'Sở Khoa học và Công nghệ', 'Sở Tài chính', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Công Thương',
  'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh',
  'Ban Quản lý các khu công nghiệp', 'Đài Phát thanh và Truyền hình tỉnh',
];
const ACTIONS = [
  'Rà soát, hoàn thiện', 'Xây dựng và vận hành', 'Nâng cấp', 'Hiện đại hóa', 'Đẩy mạnh',
  'Hướng dẫn, hỗ trợ', 'Ứng dụng', 'Phát triển', 'Tăng cường', 'Số hóa',
];
const OBJECTS = [
  'cơ chế, chính sách hỗ trợ doanh nghiệp chuyển đổi số', 'hạ tầng mạng 5G tại các khu công nghiệp',
  'cơ sở dữ liệu chuyên ngành dùng chung của tỉnh', 'nền tảng dịch vụ công trực tuyến toàn trình',
  'chương trình đào tạo kỹ năng số cho cán bộ, công chức', 'trung tâm điều hành thông minh',
  'hệ thống quản lý văn bản và hồ sơ công việc', 'mạng lưới tư vấn chuyển đổi số cho hợp tác xã',
  'thương mại điện tử cho sản phẩm nông nghiệp chủ lực', 'hệ sinh thái khởi nghiệp đổi mới sáng tạo',
  'an toàn thông tin mạng theo mô hình bốn lớp', 'hồ sơ sức khỏe điện tử của người dân',
];
/** group headings under the tasks section: topics, never words that open another section */
const TOPICS = [
  'Hoàn thiện thể chế, chính sách', 'Phát triển hạ tầng số', 'Phát triển dữ liệu số', 'Phát triển chính quyền số',
  'Phát triển kinh tế số', 'Phát triển xã hội số', 'Bảo đảm an toàn, an ninh mạng', 'Phát triển nguồn nhân lực số',
  'Thúc đẩy đổi mới sáng tạo', 'Hợp tác quốc tế', 'Truyền thông, nâng cao nhận thức', 'Huy động nguồn lực',
];
const PURPOSES = [
  'bảo đảm đồng bộ, thống nhất trên địa bàn tỉnh', 'nâng cao hiệu quả quản lý nhà nước',
  'tạo thuận lợi cho người dân và doanh nghiệp', 'góp phần thực hiện thắng lợi các mục tiêu đã đề ra',
];
const INDICATORS = [
  ['Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến', 60, 100], ['Tỷ trọng kinh tế số trong GRDP', 10, 30],
  ['Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số', 40, 90], ['Tỷ lệ dân số trưởng thành có chữ ký số cá nhân', 30, 80],
  ['Tỷ lệ hộ gia đình có kết nối cáp quang', 70, 100], ['Tỷ lệ cơ sở dữ liệu được kết nối, chia sẻ', 50, 100],
];
const QUARTERS = ['I', 'II', 'III', 'IV'];
/** the Vietnamese alphabet as used by a), b) ... labels: đ follows d; no f, j, w, z */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/**
 * A programme with `items` task items (numbered groups and sub-groups, a) b) tasks, "-" activities,
 * and in Markdown a tenth of them as rows of the appendix task table) and goals with a target
 * (a tenth of `items`, at least two). Returns the text and what the parser should find: `tasks`
 * (items of the tasks section outside the table), `tableRows` (task rows of the appendix table),
 * `goals` (goal items with a target).
 */
export function generateProgramme({ seed = 1, items = 100, format = 'markdown' } = {}) {
  if (!Number.isInteger(items) || items < 1) throw new RangeError(`items must be a positive integer, not ${items}`);
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const md = format === 'markdown';
  const bold = (s) => (md ? `**${s}**` : s);
  const year = int(2024, 2025);
  const horizon = year + 5;
  const province = pick(PROVINCES);
  const number = `${int(100, 3999)}/KH-UBND`;
  const deadline = () => pick([`Quý ${pick(QUARTERS)}/${int(year + 1, horizon)}`, `năm ${int(year + 1, horizon)}`, 'thường xuyên', `trước ngày ${int(1, 28)}/${int(1, 12)}/${int(year + 1, horizon)}`]);
  const partners = (lead) => {
    const out = [];
    for (let k = int(1, 3); out.length < k;) {
      const p = pick(DEPARTMENTS);
      if (p !== lead && !out.includes(p)) out.push(p);
    }
    return out;
  };
  const sentence = () => `${pick(ACTIONS)} ${pick(OBJECTS)}, ${pick(PURPOSES)}.`;

  const goals = Math.max(2, Math.round(items / 10));
  const tableRows = md && items >= 20 ? Math.round(items / 10) : 0;
  let budget = items - tableRows;
  const lines = [];
  const para = (s) => { lines.push(s, ''); };

  // Letterhead, number and date, type and title.
  const place = `${province}, ngày ${int(1, 28)} tháng ${int(1, 12)} năm ${year}`;
  if (md) {
    para(`**ỦY BAN NHÂN DÂN**  \n**TỈNH ${province.toUpperCase()}**`);
    para('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**');
    para(`Số: ${number}`);
    para(`*${place}*`);
  } else {
    lines.push('ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    lines.push(`TỈNH ${province.toUpperCase()}                    Độc lập - Tự do - Hạnh phúc`, '');
    lines.push(`Số: ${number}                  ${place}`, '');
  }
  lines.push(bold('KẾ HOẠCH'));
  para(`Thực hiện chuyển đổi số và phát triển kinh tế số tỉnh ${province} giai đoạn ${year + 1} - ${horizon}`);
  para(`Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:`);

  // I. Purpose and requirements.
  para(bold('I. MỤC ĐÍCH, YÊU CẦU'));
  para(bold('1. Mục đích'));
  para(`Cụ thể hóa các nhiệm vụ, giải pháp để ${pick(PURPOSES)}; ${pick(PURPOSES)}.`);
  para(bold('2. Yêu cầu'));
  para(`Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị; ${pick(PURPOSES)}.`);

  // II. Viewpoints and goals.
  para(bold('II. QUAN ĐIỂM, MỤC TIÊU'));
  para(bold('1. Quan điểm'));
  for (let k = 0; k < 2; k++) para(`- Chuyển đổi số là nhiệm vụ trọng tâm, ${pick(PURPOSES)}.`);
  para(bold('2. Mục tiêu tổng quát'));
  para(`Đến năm ${horizon}, tỉnh ${province} thuộc nhóm dẫn đầu cả nước về chuyển đổi số, ${pick(PURPOSES)}.`);
  para(bold(`3. Mục tiêu cụ thể đến năm ${horizon}`));
  for (let k = 0; k < goals; k++) {
    const [indicator, lo, hi] = pick(INDICATORS);
    const target = int(lo, hi);
    const cmp = pick(['đạt', 'đạt ít nhất', 'đạt trên']);
    para(`- ${indicator} ${cmp} ${target}% vào năm ${int(year + 1, horizon)}.`);
  }

  // III. Tasks: numbered groups (1.), sub-groups (1.1.), a) b) tasks naming the body in charge and
  // its partners with a deadline, "-" activities.
  para(bold('III. NHIỆM VỤ VÀ GIẢI PHÁP'));
  let tasks = 0;
  const task = (letter) => {
    const lead = pick(DEPARTMENTS);
    para(`${letter}) ${sentence()} ${lead} chủ trì, phối hợp với ${partners(lead).join(', ')} thực hiện; thời gian hoàn thành: ${deadline()}.`);
    budget--; tasks++;
    const activities = Math.min(budget, r() < 0.4 ? int(1, 2) : 0);
    for (let k = 0; k < activities; k++) {
      para(`- ${sentence()}`);
      budget--; tasks++;
    }
  };
  for (let g = 1; budget > 0; g++) {
    para(bold(`${g}. ${pick(TOPICS)}`));
    budget--; tasks++;
    // Large programmes group their tasks one level deeper, as the national ones do, and keep
    // to a few dozen groups.
    const per = Math.max(2, Math.round(items / 500));
    const subgroups = items >= 200 ? int(per, 2 * per) : 0;
    for (let s = 1; s <= subgroups && budget > 0; s++) {
      para(bold(`${g}.${s}. ${pick(ACTIONS)} ${pick(OBJECTS)}`));
      budget--; tasks++;
      for (let t = 0, n = int(3, 8); t < n && budget > 0; t++) task(LETTERS[t]);
    }
    if (subgroups === 0) for (let t = 0, n = int(3, 8); t < n && budget > 0; t++) task(LETTERS[t]);
  }

  // IV. Implementation.
  para(bold('IV. TỔ CHỨC THỰC HIỆN'));
  para(`1. Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12.`);
  para(`2. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ tổ chức triển khai thực hiện Kế hoạch này.`);

  // Appendix (Markdown only): the task table.
  if (tableRows > 0) {
    para(bold('PHỤ LỤC I'));
    para(bold('DANH MỤC NHIỆM VỤ TRỌNG TÂM'));
    lines.push('| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |');
    lines.push('| --- | --- | --- | --- | --- |');
    for (let k = 1; k <= tableRows; k++) {
      const lead = pick(DEPARTMENTS);
      lines.push(`| ${k} | ${pick(ACTIONS)} ${pick(OBJECTS)} | ${lead} | ${partners(lead).join(', ')} | ${deadline()} |`);
    }
    lines.push('');
  }

  // Recipients and signature.
  if (md) {
    para('**Nơi nhận:**  \n- Văn phòng Chính phủ;  \n- TT Tỉnh ủy, TT HĐND tỉnh;  \n- Lưu: VT.');
    para('**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**');
    para('**Nguyễn Văn An**');
  } else {
    lines.push('Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN');
    lines.push('- Văn phòng Chính phủ;                     CHỦ TỊCH');
    lines.push('- TT Tỉnh ủy, TT HĐND tỉnh;');
    lines.push('- Lưu: VT.                                 Nguyễn Văn An', '');
  }
  return { text: lines.join('\n'), expected: { tasks, tableRows, goals } };
}

/**
 * The second version of a generated Markdown programme: group 2 moved to the end of the tasks and
 * every group renumbered after it, one task in eight reworded, every third goal's value raised,
 * one task dropped and one added.
 */
export function editProgramme(text, seed = 1) {
  const r = rng(seed);
  const paras = text.split('\n\n');
  const isGroup = (p) => /^\*\*\d+\. /.test(p);
  const tasksStart = paras.findIndex((p) => p.startsWith('**III.'));
  const tasksEnd = paras.findIndex((p) => p.startsWith('**IV.'));
  const starts = paras.map((p, i) => (isGroup(p) && i > tasksStart && i < tasksEnd ? i : -1)).filter((i) => i >= 0);
  let out = paras;
  if (starts.length >= 3) {
    const [from, to] = [starts[1], starts[2]];
    const moved = paras.slice(from, to);
    out = [...paras.slice(0, from), ...paras.slice(to, tasksEnd), ...moved, ...paras.slice(tasksEnd)];
    let g = 0;
    out = out.map((p, i) => {
      if (i <= tasksStart || i >= tasksEnd || !/^\*\*\d+\./.test(p)) return p;
      if (isGroup(p)) g++;
      return p.replace(/^\*\*\d+\./, `**${g}.`);
    });
  }
  let goal = 0;
  out = out.map((p) => {
    if (/^- .*\d+% vào năm/.test(p) && goal++ % 3 === 0) return p.replace(/(\d+)%/, (_, v) => `${Math.min(100, Number(v) + 5)}%`);
    if (/^[a-z]\) /.test(p) && r() < 0.125) return p.replace(/^([a-z]\)) (\S)/, (_, label, first) => `${label} Khẩn trương ${first.toLowerCase()}`);
    return p;
  });
  const firstTask = out.findIndex((p) => /^b\) /.test(p));
  if (firstTask > 0) out.splice(firstTask, 1);
  const lastTask = out.findLastIndex((p) => /^[a-z]\) /.test(p));
  if (lastTask > 0) out.splice(lastTask + 1, 0, 'x) Bổ sung nhiệm vụ tổng kết, đánh giá kết quả. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thực hiện; thời gian hoàn thành: Quý IV/2030.');
  return out.join('\n\n');
}
