// The lint API: rules are data (a code, a default severity, a description) with a check function
// over a parsed or hand-edited model. Findings carry a JSON pointer; the caller maps it to a line.

import type { Lang } from '../diagnostics/types.js';
import type { Model } from '../model/types.js';

export type RuleSeverity = 'off' | 'info' | 'warning' | 'error';

export interface LintContext {
  /** canonical body names the user configured (vanban.config.yaml bodies), may be empty */
  knownBodies: string[];
  lang: Lang;
  /**
   * The line of the node a pointer names, in the file being checked (the YAML, or the source a
   * model was parsed from): for messages that name a second place. Without it they name the pointer.
   */
  lineOf?: (pointer: string) => number | undefined;
}

export interface Finding {
  code: string;
  /** JSON pointer into the model of the offending value, e.g. /tasks/0/items/2/lead */
  path: string;
  /** in ctx.lang */
  message: string;
  /** the rule's default unless set */
  severity?: RuleSeverity;
}

export interface Rule {
  code: string;
  defaultSeverity: Exclude<RuleSeverity, 'off'>;
  /** one-line description, vi and en */
  description: { vi: string; en: string };
  check(model: Model, ctx: LintContext): Finding[];
}

export type LintFinding = Finding & { severity: Exclude<RuleSeverity, 'off'> };
