// One input to source text: read bytes (with a size limit), decode, pick the format.

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageCode } from '../diagnostics/messages.js';
import type { SourceFormat } from '../model/types.js';
import { decode } from './decode.js';
import { DEFAULT_MAX_BYTES, pickFormat, type FromOption } from './format.js';

export { DEFAULT_MAX_BYTES, DOCUMENT_EXTENSIONS, pickFormat, type FromOption } from './format.js';


export type Loaded =
  | { ok: true; text: string; format: SourceFormat; sha256: string }
  | { ok: false; code: MessageCode; args: Record<string, string | number> };

export function loadFile(path: string, cwd: string, from: FromOption, maxBytes = DEFAULT_MAX_BYTES): Loaded {
  const read = readInputFile(path, cwd, maxBytes);
  return read.ok ? loadBytes(read.bytes, from, path, maxBytes) : read;
}

export type ReadInput = { ok: true; bytes: Buffer } | { ok: false; code: MessageCode; args: Record<string, string | number> };

/** A file's bytes; a folder, a missing or unreadable file, or one over the limit (checked before reading) is an error. */
export function readInputFile(path: string, cwd: string, maxBytes = DEFAULT_MAX_BYTES): ReadInput {
  const abs = resolve(cwd, path);
  try {
    const stat = statSync(abs);
    if (stat.isDirectory()) return { ok: false, code: 'is-directory', args: {} };
    if (stat.size > maxBytes) return { ok: false, code: 'input-too-large', args: { size: stat.size, limit: maxBytes } };
    const bytes = readFileSync(abs);
    // a file that grew after stat, or a device or FIFO that reports no size
    if (bytes.length > maxBytes) return { ok: false, code: 'input-too-large', args: { size: bytes.length, limit: maxBytes } };
    return { ok: true, bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') return { ok: false, code: 'file-not-found', args: { path } };
    if (code === 'EISDIR') return { ok: false, code: 'is-directory', args: {} };
    if (code === 'ELOOP') return { ok: false, code: 'unreadable-input', args: { reason: 'ELOOP (a symbolic link that points back to itself)' } };
    return { ok: false, code: 'unreadable-input', args: { reason: code || String(error) } };
  }
}

export { parseSize } from './size.js';

export function loadBytes(bytes: Uint8Array, from: FromOption, name: string, maxBytes = DEFAULT_MAX_BYTES): Loaded {
  if (bytes.length > maxBytes) return { ok: false, code: 'input-too-large', args: { size: bytes.length, limit: maxBytes } };
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, code: decoded.code, args: { offset: decoded.offset ?? 0 } };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, text: decoded.text, format: pickFormat(from, name, decoded.text), sha256 };
}
