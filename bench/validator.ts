/**
 * Validator timings in Node (run by scripts/bench.mjs through tsx; prints one JSON object).
 *
 * For each size: full `validate` on a new snapshot (its context is rebuilt, as after any edit);
 * one edit (an SG rule's port changes through `updateResource`) then `validate` of the new design;
 * the same edit through `buildContext` + `runRules` with only the rules an SG edit can change; and
 * 100 `analyzeReachability` queries on a new snapshot (the first one builds the context, as the
 * app's flow analysis does after an edit), plus the same 100 on a warm context.
 *
 * Usage: node --expose-gc --import tsx bench/validator.ts [sizes=100,1000,5000] [reps]
 */
import { generateDesign } from '../src/testing/generate.ts';
import { analyzeReachability, buildContext, RULES, runRules, validate, type ReachQuery } from '../src/validation/index.ts';
import { indexDesign, type Design, type SecurityGroup } from '../src/model/index.ts';
import { updateResource } from '../src/model/ops.ts';

interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, runs: s.length };
}

/** Time `fn` `reps` times after `warm` untimed runs; `setup` (untimed) prepares each run's input. */
function time<T>(reps: number, warm: number, setup: () => T, fn: (x: T) => unknown): Stat {
  const out: number[] = [];
  for (let i = 0; i < warm + reps; i++) {
    const x = setup();
    if (i % 10 === 0) gc();
    const t = performance.now();
    fn(x);
    const dt = performance.now() - t;
    if (i >= warm) out.push(dt);
  }
  return stat(out);
}

/** An SG edit: the app group's first ingress rule gets another port (alternating, so every edit is a change). */
function editOneRule(d: Design, sg: SecurityGroup, n: number): Design {
  const [first, ...rest] = sg.ingress;
  const port = n % 2 ? 8081 : 8080;
  return updateResource<SecurityGroup>(d, sg.id, { ingress: [{ ...first!, fromPort: port, toPort: port }, ...rest] });
}

function queries(d: Design, count: number): ReachQuery[] {
  const index = indexDesign(d);
  const out: ReachQuery[] = d.flows.map((f) => ({ from: f.from, to: f.to, protocol: f.protocol, port: f.port }));
  const inst = index.ofKind('instance');
  const dbs = index.ofKind('rds');
  const albs = index.ofKind('loadBalancer');
  const ports = [22, 80, 443, 5432, 3306, 8080, 6379];
  let k = 0;
  while (out.length < count) {
    const a = inst[(k * 7919) % inst.length]!;
    const kind = k % 4;
    const to =
      kind === 0 ? dbs[k % dbs.length]!.id : kind === 1 ? inst[(k * 104729 + 13) % inst.length]!.id : kind === 2 ? albs[k % albs.length]!.id : a.id;
    const from = kind === 3 ? 'internet' : a.id;
    out.push({ from, to, protocol: 'tcp', port: ports[k % ports.length]! });
    k++;
  }
  return out.slice(0, count);
}

const SG_RULES = RULES.filter((r) => r.id.startsWith('SG-') || r.id === 'REACH-003' || r.id === 'TOP-002');

const sizes = (process.argv[2] ?? '100,1000,5000').split(',').map(Number);
const repsArg = Number(process.argv[3] ?? 0);
const results: Record<string, unknown>[] = [];
for (const n of sizes) {
  const d = generateDesign({ resources: n, seed: 1 });
  const reps = repsArg || (n >= 5000 ? 15 : n >= 1000 ? 40 : 60);
  const warm = Math.max(3, Math.round(reps / 4));
  const sg = indexDesign(d).ofKind('securityGroup').find((s) => s.name.endsWith('-app-sg'))!;
  const q = queries(d, 100);
  const findings = validate(d);

  const full = time(reps, warm, () => ({ ...d }), (x) => validate(x));

  // One edit after the previous design was validated (its context is cached, as in the app).
  let current = d;
  let n2 = 0;
  const edit = time(
    reps,
    warm,
    () => {
      validate(current);
      return current;
    },
    (prev) => {
      current = editOneRule(prev, sg, ++n2);
      validate(current);
    },
  );
  current = d;
  const editRunRules = time(
    reps,
    warm,
    () => current,
    (prev) => {
      current = editOneRule(prev, sg, ++n2);
      runRules(buildContext(current), SG_RULES);
    },
  );
  const contextOnly = time(reps, warm, () => ({ ...d }), (x) => buildContext(x));
  const reach = time(reps, warm, () => ({ ...d }), (x) => {
    for (const query of q) analyzeReachability(x, query);
  });
  const reachWarm = time(
    reps,
    warm,
    () => {
      const x = { ...d };
      analyzeReachability(x, q[0]!);
      return x;
    },
    (x) => {
      for (const query of q) analyzeReachability(x, query);
    },
  );

  // Where the full validation spends its time: each rule alone on a warm context.
  const ctx = buildContext(d);
  const perRule = RULES.map((r) => ({ rule: r.id, ...time(Math.min(reps, 20), 3, () => ctx, (c) => r.check(c)) }))
    .sort((a, b) => b.median - a.median)
    .slice(0, 6);

  results.push({
    resources: d.resources.length,
    flows: d.flows.length,
    findings: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    full,
    edit,
    editRunRules,
    editRunRulesRules: SG_RULES.map((r) => r.id),
    contextOnly,
    reach,
    reachWarm,
    perRule,
  });
}
process.stdout.write(JSON.stringify({ node: process.version, results }));
