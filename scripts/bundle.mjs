// The command line as a few files (dist/bundle/): node resolves and loads about 140 modules
// for `vanban validate one.yaml` from dist/ and node_modules (yaml alone is 72 CommonJS files),
// which is most of its start-up. esbuild joins them: the entry and the two worker modules, with
// the code each command loads on demand split into chunks so that --help loads none of it.
// dist/bundle/ sits at the depth of dist/cli/, so the paths the code finds from its own URL
// (../../package.json, the schema, the worker modules beside it) stay right.

import { build } from 'esbuild';
import { rmSync } from 'node:fs';
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
