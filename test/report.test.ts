// Reporters: each output format on one fixed set of diagnostics (several files, all severities,
// a clean file, a file-level diagnostic, Vietnamese text, characters that need escaping),
// asserting exact values; SARIF is checked against the official OASIS 2.1.0 schema.
//
// test/data/sarif-2.1.0.schema.json is vendored unchanged from github.com/oasis-tcs/sarif-spec,
// Documents/CommitteeSpecifications/2.1.0/sarif-schema-2.1.0.json (commit 3682e9ee648f2f3e11ba1fcd47fc390a0b8f9dab),
// the draft-07 schema of the 2.1.0 specification; its hash is pinned below so an edit shows.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/types.js';
import { REPORTERS, REPORTER_NAMES, defaultReporter, isReporterName, loadReporter, type ReportInput } from '../src/report/index.js';
import { fileUri } from '../src/report/sarif.js';
import { ROOT } from './helpers.js';

const PLAN = 'docs/kế hoạch 1.yaml';

// In the caller's order: files interleaved, so grouping is visible; within a file, line 12 comes
// before line 3 and must stay so (reporters sort nothing).
const DIAGNOSTICS: Diagnostic[] = [
  { code: 'duplicate-label', severity: 'warning', message: 'Số thứ tự lặp lại: mục 1.2 đã có; mục này được đặt mã 1.2-b', file: 'docs/b.yaml', line: 7, column: 1, source: 'parse', url: 'docs/rules/duplicate-label.md' },
  { code: 'task-missing-lead', severity: 'error', message: 'Nhiệm vụ III.2 thiếu cơ quan chủ trì', file: PLAN, line: 12, column: 5, endLine: 12, endColumn: 20, path: '/tasks/1/lead', source: 'lint', url: 'https://vanban.example/rules/task-missing-lead' },
  { code: 'binary-input', severity: 'error', message: 'Binary file\u0000 \u001b[31mred\u001b[0m (byte 4)', file: 'docs/bad.bin', line: 0, column: 0, source: 'input' },
  { code: 'schema-type', severity: 'error', message: `Expected <number> & got "70%", 'x': 50% done\nsecond line`, file: PLAN, line: 3, column: 9, source: 'schema' },
  { code: 'no-title', severity: 'info', message: 'No document type line or title found', file: 'docs/b.yaml', line: 0, column: 0, source: 'parse' },
];

// docs/bad.bin is not in the list: a file named only by a diagnostic comes after the listed ones.
const FILES = [PLAN, 'docs/clean.yaml', 'docs/b.yaml'];

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    diagnostics: structuredClone(DIAGNOSTICS),
    files: [...FILES],
    tool: { name: 'vanban', version: '0.1.0' },
    lang: 'en',
    color: false,
    ...overrides,
  };
}

const clean = (): ReportInput => input({ diagnostics: [], files: ['a.yaml', 'b.yaml'] });

describe('registry', () => {
  it('names every reporter once, in one order', () => {
    expect([...REPORTER_NAMES].sort()).toEqual(Object.keys(REPORTERS).sort());
    expect(REPORTER_NAMES).toEqual(['stylish', 'json', 'junit', 'sarif', 'github', 'gitlab']);
    expect(isReporterName('sarif')).toBe(true);
    expect(isReporterName('checkstyle')).toBe(false);
  });

  it.each(REPORTER_NAMES)('%s loads on its own as the registry\'s reporter', async (name) => {
    expect(await loadReporter(name)).toBe(REPORTERS[name]);
  });

  it.each([
    [{ GITHUB_ACTIONS: 'true' }, 'github'],
    [{ GITHUB_ACTIONS: 'false' }, 'stylish'],
    [{ GITHUB_ACTIONS: undefined }, 'stylish'],
    [{ GITLAB_CI: 'true' }, 'stylish'],
    [{}, 'stylish'],
  ])('defaultReporter(%o) = %s', (env, name) => {
    expect(defaultReporter(env)).toBe(name);
  });

  it.each(REPORTER_NAMES)('%s is deterministic and pure', (name) => {
    const a = input();
    const first = REPORTERS[name](a);
    expect(REPORTERS[name](input())).toBe(first);
    expect(a).toEqual(input()); // the input is not mutated
    // the same diagnostics with their keys in another order give the same bytes
    const shuffled = input({ diagnostics: DIAGNOSTICS.map((d) => Object.fromEntries(Object.entries(d).reverse()) as unknown as Diagnostic) });
    expect(REPORTERS[name](shuffled)).toBe(first);
  });
});

describe('stylish', () => {
  const expected = [
    'docs/kế hoạch 1.yaml',
    '  12:5  error  Nhiệm vụ III.2 thiếu cơ quan chủ trì                      task-missing-lead',
    `  3:9   error  Expected <number> & got "70%", 'x': 50% done second line  schema-type`,
    '',
    'docs/b.yaml',
    '  7:1  warning  Số thứ tự lặp lại: mục 1.2 đã có; mục này được đặt mã 1.2-b  duplicate-label',
    '  0:0  info     No document type line or title found                         no-title',
    '',
    'docs/bad.bin',
    '  0:0  error  Binary file [31mred[0m (byte 4)  binary-input',
    '',
    '✖ 5 problems (3 errors, 1 warning, 1 info)',
    '',
  ];

  it('groups by file in the given order, aligns columns, drops control characters, sums up', () => {
    expect(REPORTERS.stylish(input()).split('\n')).toEqual(expected);
  });

  it('speaks Vietnamese', () => {
    const out = REPORTERS.stylish(input({ lang: 'vi' })).split('\n');
    expect(out[1]).toBe('  12:5  lỗi  Nhiệm vụ III.2 thiếu cơ quan chủ trì                      task-missing-lead');
    expect(out[5]).toBe('  7:1  cảnh báo   Số thứ tự lặp lại: mục 1.2 đã có; mục này được đặt mã 1.2-b  duplicate-label');
    expect(out[6]).toBe('  0:0  thông tin  No document type line or title found                         no-title');
    expect(out.at(-2)).toBe('✖ 5 vấn đề (3 lỗi, 1 cảnh báo, 1 thông tin)');
  });

  it('summarises without infos when there are none, in the singular when there is one', () => {
    const one = input({ diagnostics: DIAGNOSTICS.slice(0, 1) });
    expect(REPORTERS.stylish(one).split('\n').at(-2)).toBe('✖ 1 problem (0 errors, 1 warning)');
    expect(REPORTERS.stylish({ ...one, lang: 'vi' }).split('\n').at(-2)).toBe('✖ 1 vấn đề (0 lỗi, 1 cảnh báo)');
  });

  it('prints one line for a clean run', () => {
    expect(REPORTERS.stylish(clean())).toBe('✔ No problems (2 files checked)\n');
    expect(REPORTERS.stylish({ ...clean(), lang: 'vi' })).toBe('✔ Không có vấn đề nào (đã kiểm tra 2 tệp)\n');
  });

  it('colours only when asked, and the colours are all it adds', () => {
    const coloured = REPORTERS.stylish(input({ color: true }));
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(expected.join('\n'));
    expect(REPORTERS.stylish(input())).not.toMatch(/\u001b\[/);
  });
});

describe('json', () => {
  it('is versioned, grouped by file, with a summary', () => {
    const out = REPORTERS.json(input());
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toContain('\n  "version": 1,\n');
    const report = JSON.parse(out) as { version: number; tool: unknown; files: string[]; diagnostics: Diagnostic[]; summary: unknown };
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'vanban', version: '0.1.0' });
    expect(report.files).toEqual([PLAN, 'docs/clean.yaml', 'docs/b.yaml', 'docs/bad.bin']);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.code}`)).toEqual([
      `${PLAN}:12:task-missing-lead`, `${PLAN}:3:schema-type`, 'docs/b.yaml:7:duplicate-label', 'docs/b.yaml:0:no-title', 'docs/bad.bin:0:binary-input',
    ]);
    expect(report.diagnostics[0]).toEqual(DIAGNOSTICS[1]);
    expect(report.diagnostics[2]).toEqual(DIAGNOSTICS[0]);
    expect(report.diagnostics[1]?.message).toBe(DIAGNOSTICS[3]?.message); // JSON keeps text as is
    expect(report.summary).toEqual({ errors: 3, warnings: 1, infos: 1, files: 4, filesWithProblems: 3 });
  });

  it('reports a clean run', () => {
    const report = JSON.parse(REPORTERS.json(clean())) as { diagnostics: unknown[]; summary: unknown };
    expect(report.diagnostics).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, files: 2, filesWithProblems: 0 });
  });
});

describe('junit', () => {
  it('writes one suite per file, one case per diagnostic, escaped, with the right counts', () => {
    const fail = `Expected &lt;number&gt; &amp; got "70%", 'x': 50% done`;
    expect(REPORTERS.junit(input()).split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="vanban" tests="6" failures="3" errors="1">',
      `  <testsuite name="${PLAN}" tests="2" failures="2" errors="0" skipped="0">`,
      `    <testcase name="task-missing-lead:12" classname="${PLAN}">`,
      `      <failure message="Nhiệm vụ III.2 thiếu cơ quan chủ trì" type="error">${PLAN}:12:5: Nhiệm vụ III.2 thiếu cơ quan chủ trì`,
      'https://vanban.example/rules/task-missing-lead</failure>',
      '    </testcase>',
      `    <testcase name="schema-type:3" classname="${PLAN}">`,
      `      <failure message="Expected &lt;number&gt; &amp; got &quot;70%&quot;, &apos;x&apos;: 50% done&#10;second line" type="error">${PLAN}:3:9: ${fail}`,
      'second line</failure>',
      '    </testcase>',
      '  </testsuite>',
      '  <testsuite name="docs/clean.yaml" tests="1" failures="0" errors="0" skipped="0">',
      '    <testcase name="no problems" classname="docs/clean.yaml"/>',
      '  </testsuite>',
      '  <testsuite name="docs/b.yaml" tests="2" failures="1" errors="0" skipped="0">',
      '    <testcase name="duplicate-label:7" classname="docs/b.yaml">',
      '      <failure message="Số thứ tự lặp lại: mục 1.2 đã có; mục này được đặt mã 1.2-b" type="warning">docs/b.yaml:7:1: Số thứ tự lặp lại: mục 1.2 đã có; mục này được đặt mã 1.2-b',
      'docs/rules/duplicate-label.md</failure>',
      '    </testcase>',
      '    <testcase name="no-title" classname="docs/b.yaml">',
      '      <system-out>docs/b.yaml: No document type line or title found</system-out>',
      '    </testcase>',
      '  </testsuite>',
      '  <testsuite name="docs/bad.bin" tests="1" failures="0" errors="1" skipped="0">',
      '    <testcase name="binary-input" classname="docs/bad.bin">',
      '      <error message="Binary file [31mred[0m (byte 4)" type="error">docs/bad.bin: Binary file [31mred[0m (byte 4)</error>',
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ]);
  });

  it('holds no character XML 1.0 forbids, and its counts add up', () => {
    const out = REPORTERS.junit(input({
      diagnostics: [{ code: 'x', severity: 'error', message: 'a\u0001b\u0008c\u000bd\u000ce\u001ff\ufffeg\ud800h\r\ni', file: 'f<&>.yaml', line: 1, column: 1, source: 'lint' }],
      files: [],
    }));
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/);
    expect(out).toContain('message="abcdefgh&#13;&#10;i"');
    expect(out).toContain('<testsuite name="f&lt;&amp;&gt;.yaml" tests="1" failures="1" errors="0" skipped="0">');
    const suites = [...REPORTERS.junit(input()).matchAll(/<testsuite name="[^"]*" tests="(\d+)" failures="(\d+)" errors="(\d+)"/g)];
    const sum = (i: number): number => suites.reduce((n, m) => n + Number(m[i]), 0);
    expect([sum(1), sum(2), sum(3)]).toEqual([6, 3, 1]);
  });

  it('gives every clean file a passing case, in Vietnamese too', () => {
    const out = REPORTERS.junit({ ...clean(), lang: 'vi' });
    expect(out).toContain('<testsuites name="vanban" tests="2" failures="0" errors="0">');
    expect(out).toContain('    <testcase name="không có vấn đề" classname="b.yaml"/>');
  });
});

describe('sarif', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'sarif-2.1.0.schema.json'), 'utf8')) as { $schema: string };
  const validate = ajv.compile(schema);
  interface Log { runs: { tool: { driver: { rules: Record<string, unknown>[] } }; artifacts: unknown[]; results: Record<string, unknown>[] }[] }

  it('is checked against the official draft-07 schema', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const bytes = readFileSync(join(ROOT, 'test', 'data', 'sarif-2.1.0.schema.json'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('80cd7ffb9b62a4162d541aa9170862dd264f6cce0f04c57f1ac9f2337b808958');
    // the schema is enforced: a region starting at line 0 is refused
    const broken = JSON.parse(REPORTERS.sarif(input())) as Log;
    const first = broken.runs[0]?.results[0] as { locations: { physicalLocation: { region: { startLine: number } } }[] };
    const region = first.locations[0]?.physicalLocation.region;
    if (region) region.startLine = 0;
    expect(validate(broken)).toBe(false);
  });

  it.each([['diagnostics', input()], ['a clean run', clean()], ['Vietnamese', input({ lang: 'vi' })]])('validates for %s', (_name, given) => {
    const log: unknown = JSON.parse(REPORTERS.sarif(given));
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('has one rule per code, results pointing at rules and artifacts, regions only with a line', () => {
    const log = JSON.parse(REPORTERS.sarif(input())) as Log & Record<string, unknown>;
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run?.tool.driver).toMatchObject({ name: 'vanban', version: '0.1.0' });
    expect(run?.tool.driver.rules).toEqual([
      { id: 'task-missing-lead', shortDescription: { text: 'task-missing-lead' }, helpUri: 'https://vanban.example/rules/task-missing-lead', defaultConfiguration: { level: 'error' } },
      { id: 'schema-type', shortDescription: { text: 'schema-type' }, defaultConfiguration: { level: 'error' } },
      { id: 'duplicate-label', shortDescription: { text: 'duplicate-label' }, help: { text: 'docs/rules/duplicate-label.md' }, defaultConfiguration: { level: 'warning' } },
      { id: 'no-title', shortDescription: { text: 'no-title' }, defaultConfiguration: { level: 'note' } },
      { id: 'binary-input', shortDescription: { text: 'binary-input' }, defaultConfiguration: { level: 'error' } },
    ]);
    const uri = 'docs/k%E1%BA%BF%20ho%E1%BA%A1ch%201.yaml';
    expect(run?.artifacts).toEqual([uri, 'docs/clean.yaml', 'docs/b.yaml', 'docs/bad.bin'].map((u) => ({ location: { uri: u }, roles: ['analysisTarget'] })));
    expect(run?.results[0]).toEqual({
      ruleId: 'task-missing-lead', ruleIndex: 0, level: 'error', message: { text: 'Nhiệm vụ III.2 thiếu cơ quan chủ trì' },
      locations: [{ physicalLocation: { artifactLocation: { uri, index: 0 }, region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 20 } } }],
      properties: { source: 'lint', jsonPointer: '/tasks/1/lead' },
    });
    expect(run?.results[1]).toMatchObject({ ruleIndex: 1, message: { text: DIAGNOSTICS[3]?.message }, locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 9 } } }] });
    expect(run?.results[3]).toEqual({
      ruleId: 'no-title', ruleIndex: 3, level: 'note', message: { text: 'No document type line or title found' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/b.yaml', index: 2 } } }],
      properties: { source: 'parse' },
    });
    expect(run?.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['task-missing-lead', 'error'], ['schema-type', 'error'], ['duplicate-label', 'warning'], ['no-title', 'note'], ['binary-input', 'error'],
    ]);
  });

  it.each([
    ['docs/a.yaml', 'docs/a.yaml'],
    ['./docs/a.yaml', 'docs/a.yaml'],
    ['docs\\sub\\a b.yaml', 'docs/sub/a%20b.yaml'],
    ['Nghị quyết/số 57#1.yaml', 'Ngh%E1%BB%8B%20quy%E1%BA%BFt/s%E1%BB%91%2057%231.yaml'],
    ['a:b.yaml', 'a%3Ab.yaml'],
    ['/home/u/kế hoạch.yaml', 'file:///home/u/k%E1%BA%BF%20ho%E1%BA%A1ch.yaml'],
    ['C:\\work\\a b.yaml', 'file:///C:/work/a%20b.yaml'],
  ])('file %s is the URI %s', (file, uri) => {
    expect(fileUri(file)).toBe(uri);
  });
});

describe('github', () => {
  it('writes one escaped workflow command per diagnostic, grouped by file', () => {
    expect(REPORTERS.github(input()).split('\n')).toEqual([
      `::error file=${PLAN},line=12,col=5,endLine=12,endColumn=20,title=task-missing-lead::Nhiệm vụ III.2 thiếu cơ quan chủ trì`,
      `::error file=${PLAN},line=3,col=9,title=schema-type::Expected <number> & got "70%25", 'x': 50%25 done%0Asecond line`,
      '::warning file=docs/b.yaml,line=7,col=1,title=duplicate-label::Số thứ tự lặp lại: mục 1.2 đã có; mục này được đặt mã 1.2-b',
      '::notice file=docs/b.yaml,title=no-title::No document type line or title found',
      '::error file=docs/bad.bin,title=binary-input::Binary file [31mred[0m (byte 4)',
      '',
    ]);
  });

  it('escapes : and , in property values, and \\r', () => {
    const out = REPORTERS.github(input({
      diagnostics: [{ code: 'a,b:c', severity: 'warning', message: '100%\r\n::set-output name=x::y', file: '.\\dir,x\\f:1.yaml', line: 2, column: 0, source: 'lint' }],
    }));
    expect(out).toBe('::warning file=dir%2Cx/f%3A1.yaml,line=2,title=a%2Cb%3Ac::100%25%0D%0A::set-output name=x::y\n');
  });

  it('prints nothing for a clean run', () => {
    expect(REPORTERS.github(clean())).toBe('');
  });
});

describe('gitlab', () => {
  interface Issue { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }
  const issues = (given: ReportInput): Issue[] => JSON.parse(REPORTERS.gitlab(given)) as Issue[];

  it('writes Code Quality issues with mapped severities', () => {
    const out = issues(input());
    expect(out.map(({ fingerprint: _f, ...rest }) => rest)).toEqual([
      { description: 'Nhiệm vụ III.2 thiếu cơ quan chủ trì', check_name: 'task-missing-lead', severity: 'major', location: { path: PLAN, lines: { begin: 12 } } },
      { description: DIAGNOSTICS[3]?.message, check_name: 'schema-type', severity: 'major', location: { path: PLAN, lines: { begin: 3 } } },
      { description: DIAGNOSTICS[0]?.message, check_name: 'duplicate-label', severity: 'minor', location: { path: 'docs/b.yaml', lines: { begin: 7 } } },
      { description: 'No document type line or title found', check_name: 'no-title', severity: 'info', location: { path: 'docs/b.yaml', lines: { begin: 1 } } },
      { description: DIAGNOSTICS[2]?.message, check_name: 'binary-input', severity: 'blocker', location: { path: 'docs/bad.bin', lines: { begin: 1 } } },
    ]);
    expect(REPORTERS.gitlab(clean())).toBe('[]\n');
  });

  it('fingerprints are sha256 of file, line, code and message: stable, unique, order-free', () => {
    const out = issues(input());
    const sha = (key: unknown[]): string => createHash('sha256').update(JSON.stringify(key)).digest('hex');
    expect(out[0]?.fingerprint).toBe(sha([PLAN, 12, 'task-missing-lead', 'Nhiệm vụ III.2 thiếu cơ quan chủ trì']));
    expect(out.every((i) => /^[0-9a-f]{64}$/.test(i.fingerprint))).toBe(true);
    expect(new Set(out.map((i) => i.fingerprint)).size).toBe(out.length);
    // reordered input, other files checked, Windows separators: the same fingerprints
    const reordered = issues(input({ diagnostics: [...DIAGNOSTICS].reverse(), files: ['other.yaml'] }));
    const windows = issues(input({ diagnostics: DIAGNOSTICS.map((d) => ({ ...d, file: d.file.replace(/\//g, '\\') })) }));
    const byCode = (list: Issue[]): Record<string, string> => Object.fromEntries(list.map((i) => [i.check_name, i.fingerprint]));
    expect(byCode(reordered)).toEqual(byCode(out));
    expect(byCode(windows)).toEqual(byCode(out));
    // another message or line is another finding
    const moved = issues(input({ diagnostics: [{ ...DIAGNOSTICS[1]!, line: 13 }] }));
    expect(moved[0]?.fingerprint).not.toBe(out[0]?.fingerprint);
  });

  it('keeps two identical findings apart', () => {
    const twice = issues(input({ diagnostics: [DIAGNOSTICS[0]!, DIAGNOSTICS[0]!] }));
    expect(twice[0]?.fingerprint).not.toBe(twice[1]?.fingerprint);
    expect(twice[0]?.fingerprint).toBe(issues(input({ diagnostics: [DIAGNOSTICS[0]!] }))[0]?.fingerprint);
  });
});
