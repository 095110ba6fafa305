// A model file is parsed once and its line starts are found only when a finding needs them
// (loadYaml); the parser's own line counter (loadYamlCounted) is the reference. Both must give
// the same value, the same errors and the same position for every place a finding can name, on
// models made from the corpus: as written, with other line endings and layouts, and broken.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseText } from '../src/parse.js';
import { toYaml } from '../src/serialize/output.js';
import { positionOf } from '../src/validate/positions.js';
import { loadYaml, loadYamlCounted } from '../src/validate/yaml-package.js';
import { CORPUS, corpusFiles, positions } from './helpers.js';

/** The same model written in other ways, and broken in ways the schema and the parser catch. */
const VARIANTS: [string, (yaml: string) => string][] = [
  ['as written', (y) => y],
  ['CRLF line endings', (y) => y.replace(/\n/g, '\r\n')],
  ['comments and blank lines', (y) => y.replace(/\n(\s*)(- )?id: /g, '\n\n$1# a comment\n$1$2id: ')],
  ['long lines folded', (y) => stringify(parse(y), { lineWidth: 30, minContentWidth: 10 })],
  ['block literals and flow collections', (y) => stringify(parse(y), { blockQuote: 'literal', lineWidth: 0, flowCollectionPadding: false, collectionStyle: 'flow' })],
  ['wrong values', (y) => y.replace(/kind: (\w+)/, 'kind: $1-x').replace(/date: (\S+)/, 'date: 2025-13-45').replace(/line: \d+/g, 'line: x')],
  ['an extra field and a missing one', (y) => y.replace(/\nbodies:/, '\nauthor: someone\nbodies:').replace(/\n {4}label: [^\n]*/, '')],
  ['a duplicate key', (y) => y.replace(/^vanban: 1\n/m, 'vanban: 1\nvanban: 1\n')],
  ['cut short', (y) => y.slice(0, Math.floor(y.length / 2)) + '\n  - [unclosed\n'],
];

const files = corpusFiles();

describe.runIf(files.length > 0)('model positions found lazily', () => {
  // Line starts do not depend on a file's size: the models below 60 KB keep the test quick.
  const models = files.map((file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    return { file, yaml: toYaml(parseText(text, { file, format: file.endsWith('.md') ? 'markdown' : 'text', sha256: '0'.repeat(64) }).model) };
  }).filter((m) => m.yaml.length < 60_000);

  it.each(VARIANTS)('equal the line counter\'s: %s', (_name, variant) => {
    expect(models.length).toBeGreaterThan(5);
    for (const { file, yaml } of models) {
      const text = variant(yaml);
      const fast = loadYaml(text);
      const slow = loadYamlCounted(text);
      expect(fast.errors, file).toEqual(slow.errors);
      expect(fast.value, file).toEqual(slow.value);
      if (slow.value !== undefined) expect(positions(fast, slow.value), file).toEqual(positions(slow, slow.value));
    }
  });

  it('place findings on the lines they name', () => {
    const { yaml } = models[0] as { yaml: string };
    const text = yaml.replace(/\n/g, '\r\n');
    const loaded = loadYaml(text);
    const line = text.split('\r\n').findIndex((l) => l.startsWith('document:')) + 1;
    expect(positionOf(loaded, '/document')).toMatchObject({ line: line + 1, column: 3 });
    expect(positionOf(loaded, '', 'document')).toEqual({ line, column: 1, endLine: line, endColumn: 9 });
  });
});
