// A report for a pull-request comment: a summary table, then per section a list of changes with
// the changed words struck through and in bold.

import type { Lang } from '../../diagnostics/types.js';
import type { Change, DiffResult, TextOp } from '../types.js';
import { bySection, descendantsText, fieldLines, headline, idText, moveText, sectionName, trimOps, TYPE_MARKS, typeWord } from './shared.js';

export function renderMarkdown(r: DiffResult, lang: Lang): string {
  const out: string[] = [];
  out.push(`### vanban diff: \`${code(r.old.file)}\` → \`${code(r.new.file)}\``, '', `**${esc(headline(r, lang))}**`);
  const sections = bySection(r.changes);
  if (sections.length) {
    const types = ['added', 'removed', 'modified', 'moved'] as const;
    out.push('', `| ${lang === 'vi' ? 'Phần' : 'Section'} | ${types.map((t) => typeWord(t, lang)).join(' | ')} |`, `|---|${types.map(() => '---:').join('|')}|`);
    for (const [section] of sections) {
      const n = r.summary.bySection[section];
      out.push(`| ${sectionName(section, lang)} | ${types.map((t) => n?.[t] ?? 0).join(' | ')} |`);
    }
  }
  for (const [section, changes] of sections) {
    out.push('', `#### ${sectionName(section, lang)}`, '');
    for (const ch of changes) out.push(...changeLines(ch, lang));
  }
  return `${out.join('\n')}\n`;
}

function changeLines(ch: Change, lang: Lang): string[] {
  const id = ch.section === 'document' ? '' : `**${esc(idText(ch))}** `;
  const note = [moveText(ch, lang), descendantsText(ch, lang)].filter(Boolean).join('; ');
  const lines = [`- \`${TYPE_MARKS[ch.type]}\` ${id}${esc(ch.excerpt ?? '')}${note ? ` _(${esc(note)})_` : ''}`];
  for (const f of fieldLines(ch, lang)) {
    if (f.added || f.removed) {
      const parts = [...(f.removed ?? []).map((x) => `~~${esc(x)}~~`), ...(f.added ?? []).map((x) => `**${esc(x)}**`)];
      lines.push(`  - ${esc(f.name)}: ${parts.join(', ')}`);
    } else {
      lines.push(`  - ${esc(f.name)}: ${f.about ? `${esc(f.about)}: ` : ''}~~${esc(f.old ?? '')}~~ → **${esc(f.new ?? '')}**${f.delta ? ` (${esc(f.delta)})` : ''}`);
    }
  }
  if (ch.text) lines.push(`  - ${words(trimOps(ch.text))}`);
  return lines;
}

function words(ops: TextOp[]): string {
  return ops.map((o) => {
    const v = esc(o.value.trim());
    const pad = (s: string): string => `${o.value.startsWith(' ') ? ' ' : ''}${s}${o.value.endsWith(' ') ? ' ' : ''}`;
    if (!v) return o.value;
    return o.op === 'equal' ? esc(o.value) : pad(o.op === 'add' ? `**${v}**` : `~~${v}~~`);
  }).join('');
}

/** Markdown that a comment renders as the text itself: no stray emphasis, links or HTML. */
function esc(s: string): string {
  return s.replace(/[\\`*_[\]<>|~#]/g, (ch) => `\\${ch}`).replace(/\n/g, ' ');
}

function code(s: string): string {
  return s.replace(/`/g, "'");
}
