import { generateProgramme } from './bench/generate.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
const { parseText } = await import('../dist/index.js');
const { markdownTree } = await import('../dist/read/markdown.js');
const DELIM = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m;
const sets = { corpus: readdirSync('/work/shared/corpus').filter((f) => f.endsWith('.md')).map((f) => readFileSync('/work/shared/corpus/' + f, 'utf8')) };
for (const n of [10, 100, 1000]) sets['g' + n] = [generateProgramme({ seed: n, items: n, format: 'markdown' }).text];
const cpu = (f) => { const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); return (u.user + u.system) / 1000; };
for (const [name, docs] of Object.entries(sets)) {
  const fns = {
    ours: () => docs.forEach((t) => parseText(t, { file: 'x.md', format: 'markdown', sha256: '0' })),
    remark: () => docs.forEach((t) => (DELIM.test(t) ? unified().use(remarkParse).use(remarkGfm) : unified().use(remarkParse)).parse(t)),
    tok: () => docs.forEach((t) => markdownTree(t)),
  };
  const r = {};
  for (let round = 0; round < 6; round++) for (const [k, f] of Object.entries(fns)) { const ms = cpu(f); if (round >= 1) (r[k] ??= []).push(ms); }
  const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
  const o = med(r.ours), m = med(r.remark), t = med(r.tok);
  console.log(name, 'ours', o.toFixed(0), 'remark', m.toFixed(0), 'tok', t.toFixed(0), 'ratio', (o / m).toFixed(2), 'beyond', ((o - t) / m * 100).toFixed(0) + '%');
}
