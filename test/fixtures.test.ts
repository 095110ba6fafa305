// Fixture pairs: fixtures/<case>/input.(md|txt) must parse to expected.yaml, with the parse
// diagnostics in diagnostics.json. UPDATE=1 rewrites both; read the diff before committing.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse.js';
import { toYaml } from '../src/serialize/output.js';
import { ROOT, validateModel } from './helpers.js';

const FIXTURES = join(ROOT, 'fixtures');
const update = process.env.UPDATE === '1';
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('fixtures', () => {
  it('there are at least twelve', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(FIXTURES, name);
    const input = readdirSync(dir).find((f) => /^input\.(md|txt)$/.test(f));
    expect(input, `${name} has an input.md or input.txt`).toBeDefined();
    const bytes = readFileSync(join(dir, input as string));
    const result = parseText(bytes.toString('utf8'), {
      file: input as string,
      format: input?.endsWith('.md') ? 'markdown' : 'text',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(validateModel(result.model)).toBe(true);
    const yaml = toYaml(result.model, '../../schemas/vanban.schema.json');
    const diagnostics = `${JSON.stringify(result.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line })), null, 2)}\n`;
    const expectedFile = join(dir, 'expected.yaml');
    const diagnosticsFile = join(dir, 'diagnostics.json');
    if (update) {
      writeFileSync(expectedFile, yaml);
      writeFileSync(diagnosticsFile, diagnostics);
    }
    expect(existsSync(expectedFile), `${name}/expected.yaml exists (UPDATE=1 writes it)`).toBe(true);
    expect(yaml).toBe(readFileSync(expectedFile, 'utf8'));
    expect(diagnostics).toBe(readFileSync(diagnosticsFile, 'utf8'));
  });
});
