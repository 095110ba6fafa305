// Labels of the attribute lines under a task: when it is due and what it produces
// ("Thời gian thực hiện: Quý III/2025", "Sản phẩm: Quyết định của Thủ tướng Chính phủ").
// The lead and support labels are in src/lexicon/bodies.ts.

export const DEADLINE_LABELS: string[] = [
  'thời gian thực hiện', 'thời gian hoàn thành', 'thời hạn hoàn thành', 'thời hạn', 'thời gian', 'tiến độ', 'tiến độ thực hiện',
  'thời gian triển khai', 'thời gian trình', 'thời gian dự kiến hoàn thành',
];

export const OUTPUT_LABELS: string[] = ['sản phẩm', 'kết quả', 'sản phẩm đầu ra', 'kết quả dự kiến', 'kết quả, sản phẩm', 'hình thức văn bản'];
