// Terminal output, grouped by file, in aligned columns, with a summary:
//
//   docs/plan.yaml
//     12:5  error    Nhiệm vụ III.2 thiếu cơ quan chủ trì  task-missing-lead
//
//   ✖ 1 problem (1 error, 0 warnings)

import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { countSeverities, groupByFile } from './shared.js';
import { TEXT, type ReportText } from './text.js';
import type { ReportInput } from './types.js';

/** Text from documents may hold line breaks or terminal escape sequences: print neither. */
function printable(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
}

/** Columns a string takes: code points, combining marks not counted. */
function width(text: string): number {
  return [...text.replace(/\p{M}/gu, '')].length;
}

function pad(text: string, coloured: string, columns: number): string {
  return coloured + ' '.repeat(Math.max(0, columns - width(text)));
}

function severityColour(c: ChalkInstance, severity: Severity): (text: string) => string {
  if (severity === 'error') return c.red;
  if (severity === 'warning') return c.yellow;
  return c.blue;
}

function block(c: ChalkInstance, t: ReportText, file: string, diagnostics: Diagnostic[]): string[] {
  const rows = diagnostics.map((d) => ({
    d,
    cells: [`${d.line}:${d.column}`, t.severity[d.severity], printable(d.message)] as const,
  }));
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => width(r.cells[i] ?? ''))));
  const lines = [c.underline(printable(file))];
  for (const { d, cells } of rows) {
    const [pos, severity, message] = cells;
    lines.push(
      '  ' +
        pad(pos, c.dim(pos), widths[0] ?? 0) + '  ' +
        pad(severity, severityColour(c, d.severity)(severity), widths[1] ?? 0) + '  ' +
        pad(message, message, widths[2] ?? 0) + '  ' +
        c.dim(printable(d.code)),
    );
  }
  return lines;
}

function summary(c: ChalkInstance, t: ReportText, diagnostics: Diagnostic[]): string {
  const n = countSeverities(diagnostics);
  const parts = [t.errors(n.errors), t.warnings(n.warnings)];
  if (n.infos > 0) parts.push(t.infos(n.infos));
  const line = `✖ ${t.problems(diagnostics.length)} (${parts.join(', ')})`;
  if (n.errors > 0) return c.red.bold(line);
  return n.warnings > 0 ? c.yellow.bold(line) : c.blue.bold(line);
}

export function stylish(input: ReportInput): string {
  const c = new Chalk({ level: input.color ? 1 : 0 });
  const t = TEXT[input.lang];
  const groups = groupByFile(input);
  const withProblems = groups.filter((g) => g.diagnostics.length > 0);
  if (withProblems.length === 0) return c.green(`✔ ${t.clean(groups.length)}`) + '\n';
  const blocks = withProblems.map((g) => block(c, t, g.file, g.diagnostics).join('\n'));
  const all = withProblems.flatMap((g) => g.diagnostics);
  return [...blocks, summary(c, t, all)].join('\n\n') + '\n';
}
