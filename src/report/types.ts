// What every reporter receives and returns (cli.md "Diagnostics and reporters").

import type { Diagnostic, Lang } from '../diagnostics/types.js';

export type ReporterName = 'stylish' | 'json' | 'junit' | 'sarif' | 'github' | 'gitlab';

export interface ReportInput {
  diagnostics: Diagnostic[];
  /** every file that was checked, in order, so passing files appear too (JUnit, summaries) */
  files: string[];
  tool: { name: string; version: string };
  lang: Lang;
  /** colour for stylish (the caller decides from TTY / NO_COLOR / --color) */
  color: boolean;
}

/** A pure function from diagnostics to the text to print: same input, same bytes. */
export type Reporter = (input: ReportInput) => string;
