// The validate baseline: read every .yaml file of a folder, parse it with `yaml` (YAML 1.2 core
// schema, as vanban reads models) and validate it against the model's schema with ajv. No
// positions, no lint rules, no report: the least a validator of these files has to do.
//
//   node scripts/bench/yaml-ajv.mjs <folder>

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URL } from 'node:url';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const dir = process.argv[2];
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/vanban.schema.json', import.meta.url), 'utf8')));
let invalid = 0;
for (const f of readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort()) {
  if (!validate(parse(readFileSync(join(dir, f), 'utf8'), { schema: 'core' }))) invalid++;
}
console.log(`${invalid} invalid`);
process.exitCode = invalid ? 1 : 0;
