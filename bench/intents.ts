/**
 * Intent timings in Node (run by scripts/bench.mjs through tsx, or `BENCH_ONLY=intents npm run
 * bench`; prints one JSON object). At each size, on `generateDesign({ resources: N, seed: 1 })`:
 *
 * - "after one edit": an SG rule's port changes (`updateResource`), the incremental validator
 *   builds the new snapshot's context from the previous one (as the app does,
 *   src/store/analysis.ts), then every intent is evaluated on it: the three starter intents plus
 *   two of the design's own (the web tier only to the app tier on its port; nothing from the
 *   internet to any database). The context's build is timed apart, as the validator pays it anyway.
 * - the same number of single `analyzeReachability` calls as the intents check endpoint pairs
 *   (one packet each), on the same warm context: what one query per pair costs, beside exhaustiveness.
 *
 * Usage: node --expose-gc --import tsx bench/intents.ts [sizes=100,1000] [reps]
 */
import { generateDesign } from '../src/testing/generate.ts';
import { analyzeInContext } from '../src/validation/reachability/analyze.ts';
import { createIncrementalValidator } from '../src/validation/index.ts';
import { allIntents, evaluateIntents, endpointsOf, resolveSet } from '../src/validation/intents/index.ts';
import { endpointKey } from '../src/validation/matrix/index.ts';
import { indexDesign, type Design, type Intent, type SecurityGroup } from '../src/model/index.ts';
import { updateResource } from '../src/model/ops.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

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

function withOwnIntents(d: Design): Design {
  const own: Intent[] = [
    {
      id: 'intent-web-app',
      name: 'Only the web tier reaches the app tier, on 8080',
      from: { type: 'name', pattern: 'web-*' },
      to: { type: 'name', pattern: 'app-*' },
      expect: { type: 'only', ports: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080 }] },
      enabled: true,
    },
    {
      id: 'intent-no-db',
      name: 'Nothing from the internet reaches a database',
      from: { type: 'internet' },
      to: { type: 'kind', kind: 'rds' },
      expect: { type: 'never' },
      enabled: true,
    },
  ];
  return { ...d, intents: own };
}

function measure(n: number, reps: number) {
  const base = withOwnIntents(generateDesign({ resources: n, seed: 1 }));
  const sg = indexDesign(base)
    .ofKind('securityGroup')
    .find((s) => s.name.endsWith('-app-sg') && s.ingress.length)!;
  const edit = (d: Design, k: number): Design => {
    const cur = d.resources.find((r) => r.id === sg.id) as SecurityGroup;
    const [first, ...rest] = cur.ingress;
    const port = k % 2 ? 8081 : 8080;
    return updateResource<SecurityGroup>(d, sg.id, { ingress: [{ ...first!, fromPort: port, toPort: port }, ...rest] });
  };
  const validator = createIncrementalValidator();
  let d = base;
  validator.validate(d);
  const context: number[] = [];
  const intents: number[] = [];
  const single: number[] = [];
  let pairs = 0;
  let statuses: string[] = [];
  const warm = 2;
  for (let k = 0; k < reps + warm; k++) {
    d = edit(d, k);
    gc();
    let t = performance.now();
    validator.validate(d);
    const ctx = validator.context(d)!;
    const tc = performance.now() - t;
    t = performance.now();
    const results = evaluateIntents(ctx);
    const ti = performance.now() - t;
    pairs = results.reduce((a, r) => a + r.pairs, 0);
    statuses = results.map((r) => `${r.intent.id}:${r.status}`);
    // One analyzeReachability per pair the intents checked (tcp 443), on the same context.
    const qs: { from: string; to: string }[] = [];
    for (const it of allIntents(d)) {
      const from = endpointsOf(resolveSet(ctx, it.from));
      const to = endpointsOf(resolveSet(ctx, it.to));
      for (const s of from)
        for (const e of to) {
          if (endpointKey(s) === endpointKey(e) || (s.kind !== 'resource' && e.kind !== 'resource')) continue;
          qs.push({ from: endpointKey(s), to: endpointKey(e) });
        }
    }
    t = performance.now();
    for (const q of qs) analyzeInContext(ctx, { ...q, protocol: 'tcp', port: 443 });
    const ts = performance.now() - t;
    if (k >= warm) {
      context.push(tc);
      intents.push(ti);
      single.push(ts);
    }
  }
  return {
    resources: n,
    pairs,
    statuses,
    context: stat(context),
    intents: stat(intents),
    singleQueries: stat(single),
  };
}

const sizes = (process.argv[2] ?? '100,1000').split(',').map(Number);
const reps = Number(process.argv[3] ?? 0) || 7;
console.log(JSON.stringify(sizes.map((n) => measure(n, reps))));
