// SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDE viewers).
// Checked against the OASIS schema in test/data/sarif-2.1.0.schema.json.
//
// - one run; tool.driver has name and version (no informationUri: the schema wants an absolute
//   URI and we have none to promise) and one rule per code that occurs, in order of first use
// - rule.helpUri is the first url given for the code when that is an absolute URI; a relative docs path
//   (docs/rules/<code>.md) goes to rule.help.text instead, since helpUri must be absolute
// - rule.defaultConfiguration.level is the level of the code's first occurrence; each result
//   carries its own level too (error → error, warning → warning, info → note)
// - artifact URIs are repository-relative, forward slashes, each segment percent-encoded
// - region is left out for file-level diagnostics (line 0); columns are UTF-16 code units,
//   as JavaScript strings count them

import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { groupByFile, position, repoPath } from './shared.js';
import type { ReportInput } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

interface Rule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  help?: { text: string };
  defaultConfiguration: { level: Level };
}

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region?: Region } }[];
  properties: { source: string; jsonPointer?: string };
}

const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** A file path as a URI reference: relative stays relative; absolute paths become file: URIs. */
export function fileUri(file: string): string {
  const path = repoPath(file);
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(path)) return `file:///${path.slice(0, 2)}${encode(path.slice(2))}`;
  if (path.startsWith('/')) return `file://${encode(path)}`;
  return encode(path);
}

function rule(d: Diagnostic, url: string | undefined): Rule {
  const help = url === undefined ? {} : ABSOLUTE_URI.test(url) ? { helpUri: url } : { help: { text: url } };
  return { id: d.code, shortDescription: { text: d.code }, ...help, defaultConfiguration: { level: LEVEL[d.severity] } };
}

function region(d: Diagnostic): Region | undefined {
  const startLine = position(d.line);
  if (startLine === undefined) return undefined;
  const out: Region = { startLine };
  const startColumn = position(d.column);
  const endLine = position(d.endLine);
  const endColumn = position(d.endColumn);
  if (startColumn !== undefined) out.startColumn = startColumn;
  if (endLine !== undefined) out.endLine = endLine;
  if (endColumn !== undefined) out.endColumn = endColumn;
  return out;
}

export function sarif(input: ReportInput): string {
  const groups = groupByFile(input);
  const artifactIndex = new Map(groups.map((g, i) => [g.file, i]));
  const rules: Rule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Result[] = [];
  const urls = new Map<string, string>();
  for (const d of groups.flatMap((g) => g.diagnostics)) if (d.url && !urls.has(d.code)) urls.set(d.code, d.url);
  for (const { file, diagnostics } of groups) {
    for (const d of diagnostics) {
      let index = ruleIndex.get(d.code);
      if (index === undefined) {
        index = rules.push(rule(d, urls.get(d.code))) - 1;
        ruleIndex.set(d.code, index);
      }
      const where = region(d);
      results.push({
        ruleId: d.code,
        ruleIndex: index,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: fileUri(file), index: artifactIndex.get(file) ?? -1 },
            ...(where ? { region: where } : {}),
          },
        }],
        properties: d.path === undefined ? { source: d.source } : { source: d.source, jsonPointer: d.path },
      });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: input.tool.name, version: input.tool.version, rules } },
      language: input.lang,
      columnKind: 'utf16CodeUnits',
      artifacts: groups.map((g) => ({ location: { uri: fileUri(g.file) }, roles: ['analysisTarget'] })),
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
