// vanban.config.yaml: found upward from the working folder (or named with --config). Read as
// YAML 1.2 core (dates stay strings, no custom tags, aliases limited), checked by shape.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bodyKey } from '../extract/body-key.js';
import { boundedDistance } from '../lint/levenshtein.js';
import { RULE_DESCRIPTIONS } from '../lint/messages.js';
import { parseSize } from '../read/load.js';
import { readYaml } from '../validate/positions.js';
import { CONFIG_FILE } from './name.js';

export { CONFIG_FILE };

export interface BodyConfig {
  name: string;
  aliases: string[];
}

export type RuleLevel = 'off' | 'info' | 'warning' | 'error';
const RULE_LEVELS: RuleLevel[] = ['off', 'info', 'warning', 'error'];

export interface Config {
  /** where it was read from, or undefined for the defaults */
  file?: string;
  bodies: BodyConfig[];
  /** severity per lint rule code */
  rules: Record<string, RuleLevel>;
  /**
   * Where --check finds a source's committed model when it is not beside it: folders (absolute,
   * resolved from the config's folder) whose files mirror each other, van-ban/a/b.md ↔ models/a/b.yaml.
   */
  check?: { sources: string; models: string };
  /** inputs larger than this many bytes are refused (--max-size overrides it) */
  maxSize?: number;
}

export class ConfigError extends Error {
  constructor(readonly file: string, readonly reason: string, readonly line = 0) {
    super(`${file}: ${reason}`);
  }
}

export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Reads the config named, or the one found upward from `cwd`, or the defaults. Throws ConfigError. */
export async function loadConfig(cwd: string, explicit?: string): Promise<Config> {
  const file = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return { bodies: [], rules: {} };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  // Read as models are: a config comes with the repository, so from whoever sent the change.
  const loaded = await readYaml(text);
  const first = loaded.errors[0];
  if (first) throw new ConfigError(file, first.message, first.position.line);
  const data = loaded.value;
  if (data === null || data === undefined) return { file, bodies: [], rules: {} };
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, 'the config must be a mapping');
  const bodies = (data as Record<string, unknown>).bodies ?? [];
  if (!Array.isArray(bodies)) throw new ConfigError(file, '"bodies" must be a list');
  const rulesIn = (data as Record<string, unknown>).rules ?? {};
  if (typeof rulesIn !== 'object' || rulesIn === null || Array.isArray(rulesIn)) throw new ConfigError(file, '"rules" must be a mapping of rule codes to off, info, warning or error');
  const rules: Record<string, RuleLevel> = {};
  for (const [code, level] of Object.entries(rulesIn as Record<string, unknown>)) {
    // a misspelt rule would change nothing, silently
    if (!Object.hasOwn(RULE_DESCRIPTIONS, code)) throw new ConfigError(file, unknownRule(code));
    if (!RULE_LEVELS.includes(level as RuleLevel)) throw new ConfigError(file, `rules.${code} must be one of ${RULE_LEVELS.join(', ')}`);
    rules[code] = level as RuleLevel;
  }
  const checkIn = (data as Record<string, unknown>).check;
  let check: Config['check'];
  if (checkIn !== undefined) {
    const c = checkIn as Record<string, unknown>;
    if (!checkIn || typeof checkIn !== 'object' || typeof c.sources !== 'string' || typeof c.models !== 'string') throw new ConfigError(file, '"check" must have "sources" and "models" folders');
    check = { sources: resolve(dirname(file), c.sources), models: resolve(dirname(file), c.models) };
  }
  const sizeIn = (data as Record<string, unknown>).maxSize;
  let maxSize: number | undefined;
  if (sizeIn !== undefined) {
    maxSize = typeof sizeIn === 'number' && Number.isSafeInteger(sizeIn) && sizeIn > 0 ? sizeIn : typeof sizeIn === 'string' ? parseSize(sizeIn) : undefined;
    if (!maxSize) throw new ConfigError(file, '"maxSize" must be a size in bytes, e.g. 50000000 or 50MB');
  }
  return {
    file,
    ...(check ? { check } : {}),
    ...(maxSize ? { maxSize } : {}),
    rules,
    bodies: bodies.map((b, i) => {
      if (typeof b === 'string') return { name: b, aliases: [] };
      const o = b as Record<string, unknown>;
      if (!b || typeof b !== 'object' || typeof o.name !== 'string') throw new ConfigError(file, `bodies[${i}] needs a "name"`);
      const aliases = o.aliases ?? [];
      if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) throw new ConfigError(file, `bodies[${i}].aliases must be a list of names`);
      return { name: o.name, aliases: aliases as string[] };
    }),
  };
}

/** The configured bodies as the parser uses them. */
export interface KnownBodies {
  /** alias key → canonical name, for the bodies index */
  aliases: Map<string, string>;
  /** every name and alias as written, to recognise them in the text */
  names: string[];
}

/** "rules.task-mising-lead: there is no such rule; did you mean task-missing-lead?" */
function unknownRule(code: string): string {
  const codes = Object.keys(RULE_DESCRIPTIONS);
  const near = codes.map((c) => ({ c, d: boundedDistance(code, c, 3) })).filter((x) => x.d <= 3).sort((a, b) => a.d - b.d)[0];
  return `rules.${code}: there is no such rule; ${near ? `did you mean ${near.c}?` : `the rules are ${codes.join(', ')}`}`;
}

export function knownBodies(config: Pick<Config, 'bodies'>): KnownBodies {
  const aliases = new Map<string, string>();
  const names: string[] = [];
  for (const b of config.bodies) {
    for (const a of [b.name, ...b.aliases]) {
      aliases.set(bodyKey(a), b.name);
      names.push(a);
    }
  }
  return { aliases, names };
}
