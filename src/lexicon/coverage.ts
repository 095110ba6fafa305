// Words the coverage rule (goal-uncovered, docs/rules/goal-uncovered.md) passes over when it turns
// an indicator into terms: pairs of adjacent syllables that would match any task. Written as in
// documents; the rule folds them (no diacritics, đ → d), so "từ" also stands for "tư" and "tự".

/** Function words and measure words: a pair holding one says nothing about the subject. */
export const COVERAGE_STOP_WORDS: string[] = [
  'các', 'của', 'và', 'trên', 'trong', 'với', 'cho', 'từ', 'đến', 'là', 'một', 'những', 'có', 'được', 'đạt', 'năm', 'tại', 'theo',
  'về', 'ở', 'hoặc', 'ít', 'nhất', 'tới', 'thiểu', 'đã', 'không', 'hơn', 'dưới', 'khoảng', 'mỗi', 'này', 'đó', 'thể', 'như', 'bằng',
  'phần', 'đầu', 'ra', 'vào', 'lên', 'xuống', 'còn', 'trở', 'thì', 'mà', 'sẽ', 'đều', 'tổng', 'tỷ', 'lệ', 'mức',
];

/** Pairs that stand in any indicator and any task: they would cover everything. */
export const COVERAGE_GENERIC_PAIRS: string[] = [
  'địa bàn', 'số lượng', 'cả nước', 'bình quân', 'hằng năm', 'chỉ tiêu', 'mục tiêu', 'giai đoạn', 'nhiệm vụ', 'thực hiện', 'triển khai',
];
