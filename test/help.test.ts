// The help texts are part of the interface: a change to them must be seen in review.
// UPDATE=1 rewrites test/golden/help-*.txt; read the diff before committing it.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './helpers.js';

describe('help texts', () => {
  it.each([
    ['main', ['--help']],
    ['parse', ['parse', '--help']],
    ['validate', ['validate', '--help']],
    ['diff', ['diff', '--help']],
  ])('%s', async (name, argv) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    const file = join(ROOT, 'test', 'golden', `help-${name}.txt`);
    if (process.env.UPDATE === '1') writeFileSync(file, r.stdout);
    expect(existsSync(file), `${file} exists (UPDATE=1 writes it)`).toBe(true);
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });
});
