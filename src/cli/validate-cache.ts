// `vanban validate --cache`: the findings of each file, kept by the SHA-1 of its bytes, so that a
// run after a change checks only the files that changed (as ESLint's and Prettier's caches do).
// By content, not by time: a CI checkout gives every file a new modification time.
//
// Everything a file's findings depend on besides its bytes is in the cache's key: vanban's version
// and build, the configuration's rules, bodies and size limit, the schema, the language. A cache
// made under another key, or one that cannot be read, is started afresh; the cache is only ever a
// shortcut, never a reason to fail. Files that could not be checked (exit 2) are not kept.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { writeAtomic } from '../io/write.js';
import { readInputFile } from '../read/load.js';
import type { Checker, FileResult } from './validate-file.js';

const FORMAT = 'vanban-validate-cache/1';

interface Kept {
  sha1: string;
  diagnostics: Diagnostic[];
}

interface CacheFile {
  format: string;
  key: string;
  files: Record<string, Kept>;
}

/** The build of vanban this is (written beside the bundle when it is built), or "source". */
function buildId(): string {
  try {
    return readFileSync(new URL('./build-id.txt', import.meta.url), 'utf8').trim();
  } catch {
    return 'source';
  }
}

const sha1 = (data: Uint8Array | string): string => createHash('sha1').update(data).digest('hex');

/** What a file's findings depend on besides its bytes. */
export function cacheKey(checker: Checker, version: string, schema?: string): string {
  const schemaText = schema ? readFileSync(resolve(checker.cwd, schema)) : 'built in';
  return sha1(JSON.stringify({
    version,
    build: buildId(),
    schema: sha1(schemaText),
    severities: checker.severities,
    bodies: { names: checker.bodies.names, aliases: [...checker.bodies.aliases] },
    lang: checker.lang,
    maxBytes: checker.maxBytes,
  }));
}

function isKept(v: unknown): v is Kept {
  return v !== null && typeof v === 'object' && typeof (v as Kept).sha1 === 'string' && Array.isArray((v as Kept).diagnostics);
}

export class ResultCache {
  private readonly files: Record<string, Kept>;
  private changed = false;
  /** each looked-up file's hash, to keep its result under */
  private readonly hashes = new Map<string, string>();

  private constructor(private readonly file: string, private readonly key: string, private readonly cwd: string, files: Record<string, Kept>) {
    this.files = files;
  }

  /** The cache at `file`, or an empty one when it is missing, unreadable or of another key. */
  static open(file: string, key: string, cwd: string): ResultCache {
    let files: Record<string, Kept> = Object.create(null) as Record<string, Kept>;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (data.format === FORMAT && data.key === key && data.files && typeof data.files === 'object') {
        for (const [name, kept] of Object.entries(data.files)) if (isKept(kept)) files[name] = kept;
      }
    } catch {
      files = Object.create(null) as Record<string, Kept>;
    }
    const cache = new ResultCache(file, key, cwd, files);
    // a cache of another key or format is replaced even when nothing is kept this time
    cache.changed = !existsSync(file) || Object.keys(files).length === 0;
    return cache;
  }

  /**
   * The kept result of a file whose bytes are unchanged, else undefined (the file is then checked,
   * and read again there: a file that cannot be read is reported by the check, not here).
   */
  lookup(path: string, checker: Checker): FileResult | undefined {
    const read = readInputFile(path, checker.cwd, checker.maxBytes);
    if (!read.ok) return undefined;
    const hash = sha1(read.bytes);
    this.hashes.set(path, hash);
    const kept = this.files[path];
    if (kept === undefined || kept.sha1 !== hash) return undefined;
    return { name: path, diagnostics: kept.diagnostics, errors: [], code: 0 };
  }

  /** Keeps a checked file's result, under the hash its lookup found. */
  store(path: string, result: FileResult): void {
    const hash = this.hashes.get(path);
    if (hash === undefined || result.code !== 0 || result.errors.length > 0) {
      if (path in this.files) {
        delete this.files[path];
        this.changed = true;
      }
      return;
    }
    this.files[path] = { sha1: hash, diagnostics: result.diagnostics };
    this.changed = true;
  }

  /** Writes the cache when it changed, leaving out files that no longer exist. Never throws. */
  save(): void {
    for (const name of Object.keys(this.files)) {
      if (!this.hashes.has(name) && !existsSync(resolve(this.cwd, name))) {
        delete this.files[name];
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const data: CacheFile = { format: FORMAT, key: this.key, files: this.files };
    try {
      writeAtomic(this.file, `${JSON.stringify(data)}\n`);
    } catch {
      // a cache that cannot be written costs the next run its shortcut, nothing more
    }
  }
}
