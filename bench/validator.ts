/**
 * Validator timings in Node (run by scripts/bench.mjs through tsx; prints one JSON object).
 *
 * For each size: full `validate` on a new snapshot (its context is rebuilt from scratch);
 * one edit (an SG rule's port changes through `updateResource`) then the incremental validator the
 * app uses (src/store/analysis.ts: the previous design was validated, the edit's design is
 * validated from it); the same edit then the stateless `validate` (what the app did before);
 * other one-field edits through the incremental validator; `buildContext` alone; and
 * 100 `analyzeReachability` queries on a new snapshot (the first one builds the context, as the
 * app's flow analysis does after an edit), plus the same 100 on a warm context.
 *
 * Usage: node --expose-gc --import tsx bench/validator.ts [sizes=100,1000,5000] [reps]
 */
import { generateDesign } from '../src/testing/generate.ts';
import {
  analyzeReachability,
  buildContext,
  createIncrementalValidator,
  RULES,
  validate,
  type ReachQuery,
} from '../src/validation/index.ts';
import {
  indexDesign,
  type Design,
  type Instance,
  type NetworkAcl,
  type Resource,
  type RouteTable,
  type SecurityGroup,
  type Subnet,
} from '../src/model/index.ts';
import { addResource, removeResources, updateResource } from '../src/model/ops.ts';

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

/** Other one-step edits an inspector or a drop makes, each alternating between two states. */
function otherEdits(d: Design): Record<string, (d: Design, n: number) => Design> {
  const index = indexDesign(d);
  const acl = index.ofKind('nacl').find((a) => a.name.endsWith('-public-acl'))!;
  const subnet = index.ofKind('subnet').find((s) => s.name.startsWith('data-'))!;
  const rt = index.ofKind('routeTable').find((t) => t.name.includes('-private-rtb-'))!;
  const nats = index.ofKind('nat').filter((n) => index.vpcOf(n.id)?.id === index.vpcOf(rt.id)?.id);
  const inst = index.ofKind('instance').find((i) => i.name === 'app-002')!;
  const cache = index
    .ofKind('securityGroup')
    .find((s) => s.name.endsWith('-cache-sg') && s.parent === index.vpcOf(inst.id)?.id)!;
  const get = <R extends Resource>(x: Design, id: string) => x.resources.find((r) => r.id === id) as R;
  return {
    naclRule: (x, n) => {
      const [first, ...rest] = get<NetworkAcl>(x, acl.id).rules;
      return updateResource<NetworkAcl>(x, acl.id, {
        rules: [{ ...first!, fromPort: n % 2 ? 23 : 22, toPort: n % 2 ? 23 : 22 }, ...rest],
      });
    },
    subnetCidr: (x, n) =>
      updateResource<Subnet>(x, subnet.id, { cidr: n % 2 ? subnet.cidr.replace('/24', '/25') : subnet.cidr }),
    routeTarget: (x, n) => {
      const routes = get<RouteTable>(x, rt.id).routes.map((r) =>
        r.destination === '0.0.0.0/0' ? { ...r, target: nats[n % nats.length]!.id } : r,
      );
      return updateResource<RouteTable>(x, rt.id, { routes });
    },
    attachSg: (x, n) =>
      updateResource<Instance>(x, inst.id, {
        securityGroupIds: n % 2 ? [...inst.securityGroupIds, cache.id] : inst.securityGroupIds,
      }),
    rename: (x, n) => updateResource(x, inst.id, { name: `app-${n}` }),
    addInstance: (x, n) =>
      n % 2
        ? addResource(x, { ...inst, id: 'i-bench-new', name: 'new', privateIp: null })
        : removeResources(x, ['i-bench-new']),
  };
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
      kind === 0
        ? dbs[k % dbs.length]!.id
        : kind === 1
          ? inst[(k * 104729 + 13) % inst.length]!.id
          : kind === 2
            ? albs[k % albs.length]!.id
            : a.id;
    const from = kind === 3 ? 'internet' : a.id;
    out.push({ from, to, protocol: 'tcp', port: ports[k % ports.length]! });
    k++;
  }
  return out.slice(0, count);
}

const sizes = (process.argv[2] ?? '100,1000,5000').split(',').map(Number);
const repsArg = Number(process.argv[3] ?? 0);
const results: Record<string, unknown>[] = [];
for (const n of sizes) {
  const d = generateDesign({ resources: n, seed: 1, loadBalancing: true, transit: true });
  const reps = repsArg || (n >= 5000 ? 15 : n >= 1000 ? 40 : 60);
  // As many untimed runs as timed ones: the first timing of a size would otherwise include V8 still
  // optimising the rules for that size (full validate read 5 ms where the same work timed later, as
  // "stateless validate" after an edit, read under 2 ms).
  const warm = Math.max(3, reps);
  const sg = indexDesign(d)
    .ofKind('securityGroup')
    .find((s) => s.name.endsWith('-app-sg'))!;
  const q = queries(d, 100);
  const findings = validate(d);

  const full = time(
    reps,
    warm,
    () => ({ ...d }),
    (x) => validate(x),
  );

  // One edit after the previous design was validated, as in the app: the incremental validator
  // of src/store/analysis.ts holds the previous design, then validates the edit's design.
  const v = createIncrementalValidator();
  let current = d;
  v.validate(current);
  let n2 = 0;
  const edit = time(
    reps,
    warm,
    () => current,
    (prev) => {
      current = editOneRule(prev, sg, ++n2);
      v.validate(current);
    },
  );
  const editRerun = v.last.rerun;
  if (JSON.stringify(v.validate(current)) !== JSON.stringify(validate({ ...current })))
    throw new Error('incremental findings differ from validate');
  // The same edit, then the stateless `validate` (a full run on the new snapshot).
  current = d;
  const editStateless = time(
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
  // Other one-step edits through the incremental validator.
  const editKinds: Record<string, Stat & { rerun: number }> = {};
  for (const [name, apply] of Object.entries(otherEdits(d))) {
    const w = createIncrementalValidator();
    let cur = d;
    w.validate(cur);
    let k = 0;
    const st = time(
      reps,
      warm,
      () => cur,
      (prev) => {
        cur = apply(prev, ++k);
        w.validate(cur);
      },
    );
    editKinds[name] = { ...st, rerun: w.last.rerun.length };
  }
  const contextOnly = time(
    reps,
    warm,
    () => ({ ...d }),
    (x) => buildContext(x),
  );
  const reach = time(
    reps,
    warm,
    () => ({ ...d }),
    (x) => {
      for (const query of q) analyzeReachability(x, query);
    },
  );
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
  const perRule = RULES.map((r) => ({
    rule: r.id,
    ...time(
      Math.min(reps, 20),
      3,
      () => ctx,
      (c) => r.check(c),
    ),
  }))
    .sort((a, b) => b.median - a.median)
    .slice(0, 6);

  results.push({
    resources: d.resources.length,
    flows: d.flows.length,
    findings: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    full,
    edit,
    editRerun,
    editStateless,
    editKinds,
    contextOnly,
    reach,
    reachWarm,
    perRule,
  });
}
process.stdout.write(JSON.stringify({ node: process.version, results }));
