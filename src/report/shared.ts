// Helpers every reporter shares: grouping by file, counting, repository-relative paths.

import type { Diagnostic } from '../diagnostics/types.js';
import type { ReportInput } from './types.js';

export interface FileGroup {
  file: string;
  diagnostics: Diagnostic[];
}

/**
 * The checked files in the caller's order (duplicates once), then any file named only by a
 * diagnostic, in order of first mention; each with its diagnostics in the caller's order.
 */
export function groupByFile(input: Pick<ReportInput, 'diagnostics' | 'files'>): FileGroup[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const file of input.files) if (!groups.has(file)) groups.set(file, []);
  for (const d of input.diagnostics) {
    const list = groups.get(d.file);
    if (list) list.push(d);
    else groups.set(d.file, [d]);
  }
  return [...groups].map(([file, diagnostics]) => ({ file, diagnostics }));
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** `file:line:column`, or the file alone for a file-level diagnostic (line 0). */
export function where(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
}

/** A path as CI services want it: forward slashes, no leading `./`. */
export function repoPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** A positive integer, or undefined (SARIF and GitHub positions start at 1). */
export function position(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}
