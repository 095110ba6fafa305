#!/usr/bin/env node
// A run of vanban is short: V8 spends as much time optimising its code as running it. A smaller
// inlining budget makes each optimisation cheaper (about a quarter less CPU for `vanban validate`
// of 1,000 models, as fast or faster in wall time; see BENCHMARKS.md). Set before any code is hot.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
const { main } = await import('../dist/bundle/main.js');
process.exitCode = await main({ argv: process.argv.slice(2) });
