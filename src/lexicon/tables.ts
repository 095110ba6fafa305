// Column headers of appendix tables (vietnamese-documents.md §5), as data: the words of a header
// cell say what the column holds. Matched on folded text; the longest phrase wins.

export type ColumnRole = 'label' | 'text' | 'lead' | 'support' | 'deadline' | 'outputs' | 'indicator' | 'unit' | 'value';

export const COLUMN_WORDS: { role: ColumnRole; words: string[] }[] = [
  { role: 'label', words: ['tt', 'stt', 'số tt', 'số thứ tự'] },
  { role: 'text', words: ['nội dung', 'nhiệm vụ', 'tên nhiệm vụ', 'nhiệm vụ, giải pháp', 'nhiệm vụ và giải pháp', 'nội dung nhiệm vụ', 'nội dung/nhiệm vụ', 'tên đề án', 'tên đề án ưu tiên', 'tên nhiệm vụ/dự án', 'tên nhiệm vụ, dự án', 'nhiệm vụ, dự án', 'tên dự án', 'nội dung công việc', 'công việc'] },
  { role: 'lead', words: ['cơ quan chủ trì', 'đơn vị chủ trì', 'chủ trì', 'đơn vị thực hiện', 'cơ quan thực hiện', 'cơ quan chủ trì thực hiện', 'đơn vị chủ trì thực hiện', 'cơ quan chủ trì theo dõi', 'cơ quan chủ trì theo dõi, đánh giá', 'cơ quan, đơn vị chủ trì', 'đơn vị chủ trì, thực hiện'] },
  { role: 'support', words: ['cơ quan phối hợp', 'đơn vị phối hợp', 'phối hợp', 'cơ quan, đơn vị phối hợp', 'đơn vị phối hợp thực hiện'] },
  { role: 'deadline', words: ['thời gian', 'thời hạn', 'thời gian hoàn thành', 'thời gian thực hiện', 'thời hạn hoàn thành', 'tiến độ', 'tiến độ thực hiện', 'thời gian triển khai', 'thời gian dự kiến hoàn thành', 'thời gian trình', 'lộ trình'] },
  { role: 'outputs', words: ['sản phẩm', 'kết quả', 'sản phẩm đầu ra', 'kết quả dự kiến', 'kết quả, sản phẩm', 'sản phẩm dự kiến', 'hình thức văn bản', 'hình thức sản phẩm', 'kết quả đầu ra'] },
  { role: 'indicator', words: ['chỉ tiêu', 'tên chỉ tiêu', 'chỉ số'] },
  { role: 'unit', words: ['đơn vị', 'đơn vị tính', 'đvt'] },
  { role: 'value', words: ['mục tiêu', 'giá trị', 'chỉ tiêu đạt được', 'mục tiêu đến năm', 'kết quả', 'chỉ tiêu phấn đấu'] },
];

/**
 * In a table of indicators, a column headed by a year is a target value for that year: "2030",
 * "Năm 2030", "Đến năm 2030", "Mục tiêu 2030", "Kế hoạch năm 2026" (folded words before the year).
 */
export const VALUE_YEAR_LEADS: string[] = ['nam', 'den nam', 'muc tieu', 'muc tieu nam', 'muc tieu den nam', 'ke hoach', 'ke hoach nam', 'chi tieu nam', 'phan dau', 'phan dau den nam', 'dat', 'dat nam'];
