// Which reader a source document needs, and the size limit for inputs: apart from load.ts so that
// `vanban validate` on models does not load the hashing that parsing needs.

import { extname } from 'node:path';
import type { SourceFormat } from '../model/types.js';

export type FromOption = 'auto' | 'markdown' | 'text';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** What a folder is searched for: source documents, and (for validate) models. */
export const DOCUMENT_EXTENSIONS = ['md', 'markdown', 'txt'];
export const MODEL_EXTENSIONS = ['yaml', 'yml'];

/** --from, else the extension (.md, .markdown), else the content. */
export function pickFormat(from: FromOption, name: string, text: string): SourceFormat {
  if (from !== 'auto') return from;
  const ext = extname(name).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'text';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20000);
  return /^#{1,6}\s\S/m.test(sample) || /\*\*\S[^*\n]*\*\*/.test(sample) || /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/m.test(sample) || /\\[-.]/.test(sample);
}
