// The public API for people who call vanban from code.

export { parseText, type ParseOptions, type ParseResult, type Coverage } from './parse.js';
export { toJson, toYaml } from './serialize/output.js';
export type * from './model/types.js';
export type { Diagnostic, Severity } from './diagnostics/types.js';
