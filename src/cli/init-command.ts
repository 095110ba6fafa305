// `vanban init`: a starter vanban.config.yaml and a GitHub Actions workflow; files already
// there are kept and said so.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/types.js';
import { writeAtomic } from '../io/write.js';
import type { CliContext } from './io.js';

const CONFIG = `# vanban configuration (see the README, "Configuration").
# Bodies your documents name, with their other names. Aliases are recognised in the text and
# meet their body in the bodies index; validate reports bodies not listed here (unknown-body).
bodies:
  # - name: Sở Khoa học và Công nghệ
  #   aliases: [SKHCN, Sở KH&CN]

# Severity of each lint rule: off, info, warning or error (docs/rules/<code>.md).
rules:
  # task-missing-lead: warning
  # goal-uncovered: off
`;

const WORKFLOW = `name: vanban
on: [push, pull_request]
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      # On GitHub Actions the report is written as annotations on the changed lines.
      - run: npx vanban validate . --check
`;

export function runInit(ctx: CliContext, lang: Lang): number {
  const files: [string, string][] = [['vanban.config.yaml', CONFIG], ['.github/workflows/vanban.yml', WORKFLOW]];
  for (const [path, content] of files) {
    const abs = resolve(ctx.cwd, path);
    if (existsSync(abs)) {
      ctx.stderr.write(`${lang === 'vi' ? 'Giữ nguyên tệp đã có' : 'Kept existing'} ${path}\n`);
      continue;
    }
    writeAtomic(abs, content);
    ctx.stderr.write(`${lang === 'vi' ? 'Đã tạo' : 'Wrote'} ${path}\n`);
  }
  return 0;
}
