// Machine-readable output, versioned so consumers can rely on its shape:
// { version: 1, tool, files, diagnostics, summary }.

import type { Diagnostic } from '../diagnostics/types.js';
import { countSeverities, groupByFile } from './shared.js';
import type { ReportInput } from './types.js';

export const JSON_REPORT_VERSION = 1;

/** The diagnostic with its keys in one fixed order (JSON.stringify drops the undefined ones). */
function plain(d: Diagnostic): Diagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    path: d.path,
    source: d.source,
    url: d.url,
  };
}

export function json(input: ReportInput): string {
  const groups = groupByFile(input);
  const diagnostics = groups.flatMap((g) => g.diagnostics).map(plain);
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: input.tool.name, version: input.tool.version },
    files: groups.map((g) => g.file),
    diagnostics,
    summary: {
      ...countSeverities(diagnostics),
      files: groups.length,
      filesWithProblems: groups.filter((g) => g.diagnostics.length > 0).length,
    },
  };
  return JSON.stringify(report, null, 2) + '\n';
}
