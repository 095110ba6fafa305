#!/usr/bin/env node
// A run of vanban is short: V8 spends about as long optimising its code as running it. A smaller
// inlining budget makes each optimisation cheaper, and a larger interrupt budget keeps the
// optimising compiler for the code that stays hot (together about a quarter less CPU for
// `vanban validate` of 1,000 models and for `vanban parse` of a folder, as fast or faster in
// wall time; see BENCHMARKS.md). Set before any code of vanban's has run.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--max-inlined-bytecode-size-cumulative=100 --interrupt-budget=200000');
const { main } = await import('../dist/bundle/main.js');
process.exitCode = await main({ argv: process.argv.slice(2) });
