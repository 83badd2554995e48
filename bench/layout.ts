/**
 * Nested layout timings in Node (run by scripts/bench.mjs through tsx; prints one JSON object).
 *
 * `cold`: the first `layoutNested` of the process, which loads elkjs (the CLI's `import aws` pays
 * this once); the script is meant to be started several times and the colds taken together.
 * `warm`: median (min–max) of repeated runs after warm-up, at each size, and the dagre `autoLayout`
 * on the same design for comparison.
 *
 * Usage: node --expose-gc --import tsx bench/layout.ts [sizes=100,2000,5000] [reps=5]
 */
import { generateDesign } from '../src/testing/generate.ts';
import { layoutNested } from '../src/layout/nested.ts';
import { autoLayout } from '../src/layout/layout.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const sizes = (process.argv[2] ?? '100,2000,5000').split(',').map(Number);
const reps = Number(process.argv[3] ?? 5);

function stat(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
    min: s[0]!,
    max: s[s.length - 1]!,
    runs: s.length,
  };
}

const designs = sizes.map((n) => generateDesign({ resources: n, seed: 1 }));
const vpcs = (i: number) => designs[i]!.resources.filter((r) => r.kind === 'vpc').length;
// The cold run: the largest design but one (the 2,000 of the target), first in the process.
const coldIndex = Math.max(0, sizes.indexOf(2000));
gc();
let t = performance.now();
await layoutNested(designs[coldIndex]!);
const cold = { resources: designs[coldIndex]!.resources.length, vpcs: vpcs(coldIndex), ms: performance.now() - t };

const results = [];
for (const [i, d] of designs.entries()) {
  const nested: number[] = [];
  const dagre: number[] = [];
  for (let k = 0; k < reps + 2; k++) {
    gc();
    t = performance.now();
    await layoutNested(d);
    if (k >= 2) nested.push(performance.now() - t);
    gc();
    t = performance.now();
    autoLayout(d);
    if (k >= 2) dagre.push(performance.now() - t);
  }
  results.push({ resources: d.resources.length, vpcs: vpcs(i), nested: stat(nested), dagre: stat(dagre) });
}
console.log(JSON.stringify({ cold, results }));
