/**
 * Write the benchmark designs as saved files: bench/out/design-<n>.json (scripts/bench.mjs).
 * Usage: node --import tsx bench/designs.ts <outDir> 500,1000,5000
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDesign } from '../src/testing/generate.ts';
import { serializeDesign } from '../src/io/json/write.ts';

const outDir = process.argv[2] ?? 'bench/out';
const sizes = (process.argv[3] ?? '500,1000,5000').split(',').map(Number);
mkdirSync(outDir, { recursive: true });
for (const n of sizes) {
  const d = generateDesign({ resources: n, seed: 1, name: `Benchmark ${n}` });
  writeFileSync(join(outDir, `design-${n}.json`), serializeDesign(d));
}
