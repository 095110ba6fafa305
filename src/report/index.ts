// The reporter registry: every output format `vanban validate --reporter` knows, by name.

import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter, ReporterName } from './types.js';

export type { Reporter, ReporterName, ReportInput } from './types.js';
export { defaultReporter, loadReporter } from './load.js';

export const REPORTERS: Record<ReporterName, Reporter> = { stylish, json, junit, sarif, github, gitlab };

export const REPORTER_NAMES: readonly ReporterName[] = ['stylish', 'json', 'junit', 'sarif', 'github', 'gitlab'];

export function isReporterName(name: string): name is ReporterName {
  return (REPORTER_NAMES as readonly string[]).includes(name);
}
