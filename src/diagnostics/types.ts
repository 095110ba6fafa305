// One shape for parse warnings, schema errors and lint findings (cli.md "Diagnostics").

export type Severity = 'error' | 'warning' | 'info';
export type DiagnosticSource = 'parse' | 'schema' | 'lint' | 'input';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  path?: string;
  source: DiagnosticSource;
  url?: string;
}

export type Lang = 'vi' | 'en';
