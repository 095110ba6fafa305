// Lint rules over a model: `vanban validate` runs them after the JSON Schema. One file per rule in
// ./rules, one page per rule in docs/rules/<code>.md, one fixture per rule in fixtures-lint/<code>/.

import type { Model } from '../model/types.js';
import { deadlineAfterHorizon } from './rules/deadline-after-horizon.js';
import { deadlineBeforeDocument } from './rules/deadline-before-document.js';
import { duplicateId } from './rules/duplicate-id.js';
import { emptySection } from './rules/empty-section.js';
import { goalUncovered } from './rules/goal-uncovered.js';
import { numberKindMismatch } from './rules/number-kind-mismatch.js';
import { numberingGap } from './rules/numbering-gap.js';
import { numberingRepeat } from './rules/numbering-repeat.js';
import { targetMissingYear } from './rules/target-missing-year.js';
import { targetYearOutsideHorizon } from './rules/target-year-outside-horizon.js';
import { taskMissingLead } from './rules/task-missing-lead.js';
import { unknownBody } from './rules/unknown-body.js';
import { withSharedFacts } from './run.js';
import type { LintContext, LintFinding, Rule, RuleSeverity } from './types.js';

export type { Finding, LintContext, LintFinding, Rule, RuleSeverity } from './types.js';
export { resolvePointer } from './pointer.js';

export const RULES: readonly Rule[] = [
  duplicateId,
  taskMissingLead,
  deadlineBeforeDocument,
  deadlineAfterHorizon,
  targetMissingYear,
  targetYearOutsideHorizon,
  goalUncovered,
  unknownBody,
  numberKindMismatch,
  numberingGap,
  numberingRepeat,
  emptySection,
];

/** The rules' codes, for config checks ("rules: { no-such-rule: off }"). */
export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);

/** Runs every rule not turned off; `severities` overrides per code (from vanban.config.yaml `rules:`). */
export function lint(model: Model, ctx: LintContext, severities: Record<string, RuleSeverity> = {}): LintFinding[] {
  return withSharedFacts(() => runRules(model, ctx, severities));
}

function runRules(model: Model, ctx: LintContext, severities: Record<string, RuleSeverity>): LintFinding[] {
  const out: LintFinding[] = [];
  for (const rule of RULES) {
    const override = Object.hasOwn(severities, rule.code) ? severities[rule.code] : undefined;
    if (override === 'off') continue;
    for (const finding of rule.check(model, ctx)) {
      const severity = override ?? finding.severity ?? rule.defaultSeverity;
      if (severity === 'off') continue;
      out.push({ code: finding.code, path: finding.path, message: finding.message, severity });
    }
  }
  return out;
}
