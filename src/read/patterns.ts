// Inputs for commands over many files: paths, folders, globs, "!" negations and "-"; files that
// .gitignore or .vanbanignore (in the working folder) exclude are left out of folder and glob
// expansions, as linters do. Explicitly named files are always read. Folders are searched through
// symbolic links (a link that loops is followed once), and a file reached by two paths is read
// once, under the first. The glob and ignore-file libraries are loaded only when a folder or a
// glob is given, so naming files starts faster.

import { existsSync, lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { CONFIG_FILE } from '../config/name.js';

export interface Found {
  /** the path as given or found (relative to the working folder), "-" for standard input */
  path: string;
  /** found by a folder or a glob, so more may come */
  pattern: boolean;
  /** the folder named on the command line it was found in */
  root?: string;
}

export interface Expanded {
  files: Found[];
  /** patterns that matched nothing; `glob` when the pattern was a folder or a glob */
  missing: { pattern: string; glob: boolean }[];
}

// The configuration is YAML beside the models, and never one of them: `vanban init` writes it at
// the top of the folder a CI job then validates. Named on the command line, a file is still read.
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', `**/${CONFIG_FILE}`];

/**
 * `leaveOut`: files (absolute paths) that folders and globs must not yield, such as a
 * configuration named with --config under another name; named on the command line, they are read.
 */
export async function expandPatterns(patterns: string[], cwd: string, extensions: string[], leaveOut: readonly string[] = []): Promise<Expanded> {
  const negations = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  let search: Search | undefined;
  const files: Found[] = [];
  const seen = new Set<string>();
  const missing: Expanded['missing'] = [];
  /** Adds a file once; false when an ignore file leaves it out (a file already added counts as kept). */
  const keep = (path: string, explicit: boolean, root?: string): boolean => {
    const abs = resolve(cwd, path);
    const real = realPath(abs);
    if (seen.has(real)) return true;
    if (!explicit && (leaveOut.includes(abs) || leaveOut.includes(real))) return false;
    const rel = relative(cwd, abs).split(sep).join('/');
    if (!explicit && rel && !rel.startsWith('..') && search?.ig.ignores(rel)) return false;
    seen.add(real);
    files.push(root ? { path, pattern: !explicit, root } : { path, pattern: !explicit });
    return true;
  };
  const glob = async (pattern: string, base: string): Promise<string[]> =>
    (search ??= await loadSearch(cwd)).globSync(pattern, { cwd: base, ignore: [...ALWAYS_IGNORED, ...negations], dot: false, followSymbolicLinks: true, expandDirectories: false }).sort();
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    if (pattern === '-') { files.push({ path: '-', pattern: false }); continue; }
    const abs = resolve(cwd, pattern);
    const stat = statQuiet(abs);
    if (stat?.isDirectory()) {
      const found = await glob(`${relative(cwd, abs).split(sep).join('/') || '.'}/**/*.{${extensions.join(',')}}`, cwd);
      const kept = found.filter((f) => keep(f, false, abs)).length;
      if (!kept) missing.push({ pattern, glob: true });
      continue;
    }
    // a symbolic link that leads nowhere (or to itself) is named all the same: reading it says why not
    if (stat || isLink(abs)) { keep(pattern, true); continue; }
    if (/[*?[\]{}]/.test(pattern)) {
      const kept = (await glob(pattern, cwd)).filter((f) => keep(f, false)).length;
      if (!kept) missing.push({ pattern, glob: true });
      continue;
    }
    missing.push({ pattern, glob: false });
  }
  return { files, missing };
}

interface Search {
  ig: Ignore;
  globSync: typeof import('tinyglobby').globSync;
}

async function loadSearch(cwd: string): Promise<Search> {
  const [ignoreModule, tinyglobby] = await Promise.all([import('ignore'), import('tinyglobby')]);
  return { ig: ignoreModule.default().add(ignoreRules(cwd)), globSync: tinyglobby.globSync };
}

/** The file's status, or undefined when it does not exist or cannot be reached (a link loop, no permission). */
function statQuiet(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

/** The file's path with every symbolic link resolved, or the path itself when it cannot be (a broken link). */
function realPath(abs: string): string {
  try {
    return realpathSync.native(abs);
  } catch {
    return abs;
  }
}

function isLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

function ignoreRules(cwd: string): string[] {
  const rules: string[] = [];
  for (const name of ['.gitignore', '.vanbanignore']) {
    const file = join(cwd, name);
    if (existsSync(file)) rules.push(...readFileSync(file, 'utf8').split(/\r?\n/));
  }
  return rules;
}
