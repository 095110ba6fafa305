// JUnit XML for CI test tabs: one <testsuite> per checked file, one <testcase> per diagnostic.
//
// - error   → <failure type="error">   (a problem in the document: the "test" failed)
// - warning → <failure type="warning"> (as ESLint's junit formatter does: CI tabs show it, and
//             whether warnings fail the run stays with the exit code and --max-warnings)
// - an error from reading the input (source "input": missing, binary, unreadable file)
//           → <error>: the file could not be checked at all, which JUnit calls an error
// - info    → a passing <testcase> whose <system-out> carries the message
// A file without diagnostics gets one passing <testcase>.

import type { Diagnostic } from '../diagnostics/types.js';
import { groupByFile, where } from './shared.js';
import { TEXT } from './text.js';
import type { ReportInput } from './types.js';

/** Characters XML 1.0 cannot hold at all (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

type Outcome = 'failure' | 'error' | 'pass';

function outcome(d: Diagnostic): Outcome {
  if (d.severity === 'info') return 'pass';
  return d.severity === 'error' && d.source === 'input' ? 'error' : 'failure';
}

function body(d: Diagnostic): string {
  return `${where(d)}: ${d.message}${d.url ? `\n${d.url}` : ''}`;
}

function testcase(d: Diagnostic): string {
  const name = d.line > 0 ? `${d.code}:${d.line}` : d.code;
  const open = `    <testcase name="${attr(name)}" classname="${attr(d.file)}">`;
  const kind = outcome(d);
  const inner =
    kind === 'pass'
      ? `      <system-out>${text(body(d))}</system-out>`
      : `      <${kind} message="${attr(d.message)}" type="${d.severity}">${text(body(d))}</${kind}>`;
  return [open, inner, '    </testcase>'].join('\n');
}

interface Totals {
  tests: number;
  failures: number;
  errors: number;
}

function totals(diagnostics: Diagnostic[]): Totals {
  const kinds = diagnostics.map(outcome);
  return {
    tests: Math.max(1, diagnostics.length),
    failures: kinds.filter((k) => k === 'failure').length,
    errors: kinds.filter((k) => k === 'error').length,
  };
}

function counts(t: Totals): string {
  return `tests="${t.tests}" failures="${t.failures}" errors="${t.errors}"`;
}

export function junit(input: ReportInput): string {
  const passed = TEXT[input.lang].passed;
  const all: Totals = { tests: 0, failures: 0, errors: 0 };
  const suites: string[] = [];
  for (const { file, diagnostics } of groupByFile(input)) {
    const t = totals(diagnostics);
    all.tests += t.tests;
    all.failures += t.failures;
    all.errors += t.errors;
    const cases =
      diagnostics.length > 0
        ? diagnostics.map(testcase)
        : [`    <testcase name="${attr(passed)}" classname="${attr(file)}"/>`];
    suites.push(`  <testsuite name="${attr(file)}" ${counts(t)} skipped="0">`, ...cases, '  </testsuite>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(input.tool.name)}" ${counts(all)}>`,
    ...suites,
    '</testsuites>',
  ].join('\n') + '\n';
}
