// Diagnostics as terminal lines: `file:line:column severity message code`.

import type { Diagnostic } from '../diagnostics/types.js';

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  return `${where} ${d.severity} ${d.message} ${d.code}`;
}
