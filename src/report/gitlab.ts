// GitLab Code Quality report (a JSON array of Code Climate issues), for merge-request widgets.
//
// Severity mapping (GitLab's scale is info < minor < major < critical < blocker):
//   error that kept the file from being checked (source "input") → blocker
//   error → major, warning → minor, info → info
// The fingerprint is the sha256 of [path, line, code, message], so it survives reordering and
// unrelated edits elsewhere; a second identical finding in the same place gets its ordinal
// added, so GitLab does not fold the two into one.

import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/types.js';
import { groupByFile, repoPath } from './shared.js';
import type { ReportInput } from './types.js';

export type GitLabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface GitLabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitLabSeverity;
  location: { path: string; lines: { begin: number } };
}

export function gitlabSeverity(d: Diagnostic): GitLabSeverity {
  if (d.severity === 'error') return d.source === 'input' ? 'blocker' : 'major';
  return d.severity === 'warning' ? 'minor' : 'info';
}

export function fingerprint(d: Diagnostic, occurrence = 0): string {
  const key: (string | number)[] = [repoPath(d.file), d.line, d.code, d.message];
  if (occurrence > 0) key.push(occurrence);
  return createHash('sha256').update(JSON.stringify(key)).digest('hex');
}

export function gitlab(input: ReportInput): string {
  const seen = new Map<string, number>();
  const issues = groupByFile(input).flatMap((g) => g.diagnostics).map((d): GitLabIssue => {
    const base = fingerprint(d);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return {
      description: d.message,
      check_name: d.code,
      fingerprint: occurrence === 0 ? base : fingerprint(d, occurrence),
      severity: gitlabSeverity(d),
      // GitLab needs a line: a file-level diagnostic (line 0) points at the first one
      location: { path: repoPath(d.file), lines: { begin: Math.max(1, Math.trunc(d.line)) } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
