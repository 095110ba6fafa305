// The bodies (and their aliases) and the size limit of vanban.config.yaml, for the commands that
// parse documents.

import type { Lang } from '../diagnostics/types.js';
import { message } from '../diagnostics/messages.js';
import { ConfigError, knownBodies, loadConfig, type KnownBodies } from '../config/load.js';
import { formatDiagnostic } from './format.js';
import type { CliContext } from './io.js';

/** The configured bodies and size limit, or undefined after reporting an invalid configuration (exit 2). */
export async function configured(ctx: CliContext, config: string | undefined, lang: Lang): Promise<{ bodies: KnownBodies; maxSize?: number } | undefined> {
  try {
    const loaded = await loadConfig(ctx.cwd, config);
    return loaded.maxSize === undefined ? { bodies: knownBodies(loaded) } : { bodies: knownBodies(loaded), maxSize: loaded.maxSize };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    ctx.stderr.write(`${formatDiagnostic({ code: 'config-invalid', severity: 'error', message: message('config-invalid', lang, { reason: error.reason }), file: error.file, line: error.line, column: error.line ? 1 : 0, source: 'input' })}\n`);
    return undefined;
  }
}
