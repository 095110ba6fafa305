// Labels of the attribute lines under a task: when it is due and what it produces
// ("Thời gian thực hiện: Quý III/2025", "Sản phẩm: Quyết định của Thủ tướng Chính phủ").
// The lead and support labels are in src/lexicon/bodies.ts.

export const DEADLINE_LABELS: string[] = [
  'thời gian thực hiện', 'thời gian hoàn thành', 'thời hạn hoàn thành', 'thời hạn', 'thời gian', 'tiến độ', 'tiến độ thực hiện',
  'thời gian triển khai', 'thời gian trình', 'thời gian dự kiến hoàn thành',
];

export const OUTPUT_LABELS: string[] = ['sản phẩm', 'kết quả', 'sản phẩm đầu ra', 'kết quả dự kiến', 'kết quả, sản phẩm', 'hình thức văn bản'];

/**
 * Words that open a line about a task's means, not work: "Kinh phí thực hiện: ...", "Nguồn vốn: ...",
 * "Nguồn lực". Matched at the start of the line, whole words, ignoring diacritics; each may follow
 * one of BUDGET_PREFIXES ("Nguồn kinh phí").
 */
export const BUDGET_WORDS: string[] = ['kinh phí', 'nguồn lực', 'vốn'];
export const BUDGET_PREFIXES: string[] = ['nguồn'];
