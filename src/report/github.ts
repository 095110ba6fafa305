// GitHub Actions workflow commands, one per diagnostic, which GitHub shows as annotations:
//   ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::MESSAGE
// (info → ::notice). Escaping as the Actions runner expects: in the message % \r \n become
// %25 %0D %0A; in property values also : and , become %3A and %2C. Other control characters
// (NUL, ESC of terminal colour codes quoted from a document) are dropped.

import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { groupByFile, position, repoPath } from './shared.js';
import type { ReportInput } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function escapeData(value: string): string {
  return value.replace(CONTROL, '').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(d: Diagnostic): string {
  const props: [string, string | number | undefined][] = [['file', repoPath(d.file)]];
  const line = position(d.line);
  if (line !== undefined) {
    props.push(['line', line], ['col', position(d.column)]);
    props.push(['endLine', position(d.endLine)], ['endColumn', position(d.endColumn)]);
  }
  props.push(['title', d.code]);
  const list = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${COMMAND[d.severity]} ${list.join(',')}::${escapeData(d.message)}`;
}

export function github(input: ReportInput): string {
  const diagnostics = groupByFile(input).flatMap((g) => g.diagnostics);
  return diagnostics.length === 0 ? '' : diagnostics.map(command).join('\n') + '\n';
}
