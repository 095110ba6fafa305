// The benchmark generator: the same seed gives the same programme, the size asked for, and a
// document the parser reads as a programme with that many tasks and goals.

import { describe, expect, it } from 'vitest';
import { editProgramme, generateProgramme } from '../scripts/bench/generate.mjs';
import { parseText } from '../src/parse.js';
import type { Item } from '../src/model/types.js';
import { validateModel } from './helpers.js';

const count = (items: Item[]): number => items.reduce((n, it) => n + 1 + count(it.items ?? []), 0);
const withTargets = (items: Item[]): number => items.reduce((n, it) => n + (it.targets?.length ? 1 : 0) + withTargets(it.items ?? []), 0);
const withLead = (items: Item[]): number => items.reduce((n, it) => n + (it.lead?.length ? 1 : 0) + withLead(it.items ?? []), 0);

describe('benchmark generator', () => {
  it('gives the same text for the same seed and another for another seed', () => {
    const a = generateProgramme({ seed: 3, items: 50 });
    expect(generateProgramme({ seed: 3, items: 50 }).text).toBe(a.text);
    expect(generateProgramme({ seed: 4, items: 50 }).text).not.toBe(a.text);
  });

  it('refuses a size that is not a positive whole number', () => {
    expect(() => generateProgramme({ items: 0 })).toThrow(RangeError);
    expect(() => generateProgramme({ items: 2.5 })).toThrow(RangeError);
  });

  it.each([
    ['markdown', 10], ['markdown', 100], ['markdown', 1000],
    ['text', 10], ['text', 100], ['text', 1000],
  ] as const)('%s with %i items parses into that many tasks and the goals asked for', (format, items) => {
    const { text, expected } = generateProgramme({ seed: 11, items, format });
    expect(expected.tasks + expected.tableRows).toBe(items);
    const { model, diagnostics } = parseText(text, { file: `g.${format === 'markdown' ? 'md' : 'txt'}`, format, sha256: '0'.repeat(64) });
    expect(validateModel(model)).toBe(true);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(model.document.kind).toBe('plan');
    expect(model.document.number).toMatch(/^\d+\/KH-UBND$/);
    const tables = model.tasks.filter((t) => t.table);
    const outside = model.tasks.filter((t) => !t.table);
    expect(count(outside)).toBe(expected.tasks);
    expect(tables.reduce((n, t) => n + (t.items?.length ?? 0), 0)).toBe(expected.tableRows);
    expect(withTargets(model.goals)).toBe(expected.goals);
    expect(withLead(model.tasks)).toBeGreaterThan(0);
    expect(model.implementation.length).toBeGreaterThan(0);
  });

  it('edits a programme into a second version that still parses: a group moved, tasks reworded, one dropped and one added', () => {
    const { text, expected } = generateProgramme({ seed: 5, items: 300 });
    const edited = editProgramme(text, 5);
    expect(edited).not.toBe(text);
    expect(editProgramme(text, 5)).toBe(edited);
    const parse = (s: string) => parseText(s, { file: 'g.md', format: 'markdown', sha256: '0'.repeat(64) }).model;
    const [before, after] = [parse(text), parse(edited)];
    const outside = (m: typeof before) => count(m.tasks.filter((t) => !t.table));
    expect(outside(before)).toBe(expected.tasks);
    expect(outside(after)).toBe(expected.tasks); // one task dropped, one added
    expect(after.tasks.map((t) => t.title)).not.toEqual(before.tasks.map((t) => t.title));
    expect(after.tasks.map((t) => t.id)).toEqual(before.tasks.map((t) => t.id));
    expect(withTargets(after.goals)).toBe(expected.goals);
  });
});
