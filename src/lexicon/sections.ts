// Section keywords (vietnamese-documents.md §3), folded (no diacritics, lower case). A heading is
// classified by the keyword that appears first in it, at any level.

import type { GoalScope, SectionKey } from '../model/types.js';

export interface SectionRule {
  section: SectionKey;
  /** folded phrases, matched as whole words */
  words: string[];
  scope?: GoalScope;
  /**
   * the words name the section only as the whole heading: "IV. KIẾN NGHỊ, ĐỀ XUẤT" in a report, not
   * "3. Về các kiến nghị, đề xuất" in a conclusion that answers them with tasks
   */
  whole?: boolean;
}

export const SECTION_RULES: SectionRule[] = [
  { section: 'background', words: ['tinh hinh', 'thuc trang', 'ket qua thuc hien', 'ket qua dat duoc', 'ket qua', 'danh gia', 'boi canh', 'nguyen nhan', 'han che', 'ton tai', 'su can thiet', 'can cu xay dung', 'can cu'] },
  { section: 'purpose', words: ['muc dich', 'yeu cau', 'pham vi', 'doi tuong'] },
  { section: 'viewpoints', words: ['quan diem chi dao', 'quan diem', 'nguyen tac'] },
  { section: 'goals', words: ['muc tieu tong quat', 'muc tieu chung'], scope: 'general' },
  { section: 'goals', words: ['muc tieu cu the', 'chi tieu cu the', 'chi tieu', 'muc tieu den nam', 'muc tieu giai doan'], scope: 'specific' },
  { section: 'goals', words: ['tam nhin'], scope: 'vision' },
  { section: 'goals', words: ['muc tieu', 'dinh huong'] },
  { section: 'tasks', words: ['nhiem vu va giai phap', 'nhiem vu, giai phap', 'nhiem vu trong tam', 'nhiem vu', 'giai phap', 'noi dung', 'lo trinh', 'du an uu tien', 'ket luan'] },
  { section: 'implementation', words: ['to chuc thuc hien', 'phan cong', 'trach nhiem thuc hien', 'trach nhiem', 'dieu khoan thi hanh', 'hieu luc thi hanh', 'to chuc theo doi', 'che do bao cao', 'kinh phi', 'nguon luc', 'nguon von', 'phuong thuc', 'kiem tra, giam sat'] },
  { section: 'appendices', words: ['phu luc', 'danh muc', 'bieu mau'] },
  // a report's recommendations to the bodies above it are neither its tasks nor its implementation
  { section: 'other', words: ['kien nghi', 'kien nghi, de xuat', 'de xuat, kien nghi', 'de xuat'], whole: true },
];

/** Words of a decision's article on its effect or its execution, anywhere in it (folded). */
export const EXECUTION_CUES: string[] = ['chiu trach nhiem thi hanh', 'trach nhiem thi hanh', 'hieu luc thi hanh', 'co hieu luc'];

/** The line that opens a decision's or resolution's articles ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"), folded. */
export const ENACTING_LINES: string[] = ['quyet dinh', 'quyet nghi'];

/**
 * Words of a sentence ending with ":" that opens a list of tasks in directives and conclusions:
 * "Thủ tướng Chính phủ yêu cầu ...:", "Bộ Chính trị kết luận như sau:", "... các nhiệm vụ sau:".
 */
export const TASK_LEAD_INS: string[] = [
  'nhu sau', 'sau day', 'cac nhiem vu', 'cac giai phap', 'nhiem vu, giai phap', 'nhiem vu sau', 'chi thi', 'yeu cau',
  'de nghi', 'ket luan', 'thong bao', 'giao nhiem vu', 'tap trung thuc hien', 'thuc hien tot', 'quan triet', 'chi dao',
];

/**
 * Openings of a request to those a document is addressed to: "Đề nghị Sở Y tế ...", "Yêu cầu các đơn
 * vị ...". A paragraph so opened that ends with the end mark closes the body ("Đề nghị các cơ quan,
 * đơn vị triển khai thực hiện./.").
 */
export const REQUEST_OPENINGS: string[] = ['de nghi', 'yeu cau', 'kinh de nghi'];

/**
 * Openings of an unnumbered paragraph that assigns work ("Giao Sở Tài chính chủ trì ...", a request):
 * after a sentence that opens a list, such paragraphs are its tasks as numbered points are.
 */
export const TASK_OPENINGS: string[] = ['giao', ...REQUEST_OPENINGS];

/** Words that mark the closing item of such a list as implementation. */
export const IMPLEMENTATION_CUES: string[] = [
  'to chuc thuc hien', 'theo doi, don doc', 'theo doi, kiem tra', 'don doc', 'chiu trach nhiem thi hanh', 'trach nhiem thi hanh',
  'hieu luc thi hanh', 'co hieu luc', 'bao cao ket qua', 'dinh ky bao cao', 'so ket, tong ket',
];

/**
 * How a conclusion's or notice's opening point that weighs what was done begins, folded ("1. Cơ bản
 * thống nhất với Báo cáo ...", "1. Sau 10 năm thực hiện Nghị quyết, ..."): under "kết luận như sau:"
 * such a point is background, not a task. `#` stands for a number.
 */
export const ASSESSMENT_OPENINGS: string[] = [
  'co ban thong nhat', 'thong nhat voi bao cao', 'nhat tri voi bao cao', 'tan thanh voi bao cao', 'danh gia cao', 'ghi nhan',
  'sau # nam thuc hien', 'sau # nam trien khai', 'qua # nam thuc hien', 'qua # nam trien khai', 'sau # thang thuc hien',
];

/**
 * The paragraph that closes a document's body after its last numbered point speaks of the whole document,
 * not of that point: "Trên đây là Kế hoạch ..., đề nghị ... triển khai thực hiện./.", "Trong quá trình thực
 * hiện, nếu có khó khăn, vướng mắc, ... báo cáo ...", "... thực hiện nghiêm túc, hiệu quả Chỉ thị này./.".
 */
export const CLOSING_OPENINGS: string[] = ['tren day la'];
/** Openings of the "if difficulties arise, report" paragraph; it must also hold one of CLOSING_PROCESS_WORDS. */
export const CLOSING_PROCESS_OPENINGS: string[] = [
  'trong qua trinh thuc hien', 'trong qua trinh to chuc thuc hien', 'trong qua trinh trien khai', 'qua trinh thuc hien',
  'qua trinh to chuc thuc hien', 'qua trinh trien khai',
];
export const CLOSING_PROCESS_WORDS: string[] = ['vuong mac', 'kho khan', 'phat sinh'];
/** Written after a document kind ("Chỉ thị này") in a paragraph that ends with the end mark "./.". */
export const CLOSING_SELF_WORD = 'nay';
/**
 * A paragraph that opens with the document itself ("Nghị quyết này ...") and says how it is spread or
 * when it takes effect closes the body even without the end mark: "Nghị quyết này được phổ biến đến chi bộ."
 */
export const CLOSING_SELF_VERBS: string[] = ['pho bien den', 'duoc pho bien', 'co hieu luc', 'quan triet den', 'duoc quan triet'];
/** Or, in such a paragraph, the request to carry the document out: "yêu cầu các sở ... nghiêm túc triển khai thực hiện./.". */
export const CLOSING_REQUESTS: string[] = [
  'nghiem tuc trien khai', 'nghiem tuc thuc hien', 'thuc hien nghiem tuc', 'trien khai thuc hien nghiem tuc',
  // a notice's "... thông báo để các cơ quan, đơn vị biết, thực hiện./."
  'biet thuc hien', 'biet va thuc hien', 'biet phoi hop thuc hien', 'biet trien khai thuc hien', 'biet de thuc hien',
];
