// Command-line inputs to files: paths, folders (searched for documents), globs and "-" (stdin).

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';

export const DOCUMENT_EXTENSIONS = ['md', 'markdown', 'txt'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export type InputEntry =
  | { kind: 'file'; path: string; /** found by a folder or a glob, so more may come */ pattern: boolean; /** the folder named on the command line it was found in */ root?: string }
  | { kind: 'stdin' }
  | { kind: 'missing'; pattern: string; glob: boolean };

export function expandInputs(patterns: string[], cwd: string, extensions: string[] = DOCUMENT_EXTENSIONS): InputEntry[] {
  const out: InputEntry[] = [];
  const seen = new Set<string>();
  const add = (path: string, pattern = false, root?: string): void => {
    const abs = resolve(cwd, path);
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push(root ? { kind: 'file', path, pattern, root } : { kind: 'file', path, pattern });
  };
  for (const pattern of patterns) {
    if (pattern === '-') { out.push({ kind: 'stdin' }); continue; }
    const stat = statOrUndefined(resolve(cwd, pattern));
    if (stat?.isDirectory()) {
      const found = globSync(`**/*.{${extensions.join(',')}}`, { cwd: resolve(cwd, pattern), ignore: IGNORED, dot: false, followSymbolicLinks: false }).sort();
      if (!found.length) out.push({ kind: 'missing', pattern, glob: true });
      for (const f of found) add(joinPath(pattern, f), true, resolve(cwd, pattern));
      continue;
    }
    if (stat) { add(pattern); continue; }
    if (/[*?[\]{}!]/.test(pattern)) {
      const found = globSync(pattern, { cwd, ignore: IGNORED, dot: false, followSymbolicLinks: false, expandDirectories: false }).sort();
      if (!found.length) out.push({ kind: 'missing', pattern, glob: true });
      for (const f of found) add(f, true);
      continue;
    }
    out.push({ kind: 'missing', pattern, glob: false });
  }
  return out;
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? `${dir}${file}` : `${dir}/${file}`;
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
