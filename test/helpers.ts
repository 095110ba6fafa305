// Shared test helpers: the corpus folder, an in-process CLI runner, a schema validator.

import { existsSync, readdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { main } from '../src/cli/main.js';
import { positionOf, type LoadedYaml } from '../src/validate/positions.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');

export function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS).filter((f) => /\.(md|txt)$/.test(f) && f !== 'SOURCES.md').sort();
}

export interface RunResult { code: number; stdout: string; stderr: string }

export async function run(argv: string[], options: { cwd?: string; stdin?: NodeJS.ReadableStream; env?: Record<string, string> } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd: options.cwd ?? ROOT,
    env: options.env ?? { LANG: 'en_US.UTF-8' },
    stdin: options.stdin,
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
  });
  return { code, stdout, stderr };
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
export const validateModel = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'vanban.schema.json'), 'utf8')));

/**
 * How much longer `fn` takes on an input `factor` times the size (default twice): the best of five
 * runs at n and at factor·n, measured side by side in one test (never a wall-clock bound). Linear
 * work gives about `factor`, quadratic work its square. A ratio well above `factor` is measured
 * again, up to three rounds, and the smallest kept: a collection or another test's work on a
 * loaded machine can slow one round, but quadratic work is slow in every round.
 */
export function growth(make: (n: number) => string, fn: (s: string) => unknown, n: number, factor = 2): number {
  const inputs = [make(n), make(factor * n)] as const;
  fn(inputs[0]);
  let ratio = Infinity;
  for (let round = 0; round < 3 && ratio > 1.5 * factor; round++) {
    const best = [Infinity, Infinity];
    for (let r = 0; r < 5; r++) {
      inputs.forEach((s, k) => {
        const t0 = performance.now();
        fn(s);
        best[k] = Math.min(best[k] as number, performance.now() - t0);
      });
    }
    // a floor of 1 ms keeps timer jitter on very fast runs from deciding the test
    ratio = Math.min(ratio, (best[1] as number) / Math.max(best[0] as number, 1));
  }
  return ratio;
}

/** Every JSON pointer into a value, with the keys of each map. */
export function places(value: unknown, path = '', out: { pointer: string; keys: string[] }[] = []): { pointer: string; keys: string[] }[] {
  if (Array.isArray(value)) {
    out.push({ pointer: path, keys: [] });
    value.forEach((v, i) => places(v, `${path}/${i}`, out));
  } else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    out.push({ pointer: path, keys });
    for (const k of keys) places((value as Record<string, unknown>)[k], `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  } else {
    out.push({ pointer: path, keys: [] });
  }
  return out;
}

/** Every position a finding could take in the value, one per line of text (quick to compare). */
export function positions(loaded: LoadedYaml, value: unknown): string {
  const show = (p: ReturnType<typeof positionOf>): string => `${p.line}:${p.column}-${p.endLine}:${p.endColumn}`;
  return places(value).map(({ pointer, keys }) => [
    `${pointer} ${show(positionOf(loaded, pointer))} ${show(positionOf(loaded, `${pointer}/not-there`))}`,
    ...keys.map((k) => show(positionOf(loaded, pointer, k))),
  ].join(' ')).join('\n');
}
