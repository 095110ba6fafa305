// The command line as a few files (dist/bundle/): node resolves and loads about 140 modules
// for `vanban validate one.yaml` from dist/ and node_modules (yaml alone is 72 CommonJS files),
// which is most of its start-up. esbuild joins them: the entry and the two worker modules, with
// the code each command loads on demand split into chunks so that --help loads none of it.
// dist/bundle/ sits at the depth of dist/cli/, so the paths the code finds from its own URL
// (../../package.json, the schema, the worker modules beside it) stay right.

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: './dist/cli/main.js', 'validate-worker': './dist/cli/validate-worker.js', 'parse-worker': './dist/cli/parse-worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // CommonJS packages (yaml, commander) call require() for node's own modules.
  banner: { js: "import { createRequire as __vanbanRequire } from 'node:module'; const require = __vanbanRequire(import.meta.url);" },
  logLevel: 'warning',
});

// What this build is, for `vanban validate --cache`: results kept by another build are not reused.
// A hash of the compiled code (and the schema), so that any change to it makes a new build.
const hash = createHash('sha1');
const dist = `${root}dist`;
for (const f of readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.js') && !f.startsWith('bundle')).sort()) {
  hash.update(f).update(readFileSync(join(dist, f)));
}
hash.update(readFileSync(`${root}schemas/vanban.schema.json`));
writeFileSync(`${outdir}/build-id.txt`, `${hash.digest('hex')}\n`);
