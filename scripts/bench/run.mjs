// `npm run bench`: measures vanban against its baselines side by side in one run and writes
// BENCHMARKS.md (and the same table to standard output).
//
//   node scripts/bench/run.mjs [--runs N] [--quick] [--out BENCHMARKS.md] [--shared]
//
// Start-up (node -e 0, vanban --help, vanban validate one.yaml), parse in process (vanban against
// remark-parse alone and a plain line split, on the corpus and on generated programmes), the
// plain-text path, batch parse with 1 and 2 workers when the CLI has --jobs, validate of 1,000
// models against yaml + ajv alone and ajv-cli, peak memory for 100 and 1,000 models, diff, and
// the national corpus on paper from the measured figures.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateProgramme } from './generate.mjs';
import { benchDiff } from './diff.mjs';
import { fmtBytes, fmtMs, fmtRate, fmtRss, HAS_TASKSET, HAS_TIME, interleave, median, runChild, runTogether, timeCall } from './lib.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const BIN = join(ROOT, 'bin', 'vanban.js');
const NODE = process.execPath;
const require = createRequire(import.meta.url);

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'BENCHMARKS.md') },
    shared: { type: 'boolean', default: false },
    corpus: { type: 'string', default: CORPUS },
  },
});
const RUNS = opts.quick ? 1 : Math.max(1, Number(opts.runs));
const QUICK = opts.quick;
const SIZES = QUICK ? [10, 100, 1000] : [10, 100, 1000, 10000];
const MODELS = QUICK ? 200 : 1000;
const SMALL_MODELS = QUICK ? 20 : 100;

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run npm ci (or npm run build) first.');
  process.exit(2);
}
const { parseText, toYaml } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
const { markdownTree } = await import(pathToFileURL(join(ROOT, 'dist', 'read', 'markdown.js')).href);
const { unified } = await import('unified');
const remarkParse = (await import('remark-parse')).default;
const remarkGfm = (await import('remark-gfm')).default;
const YAML = await import('yaml');
const { Ajv2020 } = await import('ajv/dist/2020.js');
const addFormats = (await import('ajv-formats')).default;

const rows = [];
const notes = [];
const figures = {};
const say = (s) => process.stderr.write(`${s}\n`);
const load0 = loadavg()[0];
const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'vanban-bench-'));


function row(r) {
  rows.push(r);
  say(`  ${r.what} ${r.size ?? ''}: ${r.median}${r.ratio && r.ratio !== '—' ? ` (${r.ratio})` : ''}${r.met ? ` [${r.met}]` : ''}`);
}
const yes = (ok) => (ok ? 'yes' : 'no');

function corpusFiles() {
  if (!existsSync(opts.corpus)) return [];
  return readdirSync(opts.corpus).filter((f) => /\.(md|txt)$/.test(f) && f !== 'SOURCES.md').sort().map((f) => ({ name: f, text: readFileSync(join(opts.corpus, f), 'utf8'), format: f.endsWith('.txt') ? 'text' : 'markdown' }));
}

/** vanban's own parse, in process: the model and its diagnostics, no file reading or output. */
const vanbanParse = (doc) => parseText(doc.text, { file: doc.name, format: doc.format, sha256: '0'.repeat(64) });
/** remark-parse alone, with remark-gfm where vanban adds it (a file with a table delimiter row). */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m;
const remarkOnly = (doc) => (DELIMITER_ROW.test(doc.text) ? unified().use(remarkParse).use(remarkGfm) : unified().use(remarkParse)).parse(doc.text);
/** vanban's own Markdown tokenizer: remark-parse with the GFM extensions it loads, and no more. */
const ownTokenizer = (doc) => markdownTree(doc.text);
/** The floor: every line of the file, split. */
const lineSplit = (doc) => doc.text.split(/\r?\n/).length;

// --- Start-up ---------------------------------------------------------------------------------

/** node -e 0 on the machine the start-up targets were set on (the issue's figure). */
const IDLE_NODE_MS = 47;

function startup() {
  say('start-up');
  const one = join(work, 'one');
  mkdirSync(one);
  const example = readFileSync(join(ROOT, 'examples', 'kh-chuyen-doi-so.txt'), 'utf8');
  writeFileSync(join(one, 'one.yaml'), toYaml(parseText(example, { file: 'kh-chuyen-doi-so.txt', format: 'text', sha256: '0'.repeat(64) }).model));
  // Short runs whose times move by tens of milliseconds on a busy host: many rounds, cheap ones.
  const n = Math.max(RUNS * 6, 30);
  const [node, help, validate] = interleave([
    { name: 'node -e 0', run: () => runChild(NODE, ['-e', '0']) },
    { name: 'vanban --help', run: () => runChild(NODE, [BIN, '--help']) },
    { name: 'vanban validate one.yaml', run: () => runChild(NODE, [BIN, 'validate', 'one.yaml'], { cwd: one }) },
  ], n);
  figures.node = node.ms;
  row({ what: 'node -e 0 (baseline)', size: '', median: fmtMs(node.ms), ratio: '1.00 ×', target: '', met: '', rss: node.rss });
  // The target is in milliseconds of a machine whose node -e 0 takes about 47 ms; on a slower (or
  // busier) run every start-up takes longer in proportion, so the extra time is also given at that scale.
  const extra = help.ms - node.ms;
  const scaled = (extra * IDLE_NODE_MS) / node.ms;
  const atScale = node.ms > IDLE_NODE_MS * 1.1 ? ` (+${scaled.toFixed(0)} ms at the ≈ ${IDLE_NODE_MS} ms node -e 0 of the target)` : '';
  row({ what: 'vanban --help', size: '', median: fmtMs(help.ms), ratio: `+${extra.toFixed(0)} ms${atScale}`, target: '≤ +35 ms over node -e 0', met: yes(Math.min(extra, scaled) <= 35), rss: help.rss });
  row({ what: 'vanban validate one.yaml', size: fmtBytes(Buffer.byteLength(readFileSync(join(one, 'one.yaml')))), median: fmtMs(validate.ms), ratio: `${(validate.ms / node.ms).toFixed(2)} ×`, target: '≤ 2.5 × node -e 0', met: yes(validate.ms / node.ms <= 2.5), rss: validate.rss });
}

// --- Parse, in process --------------------------------------------------------------------------

function parseSet(what, docs, rounds, { text = false, warmup = true } = {}) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const all = (fn) => () => timeCall(() => { for (const d of docs) fn(d); });
  const cases = [
    { name: 'vanban', run: all(vanbanParse) },
    ...(text ? [] : [{ name: 'remark', run: all(remarkOnly) }, { name: 'tokenizer', run: all(ownTokenizer) }]),
    { name: 'split', run: all(lineSplit) },
  ];
  const got = interleave(cases, rounds, { warmup });
  const [ours] = got;
  const remark = text ? undefined : got[1];
  const tokenizer = text ? undefined : got[2];
  const split = got[got.length - 1];
  return { what, bytes, files: docs.length, ours: ours.ms, remark: remark?.ms, tokenizer: tokenizer?.ms, split: split.ms };
}

/** Rounds for a document: documents over 1 MB get at most 3 and no warm-up (the code is warm by then). */
const sizing = (doc) => (doc.text.length > 1e6 ? [Math.min(RUNS, 3), { warmup: false }] : [RUNS, {}]);

function parseRows() {
  say('parse');
  const corpus = corpusFiles();
  const md = corpus.filter((d) => d.format === 'markdown');
  const txt = corpus.filter((d) => d.format === 'text');
  const sets = [];
  if (md.length) sets.push({ ...parseSet(`corpus Markdown (${md.length} files)`, md, RUNS), corpus: true });
  else notes.push(`The corpus folder ${opts.corpus} was not found: corpus rows are missing.`);
  for (const n of SIZES) {
    const doc = { name: `g${n}.md`, format: 'markdown', text: generateProgramme({ seed: n, items: n, format: 'markdown' }).text };
    sets.push(parseSet(`generated Markdown, ${n} items`, [doc], ...sizing(doc)));
  }
  const mdBytes = sets.reduce((n, s) => n + s.bytes, 0);
  const mdOurs = sets.reduce((n, s) => n + s.ours, 0);
  const mdRemark = sets.reduce((n, s) => n + s.remark, 0);
  const mdTokenizer = sets.reduce((n, s) => n + s.tokenizer, 0);
  // Beside the ratio to remark: vanban's work after its own tokenizer, as a share of remark's time.
  const beyond = (s) => `work after the tokenizer ${(((s.ours - s.tokenizer) / s.remark) * 100).toFixed(0)}% of remark`;
  for (const s of sets) {
    const over = (s.ours - s.remark) / s.remark;
    row({ what: `parse ${s.what}`, size: fmtBytes(s.bytes), median: `${fmtMs(s.ours)} (${fmtRate(s.bytes, s.ours)})`, ratio: `${(s.ours / s.remark).toFixed(2)} × remark (${fmtMs(s.remark)}); ${beyond(s)}; ${(s.ours / s.split).toFixed(0)} × split (${fmtMs(s.split)})`, target: '≤ 1.3 × remark alone', met: yes(over <= 0.3) });
  }
  figures.mdRate = mdBytes / 1e6 / (mdOurs / 1000);
  figures.remarkRate = mdBytes / 1e6 / (mdRemark / 1000);
  const corpusSet = sets.find((s) => s.corpus);
  if (corpus.length) figures.corpusAverage = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / corpus.length;
  if (corpusSet) figures.corpusRate = corpusSet.bytes / 1e6 / (corpusSet.ours / 1000);
  row({ what: 'parse Markdown, all of the above', size: fmtBytes(mdBytes), median: `${fmtMs(mdOurs)} (${fmtRate(mdBytes, mdOurs)})`, ratio: `${(mdOurs / mdRemark).toFixed(2)} × remark (${fmtRate(mdBytes, mdRemark)}); ${beyond({ ours: mdOurs, tokenizer: mdTokenizer, remark: mdRemark })}`, target: '≤ 1.3 × remark alone', met: yes(mdOurs / mdRemark <= 1.3) });
  figures.tokenizerShare = mdTokenizer / mdRemark;

  const textSets = [];
  if (txt.length) textSets.push(parseSet(`corpus text (${txt.length} file)`, txt, RUNS, { text: true }));
  for (const n of SIZES) {
    const doc = { name: `g${n}.txt`, format: 'text', text: generateProgramme({ seed: n, items: n, format: 'text' }).text };
    const [rounds, o] = sizing(doc);
    textSets.push(parseSet(`generated text, ${n} items`, [doc], rounds, { ...o, text: true }));
  }
  for (const s of textSets) {
    row({ what: `parse ${s.what}`, size: fmtBytes(s.bytes), median: `${fmtMs(s.ours)} (${fmtRate(s.bytes, s.ours)})`, ratio: `${(s.ours / s.split).toFixed(0)} × split (${fmtMs(s.split)})`, target: '≥ 20 MB/s', met: yes(s.bytes / 1e6 / (s.ours / 1000) >= 20) });
  }
  const tBytes = textSets.reduce((n, s) => n + s.bytes, 0);
  const tOurs = textSets.reduce((n, s) => n + s.ours, 0);
  figures.textRate = tBytes / 1e6 / (tOurs / 1000);
  row({ what: 'parse text, all of the above', size: fmtBytes(tBytes), median: `${fmtMs(tOurs)} (${fmtRate(tBytes, tOurs)})`, ratio: '—', target: '≥ 20 MB/s', met: yes(figures.textRate >= 20) });
}

// --- Batch parse through the CLI ----------------------------------------------------------------

/** The CPU time (all threads) of two runs, beside their wall times. */
const cpuPair = (a, b) => (a.cpu !== undefined && b.cpu !== undefined ? ` (CPU ${fmtMs(a.cpu)} → ${fmtMs(b.cpu)})` : '');

function batchRows() {
  say('batch parse');
  const dir = join(work, 'batch-src');
  mkdirSync(dir);
  const count = QUICK ? 12 : 24;
  let bytes = 0;
  for (let k = 0; k < count; k++) {
    const text = generateProgramme({ seed: 1000 + k, items: 100 + ((k * 37) % 400), format: k % 4 === 3 ? 'text' : 'markdown' }).text;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `p${String(k).padStart(3, '0')}.${k % 4 === 3 ? 'txt' : 'md'}`), text);
  }
  // The largest generated programme through the CLI once: its peak memory.
  const largest = SIZES[SIZES.length - 1];
  const bigFile = join(work, `g${largest}.md`);
  writeFileSync(bigFile, generateProgramme({ seed: largest, items: largest, format: 'markdown' }).text);
  const one = runChild(NODE, [BIN, 'parse', bigFile, '-o', join(work, `g${largest}.yaml`), '-q']);
  const bigBytes = Buffer.byteLength(readFileSync(bigFile));
  figures.largest = { items: largest, bytes: bigBytes, rss: one.rss, ms: one.ms };
  row({ what: `vanban parse one generated programme, ${largest} items (one run)`, size: fmtBytes(bigBytes), median: `${fmtMs(one.ms)} (${fmtRate(bigBytes, one.ms)})`, ratio: '—', target: '', met: one.code === 0 ? '' : `exit ${one.code}`, rss: one.rss });
  const help = runChild(NODE, [BIN, 'parse', '--help']).stdout;
  const hasJobs = /--jobs\b/.test(help);
  const out = (tag) => join(work, `batch-out-${tag}`);
  const cases = [{ name: 'one process', run: () => runChild(NODE, [BIN, 'parse', dir, '-o', out('plain'), '-q'], { warm: dir }) }];
  const halves = hasJobs ? halve(dir) : [];
  if (hasJobs) {
    cases.push({ name: '1 worker', run: () => runChild(NODE, [BIN, 'parse', dir, '-o', out('j1'), '-q', '--jobs', '1'], { warm: dir }) });
    cases.push({ name: '2 workers', run: () => runChild(NODE, [BIN, 'parse', dir, '-o', out('j2'), '-q', '--jobs', '2'], { warm: dir }) });
    cases.push({ name: 'two processes', run: () => runTogether(halves.map((h, i) => [NODE, BIN, 'parse', h, '-o', out(`half${i}`), '-q', '--jobs', '1']), { warm: halves }) });
  }
  const got = interleave(cases, Math.min(RUNS, 3), { warmup: false });
  const plain = got[0];
  figures.batchRate = bytes / 1e6 / (plain.ms / 1000);
  figures.batchFiles = count;
  figures.batchRss = plain.rss;
  row({ what: `vanban parse folder (${count} files, default)`, size: fmtBytes(bytes), median: `${fmtMs(plain.ms)} (${fmtRate(bytes, plain.ms)})`, ratio: '—', target: '', met: '', rss: plain.rss });
  if (hasJobs) {
    const [, j1, j2, pair] = got;
    figures.scale2 = j1.ms / j2.ms;
    if (j1.cpu !== undefined) figures.batchCpuShare = j1.cpu / j1.ms;
    row({ what: `vanban parse folder --jobs 1 → --jobs 2`, size: fmtBytes(bytes), median: `${fmtMs(j1.ms)} → ${fmtMs(j2.ms)}${cpuPair(j1, j2)}`, ratio: `${(j1.ms / j2.ms).toFixed(2)} × faster`, target: '≥ 1.7 ×', met: yes(j1.ms / j2.ms >= 1.7), rss: j2.rss });
    row(ceiling('parse', halves.length, j1, pair));
  } else {
    row({ what: 'vanban parse folder --jobs 1 → --jobs 2', size: fmtBytes(bytes), median: 'not available', ratio: '—', target: '≥ 1.7 ×', met: 'not available (no --jobs in vanban parse --help)' });
  }
}

/**
 * The files of a folder in two new folders beside it, alternately: two processes that each take
 * one half are what the machine gives two threads at best (nothing shared, nothing to hand over).
 */
function halve(dir) {
  const names = readdirSync(dir).sort();
  return [0, 1].map((h) => {
    const half = `${dir}-half${h}`;
    mkdirSync(half, { recursive: true });
    names.forEach((name, i) => { if (i % 2 === h) writeFileSync(join(half, name), readFileSync(join(dir, name))); });
    return half;
  });
}

/** The row for two processes side by side, against one thread on the whole batch. */
function ceiling(command, n, one, pair) {
  return { what: `ceiling: ${n} vanban ${command} --jobs 1 processes side by side, half the files each`, size: '', median: `${fmtMs(pair.ms)}${pair.cpu !== undefined ? ` (CPU ${fmtMs(pair.cpu)})` : ""}`, ratio: `${(one.ms / pair.ms).toFixed(2)} × faster than --jobs 1 on all`, target: '', met: '', rss: pair.rss };
}

// --- Validate -----------------------------------------------------------------------------------

/**
 * `n` models in a folder: every 28th a corpus model (all 35 once in 1,000), the others small
 * generated programmes (65 distinct, 10 to 60 items), each under its own name. The same mix for
 * any `n`, so that the peak memory of 100 and 1,000 compares like with like.
 */
function writeModels(dir, n, corpus, generated) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let k = 0; k < n; k++) {
    const m = k % 28 === 0 && corpus.length ? corpus[(k / 28) % corpus.length] : generated[k % generated.length];
    const text = m.replace(/^ {2}file: .*$/m, `  file: m${k}.md`);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `m${String(k).padStart(4, '0')}.yaml`), text);
  }
  return bytes;
}

function validateRows() {
  say('validate');
  const docs = corpusFiles();
  const corpus = docs.map((d) => toYaml(vanbanParse(d).model));
  figures.modelRatio = corpus.reduce((n, m) => n + Buffer.byteLength(m), 0) / Math.max(1, docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0));
  const generated = [];
  for (let k = 0; k < 65; k++) {
    const format = k % 3 ? 'markdown' : 'text';
    const doc = { name: `g${k}.${format === 'text' ? 'txt' : 'md'}`, format, text: generateProgramme({ seed: 500 + k, items: 10 + ((k * 53) % 51), format }).text };
    generated.push(toYaml(vanbanParse(doc).model));
  }
  const big = join(work, `models-${MODELS}`);
  const small = join(work, `models-${SMALL_MODELS}`);
  const bytes = writeModels(big, MODELS, corpus, generated);
  writeModels(small, SMALL_MODELS, corpus, generated);
  const baseline = join(ROOT, 'scripts', 'bench', 'yaml-ajv.mjs');
  const ajvCli = (() => { try { return require.resolve('ajv-cli/dist/index.js'); } catch { return undefined; } })();
  const schema = join(ROOT, 'schemas', 'vanban.schema.json');
  const cases = [
    { name: 'vanban', run: () => runChild(NODE, [BIN, 'validate', '.', '--reporter', 'json'], { cwd: big, warm: big }) },
    { name: 'yaml+ajv', run: () => runChild(NODE, [baseline, big], { warm: big }) },
    ...(ajvCli ? [{ name: 'ajv-cli', run: () => runChild(NODE, [ajvCli, 'validate', '--spec=draft2020', '--strict=false', '-c', 'ajv-formats', '-s', schema, '-d', `${big}/*.yaml`], { cwd: ROOT, warm: big }) }] : []),
    { name: 'vanban small', run: () => runChild(NODE, [BIN, 'validate', '.', '--reporter', 'json', '--jobs', '1'], { cwd: small, warm: small }) },
  ];
  const got = interleave(cases, Math.min(RUNS, 3), { warmup: false });
  const ours = got[0];
  const base = got[1];
  const ajvOut = ajvCli ? cases[2].run() : undefined;
  const ajvFiles = ajvOut ? `${ajvOut.stdout}${ajvOut.stderr}`.split('\n').filter((l) => / (?:in)?valid$/.test(l)).length : 0;
  const cli = ajvCli ? got[2] : undefined;
  const ourSmall = got[got.length - 1];
  if (ours.last.code === 2) notes.push(`vanban validate stopped with exit code 2: ${ours.last.stderr.slice(0, 300)}`);
  figures.validateMs = ours.ms;
  figures.validateRss = ours.rss;
  figures.models = MODELS;
  row({ what: `vanban validate ${MODELS} models (positions, lint)`, size: fmtBytes(bytes), median: fmtMs(ours.ms), ratio: `${(ours.ms / base.ms).toFixed(2)} × yaml + ajv (${fmtMs(base.ms)})`, target: '≤ 1.5 × yaml + ajv', met: yes(ours.ms / base.ms <= 1.5), rss: ours.rss });
  row({ what: `yaml + ajv alone, ${MODELS} models (one process)`, size: fmtBytes(bytes), median: fmtMs(base.ms), ratio: '1.00 ×', target: '', met: '', rss: base.rss });
  if (cli) {
    row({ what: `ajv-cli 5.0.0, same folder`, size: fmtBytes(bytes), median: fmtMs(cli.ms), ratio: `vanban ${(ours.ms / cli.ms).toFixed(2)} × ajv-cli`, target: 'vanban ≤ 1.0 × ajv-cli', met: yes(ours.ms <= cli.ms), rss: cli.rss });
    if (ajvFiles !== MODELS) notes.push(`ajv-cli reported on ${ajvFiles} of the ${MODELS} files.`);
    notes.push('ajv-cli 5.0.0 reads YAML with js-yaml 3 (YAML 1.1): `date: 2025-03-15` becomes a Date object, so it reports every model invalid at /document/date (the models are valid YAML 1.2 as vanban and `yaml` read them). It still reads and validates every file; its time includes printing those errors.');
  } else {
    row({ what: 'ajv-cli, same folder', size: fmtBytes(bytes), median: 'not installed', ratio: '—', target: 'vanban ≤ 1.0 × ajv-cli', met: 'not measured' });
  }
  // --cache: the same folder again after a run that kept every file's findings (nothing changed).
  if (/--cache\b/.test(runChild(NODE, [BIN, 'validate', '--help']).stdout)) {
    const cacheFile = join(work, 'validate.cache');
    const cached = () => runChild(NODE, [BIN, 'validate', '.', '--reporter', 'json', '--cache', '--cache-location', cacheFile], { cwd: big, warm: big });
    const first = cached();
    const [again] = interleave([{ name: 'cached', run: cached }], Math.min(RUNS, 3), { warmup: false });
    const same = first.stdout === again.last.stdout && again.last.stdout === ours.last.stdout;
    row({ what: `vanban validate ${MODELS} models --cache, nothing changed since`, size: fmtBytes(bytes), median: fmtMs(again.ms), ratio: `${(again.ms / ours.ms).toFixed(2)} × without the cache${same ? '' : ' (REPORT DIFFERS)'}`, target: '', met: '', rss: again.rss });
  }
  // Small models, as in the common comparison of 1,000 small files: programmes of 10 items.
  if (ajvCli) {
    const tiny = join(work, `models-small-${MODELS}`);
    const small10 = [];
    for (let k = 0; k < 20; k++) small10.push(toYaml(vanbanParse({ name: `s${k}.md`, format: 'markdown', text: generateProgramme({ seed: 900 + k, items: 10, format: 'markdown' }).text }).model));
    const tinyBytes = writeModels(tiny, MODELS, [], small10);
    const [ourTiny, cliTiny] = interleave([
      { name: 'vanban', run: () => runChild(NODE, [BIN, 'validate', '.', '--reporter', 'json'], { cwd: tiny, warm: tiny }) },
      { name: 'ajv-cli', run: () => runChild(NODE, [ajvCli, 'validate', '--spec=draft2020', '--strict=false', '-c', 'ajv-formats', '-s', schema, '-d', `${tiny}/*.yaml`], { cwd: ROOT, warm: tiny }) },
    ], Math.min(RUNS, 3), { warmup: false });
    row({ what: `vanban validate ${MODELS} small models (10 items each) vs ajv-cli`, size: fmtBytes(tinyBytes), median: `${fmtMs(ourTiny.ms)} vs ${fmtMs(cliTiny.ms)}`, ratio: `vanban ${(ourTiny.ms / cliTiny.ms).toFixed(2)} × ajv-cli`, target: 'vanban ≤ 1.0 × ajv-cli', met: yes(ourTiny.ms <= cliTiny.ms), rss: ourTiny.rss });
  }
  // Workers, when validate has --jobs. Memory is compared in one thread (a worker has a heap of its own).
  let oneThread = ours;
  if (/--jobs\b/.test(runChild(NODE, [BIN, 'validate', '--help']).stdout)) {
    const halves = halve(big);
    const [j1, j2, pair] = interleave([
      { name: '1 worker', run: () => runChild(NODE, [BIN, 'validate', '.', '--reporter', 'json', '--jobs', '1'], { cwd: big, warm: big }) },
      { name: '2 workers', run: () => runChild(NODE, [BIN, 'validate', '.', '--reporter', 'json', '--jobs', '2'], { cwd: big, warm: big }) },
      { name: 'two processes', run: () => runTogether(halves.map((h) => [NODE, BIN, 'validate', h, '--reporter', 'json', '--jobs', '1']), { warm: halves }) },
    ], Math.min(RUNS, 3), { warmup: false });
    figures.validateScale2 = j1.ms / j2.ms;
    oneThread = j1;
    figures.validateMs = j1.ms;
    figures.validateRss = j1.rss;
    row({ what: `vanban validate ${MODELS} models --jobs 1 → --jobs 2`, size: fmtBytes(bytes), median: `${fmtMs(j1.ms)} → ${fmtMs(j2.ms)}${cpuPair(j1, j2)}`, ratio: `${(j1.ms / j2.ms).toFixed(2)} × faster`, target: '≥ 1.7 ×', met: yes(j1.ms / j2.ms >= 1.7), rss: j2.rss });
    row(ceiling('validate', halves.length, j1, pair));
    // "Well under a second of work on one core": the whole run held to one core (taskset -c 0),
    // so that V8's compiler and collector threads share it too; its CPU time beside it.
    const tiny = join(work, `models-small-${MODELS}`);
    const [pinned, pinnedSmall] = interleave([
      { name: 'one core', run: () => runChild(NODE, [BIN, 'validate', '.', '--reporter', 'json', '--jobs', '1'], { cwd: big, oneCore: true, warm: big }) },
      ...(existsSync(tiny) ? [{ name: 'one core, small', run: () => runChild(NODE, [BIN, 'validate', '.', '--reporter', 'json', '--jobs', '1'], { cwd: tiny, oneCore: true, warm: tiny }) }] : []),
    ], Math.min(RUNS, 3), { warmup: false });
    const how = HAS_TASKSET ? 'taskset -c 0' : 'CPU time: no taskset here';
    const one = (r) => (HAS_TASKSET ? r.ms : r.cpu);
    if (one(pinned) !== undefined) {
      row({ what: `vanban validate ${MODELS} models, work on one core (${how}, --jobs 1)`, size: fmtBytes(bytes), median: fmtMs(one(pinned)), ratio: `${fmtMs(one(pinned) / MODELS)} per model${pinned.cpu !== undefined ? `; CPU ${fmtMs(pinned.cpu)}` : ''}`, target: '≤ 0.5 s (well under a second)', met: yes(one(pinned) <= 500), rss: pinned.rss });
      if (pinnedSmall) row({ what: `vanban validate ${MODELS} small models, work on one core (${how})`, size: '', median: fmtMs(one(pinnedSmall)), ratio: `${fmtMs(one(pinnedSmall) / MODELS)} per model`, target: '≤ 0.5 s (well under a second)', met: yes(one(pinnedSmall) <= 500), rss: pinnedSmall.rss });
    }
  } else {
    row({ what: `vanban validate ${MODELS} models --jobs 1 → --jobs 2`, size: fmtBytes(bytes), median: 'not available', ratio: '—', target: '≥ 1.7 ×', met: 'not available (no --jobs in vanban validate --help)' });
  }
  // In process, per model: what yaml + ajv alone cost once loaded (no start-up, no schema compile).
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  const check = ajv.compile(JSON.parse(readFileSync(schema, 'utf8')));
  const texts = readdirSync(big).slice(0, 200).map((f) => readFileSync(join(big, f), 'utf8'));
  const inproc = median(Array.from({ length: RUNS }, () => timeCall(() => { for (const t of texts) check(YAML.parse(t, { schema: 'core' })); }).ms)) / texts.length;
  figures.yamlAjvPerModel = inproc;
  row({ what: 'yaml + ajv in process, per model', size: fmtBytes(bytes / MODELS), median: fmtMs(inproc), ratio: `${fmtMs(base.ms / MODELS)} per model in the one-process run`, target: '', met: '' });
  if (HAS_TIME) {
    const growth = oneThread.rss / ourSmall.rss;
    row({ what: `vanban validate peak RSS, ${SMALL_MODELS} → ${MODELS} models (--jobs 1)`, size: '', median: `${fmtRss(ourSmall.rss)} → ${fmtRss(oneThread.rss)}`, ratio: `${growth.toFixed(2)} ×`, target: 'flat (≤ 1.25 ×)', met: yes(growth <= 1.25), rss: oneThread.rss });
    // Three times as many: what a growing heap does once the run is long enough for the
    // collector to settle, apart from the start of a short run.
    const many = join(work, `models-${3 * MODELS}`);
    writeModels(many, 3 * MODELS, corpus, generated);
    const [more, more2] = interleave([
      { name: 'vanban 3x', run: () => runChild(NODE, [BIN, 'validate', '.', '--reporter', 'json', '--jobs', '1'], { cwd: many, warm: many }) },
      { name: 'vanban 3x, 2 workers', run: () => runChild(NODE, [BIN, 'validate', '.', '--reporter', 'json', '--jobs', '2'], { cwd: many, warm: many }) },
    ], Math.min(RUNS, 3), { warmup: false });
    const growth3 = more.rss / oneThread.rss;
    row({ what: `vanban validate peak RSS, ${MODELS} → ${3 * MODELS} models (--jobs 1)`, size: '', median: `${fmtRss(oneThread.rss)} → ${fmtRss(more.rss)}`, ratio: `${growth3.toFixed(2)} ×`, target: 'flat (≤ 1.25 ×)', met: yes(growth3 <= 1.25), rss: more.rss });
    // A longer batch: each thread compiles the code it runs once, so that cost is spread thinner.
    row({ what: `vanban validate ${3 * MODELS} models --jobs 1 → --jobs 2`, size: '', median: `${fmtMs(more.ms)} → ${fmtMs(more2.ms)}${cpuPair(more, more2)}`, ratio: `${(more.ms / more2.ms).toFixed(2)} × faster`, target: '≥ 1.7 ×', met: yes(more.ms / more2.ms >= 1.7), rss: more2.rss });
    rmSync(many, { recursive: true, force: true });
  } else {
    row({ what: `vanban validate peak RSS, ${SMALL_MODELS} → ${MODELS} models`, size: '', median: 'not measured (no /usr/bin/time)', ratio: '—', target: 'flat (≤ 1.25 ×)', met: 'not measured' });
  }
}

// --- Report -------------------------------------------------------------------------------------

function table() {
  const head = ['what', 'size', 'median', 'ratio to baseline', 'target', 'met?', 'peak RSS'];
  const body = rows.map((r) => [r.what, r.size ?? '', r.median, r.ratio ?? '—', r.target ?? '', r.met ?? '', fmtRss(r.rss)]);
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((c) => `| ${c.map(esc).join(' | ')} |`)].join('\n');
}

function scaleOnPaper() {
  const DOCS = 500_000;
  const GB = 10;
  const mb = GB * 1000;
  const perDoc = (mb * 1e6) / DOCS;
  const rate = figures.corpusRate ?? figures.mdRate;
  const oneCore = mb / rate;
  const cores = cpus().length;
  const scale = figures.scale2 ?? 1;
  const machine = figures.scale2 ? oneCore / scale : oneCore;
  const validateOne = figures.validateMs / figures.models;
  const validateAll = (validateOne * DOCS) / 1000;
  const models = mb * figures.modelRatio;
  const h = (s) => (s >= 3600 ? `${(s / 3600).toFixed(1)} h` : s >= 60 ? `${(s / 60).toFixed(0)} min` : `${s.toFixed(0)} s`);
  return `## Scale on paper: a national corpus

About ${DOCS.toLocaleString('en')} documents, about ${GB} GB of Markdown and text (${fmtBytes(perDoc)} per document on
average; the shared corpus averages ${fmtBytes(figures.corpusAverage ?? 0)}), worked out from the figures measured above on this
${cores}-core machine:

- **Parse** at the measured ${rate.toFixed(2)} MB/s per core (the corpus Markdown row; the plain-text path ran at
  ${figures.textRate.toFixed(2)} MB/s): ${h(oneCore)} on one core. ${figures.scale2 ? (scale >= 1.1 ? `With --jobs 2 at the measured ${scale.toFixed(2)} × that is ${h(machine)} on this machine.` : `Two threads ran no faster than one here (${scale.toFixed(2)} ×)${figures.batchCpuShare ? `: one thread already kept ${figures.batchCpuShare.toFixed(1)} cores busy (CPU time over wall time), the second mostly with V8's optimising compiler, and every worker compiles the code it runs again (see the CPU times beside the --jobs rows)` : ''}, so ${h(oneCore)} on this machine too; machines with more cores are where more threads or processes pay.`) : `The CLI parses on one core today (no --jobs), so also ${h(oneCore)} on this machine; two workers would at best halve it to ${h(oneCore / 2)}.`}
  The command itself (reading, hashing, writing YAML) ran at ${figures.batchRate.toFixed(2)} MB/s on a folder of ${figures.batchFiles} files
  (${h(mb / figures.batchRate)} for the corpus). remark-parse alone ran at ${figures.remarkRate.toFixed(2)} MB/s on the same Markdown, ${(100 * figures.mdRate / figures.remarkRate).toFixed(0)}% of
  vanban's parse time: the work after the tokenizer and the tokenizer itself both matter (a faster
  tokenizer such as markdown-it, about 26 MB/s on this machine in an earlier measurement, not this script's, would only remove the second).
- **Models**: YAML is ${figures.modelRatio.toFixed(1)} × the size of its source on the corpus, about ${(models / 1000).toFixed(0)} GB for all of it.
- **Validate** at ${fmtMs(validateOne)} per model in a run of ${figures.models} in one thread (start-up included): ${h(validateAll)} for ${DOCS.toLocaleString('en')} models
  on one core${figures.validateRss ? `, in ${fmtRss(figures.validateRss)} peak for ${figures.models} models` : ''}.
- **Memory**: the CLI holds one document at a time; the largest generated programme (${fmtBytes(figures.largest.bytes)}, ${figures.largest.items.toLocaleString('en')} items,
  ${Math.round(figures.largest.bytes / perDoc)} × the average document) parsed in ${fmtRss(figures.largest.rss)} peak, so ${Math.floor(totalmem() / 2 ** 20 / Math.max(1, (figures.largest.rss ?? 0) / 1024))} such processes fit in this
  machine's memory: cores, not memory, limit a machine.
- **Diff**: ${rows.some((r) => r.exponent !== undefined) ? 'see the rows above; one diff per changed document.' : 'not built yet; once it is, only changed documents are diffed, which is a small share of a corpus in any week.'}

**Beyond one machine.** Every document is parsed and validated on its own, so the work shards by file
with no coordination: split the file list by hash of the path over N machines (or CI runners), each
runs \`vanban parse\` / \`vanban validate\` on its share, and the models are collected in one repository
or object store. At the measured rate, one day of one core parses ${(rate * 86400 / 1000).toFixed(0)} GB, so ${GB} GB in an hour takes about
${Math.ceil(oneCore / 3600)} cores. After the first pass only what changed needs work: \`source.sha256\` in each model says
whether its source changed, so a nightly run parses only the day's new and amended documents: a thousand of
them (${fmtBytes(1000 * perDoc)}) take ${h((1000 * perDoc) / 1e6 / rate)} on one core at the measured rate, and the full rebuild is kept for a new version of
the parser.
`;
}

function writeReport() {
  const cpu = cpus();
  const date = new Date().toISOString().slice(0, 10);
  const load1 = loadavg()[0];
  // The load at the end counts the benchmark's own runs on two threads: only the start tells of other work.
  const shared = opts.shared || load0 > 0.5;
  const slow = figures.node / IDLE_NODE_MS;
  return `# Benchmarks

Measured by \`npm run bench\` (\`scripts/bench/run.mjs\`${QUICK ? ', --quick' : ''}); every figure below comes from one run of it, with
each measurement and its baseline taken side by side (interleaved rounds, median of ${RUNS}${RUNS > 3 ? ', at most 3 for the slowest rows' : ''}).
Absolute times drift from run to run; the ratios are what the targets are about.

- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB
- Node ${process.version}, ${process.platform} ${process.arch}
- Date: ${date}
- Load average at start ${load0.toFixed(2)}, at end ${load1.toFixed(2)} (the end counts this benchmark's own runs on two threads)${shared ? ` — **the machine was shared** with other work during the run, which slows every row, the baselines included` : ''}
- \`node -e 0\` took ${fmtMs(figures.node)}${slow >= 1.2 ? `, ${slow.toFixed(1)} × the ≈ 47 ms the start-up targets were set against: the machine ran slower than that, every row with it, the baselines included` : ''}
- Peak RSS: ${HAS_TIME ? 'from /usr/bin/time (maximum resident set size) of each child process' : 'not measured (no /usr/bin/time)'}; "—" for rows measured in process.

## Results

${table()}

What the rows measure:

- **Start-up**: a child process each, from spawn to exit.
- **parse** rows: \`parseText\` from the build, in process, on the same files as remark-parse alone
  (with remark-gfm on files with a table) and a plain line split (the floor). vanban's own tokenizer
  is remark-parse with GFM's table, footnote, strikethrough and task-list extensions on files with a
  table, but not its autolink literals (a bare URL made a link changes no word); "work after the
  tokenizer" is vanban's time less that tokenizer's on the same files, as a share of remark's.
  Generated programmes come from \`scripts/bench/generate.mjs\` (seeded; Markdown with an appendix task
  table, and the same programme typed as plain text). The corpus is the ${corpusFiles().length} documents of the shared corpus.
- **vanban parse folder**: the CLI on a folder of generated programmes, writing YAML.
- **validate**: ${MODELS} models (the corpus models and generated ones, repeated under new names) in a temporary folder;
  \`vanban validate .\` (schema, positions, lint rules, JSON report) against a process that only
  reads each file, parses it with \`yaml\` and validates it with \`ajv\` (\`scripts/bench/yaml-ajv.mjs\`), and against \`ajv-cli\`.
- **--jobs N** counts this thread: \`--jobs 2\` is the main thread and one worker thread, taking files from one queue.
- **ceiling** rows: two \`--jobs 1\` processes started together, each on half of the same files (alternate files, in folders of their own),
  timed until both end. They share nothing and hand nothing over, so no split of the batch over two threads can beat them on this
  machine: where they are far from 2 ×, it is because one vanban process already keeps more than one core busy (V8 compiles and
  collects on threads of its own), and that is what the --jobs rows come up against.
- **peak RSS** rows: the same mix of models, 100, 1,000 and 3,000 of them, in one thread. Only findings are kept
  until the report; what grows besides is V8's young generation, which \`validate\` holds at 2 × 4 MiB once it has
  grown that far (\`src/cli/heap.ts\`).
- **diff**: \`scripts/bench/diff.mjs\`, two versions of a generated programme.

${notes.map((n) => `- ${n}`).join('\n')}

${scaleOnPaper()}`;
}

// --- Main -------------------------------------------------------------------------------------

try {
  startup();
  parseRows();
  batchRows();
  validateRows();
  rows.push(...(await benchDiff({ root: ROOT, parse: (text) => parseText(text, { file: 'g.md', format: 'markdown', sha256: '0'.repeat(64) }).model, runs: RUNS, sizes: QUICK ? [500, 1000, 2000] : undefined })));
  const report = writeReport();
  writeFileSync(opts.out, report);
  console.log(table());
  say(`\nwrote ${opts.out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
