// The terminal report: per section, one line per change with its mark, then its fields and the
// words that changed, highlighted.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../../diagnostics/types.js';
import type { Change, DiffResult, TextOp } from '../types.js';
import { bySection, descendantsText, fieldLines, headline, idText, moveText, sectionName, trimOps, TYPE_MARKS, typeWord } from './shared.js';

export interface RenderOptions {
  lang: Lang;
  color: boolean;
}

export function renderPretty(r: DiffResult, opts: RenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  out.push(c.bold(`${r.old.file} → ${r.new.file}`));
  out.push(headline(r, opts.lang));
  for (const [section, changes] of bySection(r.changes)) {
    const counts = r.summary.bySection[section];
    const parts = counts ? (['added', 'removed', 'modified', 'moved'] as const).filter((t) => counts[t]).map((t) => `${counts[t]} ${typeWord(t, opts.lang)}`) : [];
    out.push('', c.bold.underline(`${sectionName(section, opts.lang)}`) + c.dim(`  ${parts.join(', ')}`));
    for (const change of changes) out.push(...changeLines(change, c, opts.lang));
  }
  return `${out.join('\n')}\n`;
}

const TYPE_COLOURS: Record<Change['type'], (c: ChalkInstance) => ChalkInstance> = {
  added: (c) => c.green, removed: (c) => c.red, modified: (c) => c.yellow, moved: (c) => c.cyan,
};

function changeLines(ch: Change, c: ChalkInstance, lang: Lang): string[] {
  const colour = TYPE_COLOURS[ch.type](c);
  const lines: string[] = [];
  const id = ch.section === 'document' ? '' : `${idText(ch)}  `;
  const note = [moveText(ch, lang), descendantsText(ch, lang)].filter(Boolean).join('; ');
  lines.push(`  ${colour(TYPE_MARKS[ch.type])} ${c.bold(id)}${ch.excerpt ?? ''}${note ? c.dim(`  (${note})`) : ''}`);
  for (const f of fieldLines(ch, lang)) {
    const about = f.about ? `${f.about}: ` : '';
    if (f.added || f.removed) {
      const ins = (f.added ?? []).map((x) => c.green(`+ ${x}`));
      const outs = (f.removed ?? []).map((x) => c.red(`− ${x}`));
      lines.push(`      ${f.name}: ${[...outs, ...ins].join('  ')}`);
    } else {
      lines.push(`      ${f.name}: ${about}${c.red(f.old ?? '')} → ${c.green(f.new ?? '')}${f.delta ? c.dim(` (${f.delta})`) : ''}`);
    }
  }
  if (ch.text) lines.push(`      ${words(trimOps(ch.text), c)}`);
  return lines;
}

function words(ops: TextOp[], c: ChalkInstance): string {
  return ops.map((o) => (o.op === 'equal' ? c.dim(o.value) : o.op === 'add' ? c.green.bold(`{+${o.value}+}`) : c.red.strikethrough(`[-${o.value}-]`))).join('');
}
