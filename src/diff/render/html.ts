// One self-contained HTML page: the two versions side by side, change by change, with the words
// that went struck out on the left and the words that came in marked on the right. No scripts,
// fonts or styles from the network.

import type { Lang } from '../../diagnostics/types.js';
import type { Change, DiffResult, TextOp } from '../types.js';
import { bySection, descendantsText, fieldLines, headline, idText, moveText, sectionName, TYPE_MARKS, typeWord } from './shared.js';

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1f2328;background:#fff}
header{padding:16px 24px;border-bottom:1px solid #d0d7de;background:#f6f8fa}
h1{font-size:18px;margin:0 0 4px}h2{font-size:16px;margin:24px 24px 8px}
.summary{margin:0;color:#57606a}
table{border-collapse:collapse;width:calc(100% - 48px);margin:0 24px;table-layout:fixed}
th,td{border:1px solid #d0d7de;padding:6px 10px;vertical-align:top;text-align:left}
th{background:#f6f8fa;font-weight:600}
col.mark{width:9em}
.id{font-weight:600;white-space:nowrap}.note{color:#57606a;font-size:13px}
del{background:#ffebe9;color:#82071e;text-decoration:line-through}
ins{background:#dafbe1;color:#116329;text-decoration:none}
.added td.new,.added td.mark{background:#f0fff4}.removed td.old,.removed td.mark{background:#fff5f5}
.field{margin-top:4px;font-size:13px}.field b{font-weight:600}
.t-added .m{color:#1a7f37}.t-removed .m{color:#cf222e}.t-modified .m{color:#9a6700}.t-moved .m{color:#0969da}
`;

export function renderHtml(r: DiffResult, lang: Lang): string {
  const body: string[] = [];
  body.push(`<header><h1>${esc(r.old.file)} → ${esc(r.new.file)}</h1><p class="summary">${esc(headline(r, lang))}</p></header>`);
  for (const [section, changes] of bySection(r.changes)) {
    const n = r.summary.bySection[section];
    const counts = n ? (['added', 'removed', 'modified', 'moved'] as const).filter((t) => n[t]).map((t) => `${n[t]} ${typeWord(t, lang)}`).join(', ') : '';
    body.push(`<h2>${esc(sectionName(section, lang))} <span class="note">${esc(counts)}</span></h2>`);
    body.push(`<table><colgroup><col class="mark"><col><col></colgroup><thead><tr><th></th><th>${esc(r.old.file)}</th><th>${esc(r.new.file)}</th></tr></thead><tbody>`);
    for (const ch of changes) body.push(row(ch, lang));
    body.push('</tbody></table>');
  }
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>vanban diff: ${esc(r.old.file)} → ${esc(r.new.file)}</title><style>${STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

function row(ch: Change, lang: Lang): string {
  const note = [moveText(ch, lang), descendantsText(ch, lang)].filter(Boolean).join('; ');
  const mark = `<span class="m">${TYPE_MARKS[ch.type]}</span> <span class="id">${esc(ch.section === 'document' ? '' : idText(ch))}</span>${note ? `<div class="note">${esc(note)}</div>` : ''}`;
  let old = '';
  let now = '';
  if (ch.type === 'added') now = `<ins>${esc(ch.content ?? ch.excerpt ?? '')}</ins>`;
  else if (ch.type === 'removed') old = `<del>${esc(ch.content ?? ch.excerpt ?? '')}</del>`;
  else if (ch.text) {
    old = side(ch.text, 'remove');
    now = side(ch.text, 'add');
  } else {
    old = esc(ch.excerpt ?? '');
    now = esc(ch.excerpt ?? '');
  }
  for (const f of fieldLines(ch, lang)) {
    if (f.added || f.removed) {
      old += `<div class="field"><b>${esc(f.name)}</b>: ${(f.removed ?? []).map((x) => `<del>${esc(x)}</del>`).join('; ') || '—'}</div>`;
      now += `<div class="field"><b>${esc(f.name)}</b>: ${(f.added ?? []).map((x) => `<ins>${esc(x)}</ins>`).join('; ') || '—'}</div>`;
    } else {
      const about = f.about ? `${esc(f.about)}: ` : '';
      old += `<div class="field"><b>${esc(f.name)}</b>: ${about}<del>${esc(f.old ?? '')}</del></div>`;
      now += `<div class="field"><b>${esc(f.name)}</b>: ${about}<ins>${esc(f.new ?? '')}</ins>${f.delta ? ` (${esc(f.delta)})` : ''}</div>`;
    }
  }
  return `<tr class="t-${ch.type} ${ch.type}"><td class="mark">${mark}</td><td class="old">${old}</td><td class="new">${now}</td></tr>`;
}

/** One side of a word difference: the equal words and this side's own. */
function side(ops: TextOp[], own: 'add' | 'remove'): string {
  return ops.map((o) => {
    if (o.op === 'equal') return esc(o.value);
    if (o.op !== own) return '';
    return own === 'add' ? `<ins>${esc(o.value)}</ins>` : `<del>${esc(o.value)}</del>`;
  }).join('');
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}
