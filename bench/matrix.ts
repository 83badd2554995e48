/**
 * Access matrix timings in Node (run by scripts/bench.mjs through tsx; prints one JSON object).
 *
 * At ~1,000 resources (src/testing/generate.ts): the full matrix of a design just opened (its
 * context built from scratch and nothing kept from an earlier snapshot: resetClassCache), side by
 * side with as many single `analyzeReachability` calls (tcp 443) as the matrix has cells, on a warm
 * context, so the ratio shows what exhaustiveness costs; the matrix again after one edit (an SG
 * rule's port changes, the results it cannot touch kept; bench/intents.ts has every kind of edit);
 * the diff of the design against the edited one, from scratch (two designs just opened); and the
 * diff of two unrelated designs (seeds 1 and 2), from scratch.
 * Times are CPU-bound and single-threaded; medians.
 *
 * Usage: node --expose-gc --import tsx bench/matrix.ts [resources=1000] [reps=5]
 */
import { generateDesign } from '../src/testing/generate.ts';
import { analyzeInContext, buildContext } from '../src/validation/index.ts';
import { accessMatrix, defaultEndpoints, diffAccess } from '../src/validation/matrix/index.ts';
import type { Design, SecurityGroup } from '../src/model/index.ts';
import { resetClassCache } from '../src/validation/matrix/classCache.ts';
import { updateResource } from '../src/model/ops.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(reps: number, fn: (i: number) => unknown): { median: number; runs: number } {
  const out: number[] = [];
  for (let i = 0; i < reps + 1; i++) {
    gc();
    const t = performance.now();
    fn(i);
    if (i > 0) out.push(performance.now() - t);
  }
  return { median: median(out), runs: out.length };
}

const n = Number(process.argv[2] ?? 1000);
const reps = Number(process.argv[3] ?? 5);
const design = generateDesign({ resources: n, seed: 1 });
const fresh = (): Design => ({ ...design, resources: [...design.resources] });
const ctx0 = buildContext(design);
const endpoints = defaultEndpoints(ctx0);
const cells = endpoints.length * (endpoints.length - 1);

const sg = design.resources.find(
  (r) => r.kind === 'securityGroup' && (r as SecurityGroup).ingress.length,
) as SecurityGroup;
const edited = (i: number) =>
  updateResource<SecurityGroup>(design, sg.id, {
    ingress: [{ ...sg.ingress[0]!, fromPort: 9000 + i, toPort: 9000 + i }, ...sg.ingress.slice(1)],
  });

const full = time(reps, () => {
  resetClassCache();
  accessMatrix(fresh());
});
process.stderr.write(`matrix: ${full.median.toFixed(0)} ms\n`);
// The same number of single point queries, on a warm context (the cheapest way to ask them).
const ids = endpoints.map((e) => (e.kind === 'resource' ? e.id : 'internet'));
const single = time(Math.max(1, Math.min(reps, 3)), () => {
  const ctx = buildContext(design);
  for (const a of ids)
    for (const b of ids) if (a !== b) analyzeInContext(ctx, { from: a, to: b, protocol: 'tcp', port: 443 });
});
accessMatrix(fresh());
const afterEdit = time(reps, (i) => accessMatrix(edited(i)));
const diff = time(Math.max(1, Math.min(reps, 3)), (i) => {
  resetClassCache();
  diffAccess(fresh(), edited(i));
});

// Two unrelated designs (seed 1 against seed 2), both just opened: two full matrices and the diff.
const other = generateDesign({ resources: n, seed: 2 });
let unrelatedMatched = 0;
let unrelatedCells = 0;
const unrelated = time(Math.max(1, Math.min(reps, 3)), () => {
  resetClassCache();
  const d = diffAccess(fresh(), { ...other, resources: [...other.resources] });
  unrelatedMatched = d.matched.length;
  unrelatedCells = d.cells.length;
});
process.stderr.write(`diff of unrelated designs: ${unrelated.median.toFixed(0)} ms\n`);

console.log(
  JSON.stringify({
    resources: design.resources.length,
    endpoints: endpoints.length,
    cells,
    matrixMs: full.median,
    singleQueriesMs: single.median,
    afterEditMs: afterEdit.median,
    diffMs: diff.median,
    diffUnrelatedMs: unrelated.median,
    // Endpoints matched by id or name (only those are compared) and the cells that differ.
    diffUnrelatedMatched: unrelatedMatched,
    diffUnrelatedCells: unrelatedCells,
    runs: full.runs,
  }),
);
