// A reporter by name, loading only its own module: a run that prints JSON does not load the
// terminal colours, and a run with nothing to say loads one reporter, not six.

import type { Reporter, ReporterName } from './types.js';

const LOADERS: Record<ReporterName, () => Promise<Reporter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  junit: async () => (await import('./junit.js')).junit,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
};

export function loadReporter(name: ReporterName): Promise<Reporter> {
  return LOADERS[name]();
}

/** GITHUB_ACTIONS=true → 'github' (annotations on the pull request); otherwise 'stylish'. */
export function defaultReporter(env: Record<string, string | undefined>): ReporterName {
  return env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
}
