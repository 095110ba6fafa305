// Section keywords (vietnamese-documents.md §3), folded (no diacritics, lower case). A heading is
// classified by the keyword that appears first in it, at any level.

import type { GoalScope, SectionKey } from '../model/types.js';

export interface SectionRule {
  section: SectionKey;
  /** folded phrases, matched as whole words */
  words: string[];
  scope?: GoalScope;
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
];

/**
 * Words of a sentence ending with ":" that opens a list of tasks in directives and conclusions:
 * "Thủ tướng Chính phủ yêu cầu ...:", "Bộ Chính trị kết luận như sau:", "... các nhiệm vụ sau:".
 */
export const TASK_LEAD_INS: string[] = [
  'nhu sau', 'sau day', 'cac nhiem vu', 'cac giai phap', 'nhiem vu, giai phap', 'nhiem vu sau', 'chi thi', 'yeu cau',
  'de nghi', 'ket luan', 'thong bao', 'giao nhiem vu', 'tap trung thuc hien', 'thuc hien tot', 'quan triet', 'chi dao',
];

/** Words that mark the closing item of such a list as implementation. */
export const IMPLEMENTATION_CUES: string[] = [
  'to chuc thuc hien', 'theo doi, don doc', 'theo doi, kiem tra', 'don doc', 'chiu trach nhiem thi hanh', 'trach nhiem thi hanh',
  'hieu luc thi hanh', 'co hieu luc', 'bao cao ket qua', 'dinh ky bao cao', 'so ket, tong ket',
];
