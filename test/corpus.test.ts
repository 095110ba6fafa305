// Invariants over every corpus document: parsing never throws, the model validates against the
// schema, and no source text is lost (every non-blank line reached the model).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse.js';
import { squashForCoverage } from '../src/text/coverage.js';
import { CORPUS, corpusFiles, validateModel } from './helpers.js';

const files = corpusFiles();

/** Every string of the model but `source`, squashed: the text a reader can find in it. */
function haystack(model: object): string {
  const out: string[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (key === 'source') return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(model);
  return squashForCoverage(out.join(' '));
}

describe.runIf(files.length > 0)('corpus', () => {
  it.each(files)('%s parses to a valid model with every line placed', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const result = parseText(text, { file, format: file.endsWith('.md') ? 'markdown' : 'text', sha256: '0'.repeat(64) });
    const valid = validateModel(result.model);
    expect(validateModel.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    // Coverage measured independently of the parser's own accounting.
    const hay = haystack(result.model);
    const lines = text.split(/\r?\n/).map(squashForCoverage).filter((l) => l.length >= 8);
    const lost = lines.filter((l) => !hay.includes(l));
    expect(lost.slice(0, 3)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === 'line-not-placed')).toEqual([]);
  });

  it.each(files)('%s gives the same model from NFD text with CRLF line endings and a BOM', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const format = file.endsWith('.md') ? 'markdown' : 'text';
    const options = { file, format, sha256: '0'.repeat(64) } as const;
    const plain = parseText(text, options).model;
    const mangled = parseText(`\ufeff${text.normalize('NFD').replace(/\n/g, '\r\n')}`, options).model;
    expect(mangled).toEqual(plain);
  });
});
