/**
 * The access matrix and the intents after one edit, per kind of edit, in Node (run by
 * scripts/bench.mjs through tsx, `BENCH_ONLY=intents npm run bench`; prints one JSON array).
 *
 * At each size, on `generateDesign({ resources: N, seed: 1 })` with the three starter intents and
 * two of the design's own (the web tier only to the app tier on its port; nothing from the
 * internet to any database), for each kind of edit (a security group's rule, a NACL's rule, a
 * route, a subnet's block, a security group attached to an instance, an instance added, a
 * rename), repeated: the edit is made (model/ops.ts), the incremental validator builds the new
 * snapshot's context from the previous one (as the app does, src/store/analysis.ts; timed apart,
 * as the validator pays it anyway), then
 *
 * - `matrix`: the full access matrix on it (its class results kept across edits, classCache.ts);
 * - `intents`: every intent evaluated on it, in a pass of its own (as in the app's intents worker);
 * - `both`: the matrix and then the intents on one context (one cache for both);
 * - `scratch`: the matrix and the intents with nothing kept (resetClassCache first): what every
 *   edit but a security group rule's cost before results were kept for every kind (A/B, one run).
 *
 * Beside them, for the security group edit, the same number of single `analyzeReachability` calls
 * as the intents check endpoint pairs (one packet each), on the same warm context.
 *
 * Usage: node --expose-gc --import tsx bench/intents.ts [sizes=100,1000] [reps=5] [kinds|all] [modes]
 * (kinds: sg-rule,nacl-rule,…; modes: matrix,intents,both,scratch)
 */
import { generateDesign } from '../src/testing/generate.ts';
import { analyzeInContext } from '../src/validation/reachability/analyze.ts';
import { createIncrementalValidator, type ValidationContext } from '../src/validation/index.ts';
import { allIntents, evaluateIntents, endpointsOf, resolveSet } from '../src/validation/intents/index.ts';
import { accessMatrix, endpointKey } from '../src/validation/matrix/index.ts';
import { resetClassCache } from '../src/validation/matrix/classCache.ts';
import type { Design, Instance, Intent, NetworkAcl, RouteTable, SecurityGroup, Subnet } from '../src/model/index.ts';
import { addResource, updateResource } from '../src/model/ops.ts';

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

type EditFn = (d: Design, k: number) => Design;

const get = <R,>(d: Design, id: string) => d.resources.find((r) => r.id === id) as R;

/** The edits, each on a resource of the design's first VPC that holds app instances. */
function editsOf(base: Design): Record<string, EditFn> {
  const of = <R,>(kind: string) => base.resources.filter((r) => r.kind === kind) as R[];
  const sg = of<SecurityGroup>('securityGroup').find((s) => s.name.endsWith('-app-sg') && s.ingress.length)!;
  const inst = of<Instance>('instance').find((i) => i.name.startsWith('app-') && i.securityGroupIds.includes(sg.id))!;
  const cache = of<SecurityGroup>('securityGroup').find((s) => s.name.endsWith('-cache-sg') && s.parent === sg.parent)!;
  const subnet = get<Subnet>(base, inst.parent!);
  const acl = of<NetworkAcl>('nacl').find((a) => a.subnetIds.length && a.rules.length)!;
  const table = of<RouteTable>('routeTable').find((t) => t.subnetIds.includes(subnet.id))!;
  const [net, bits] = subnet.cidr.split('/');
  return {
    'sg-rule': (d, k) => {
      const cur = get<SecurityGroup>(d, sg.id);
      const [first, ...rest] = cur.ingress;
      const port = k % 2 ? 8081 : 8080;
      return updateResource<SecurityGroup>(d, sg.id, { ingress: [{ ...first!, fromPort: port, toPort: port }, ...rest] });
    },
    'nacl-rule': (d, k) => {
      const cur = get<NetworkAcl>(d, acl.id);
      const rules = cur.rules.filter((r) => r.id !== 'nr-bench');
      if (k % 2 === 0)
        rules.push({ id: 'nr-bench', number: 5, direction: 'inbound', action: 'deny', protocol: 'tcp', fromPort: 23, toPort: 23, cidr: '0.0.0.0/0' });
      return updateResource<NetworkAcl>(d, acl.id, { rules });
    },
    route: (d, k) => {
      const cur = get<RouteTable>(d, table.id);
      const routes = cur.routes.filter((r) => r.id !== 'r-bench');
      if (k % 2 === 0) routes.push({ id: 'r-bench', destination: '192.0.2.0/24', target: routes[routes.length - 1]!.target });
      return updateResource<RouteTable>(d, table.id, { routes });
    },
    'subnet-cidr': (d, k) =>
      updateResource<Subnet>(d, subnet.id, { cidr: `${net}/${k % 2 ? bits : Number(bits) + 1}` }),
    'sg-attach': (d, k) =>
      updateResource<Instance>(d, inst.id, { securityGroupIds: k % 2 ? [sg.id] : [sg.id, cache.id] }),
    'add-instance': (d, k) =>
      addResource(d, { ...inst, id: `i-bench-${k}`, name: `app-bench-${k}`, privateIp: null } as Instance),
    rename: (d, k) => updateResource<Instance>(d, inst.id, { name: `app-renamed-${k}` }),
  };
}

type Mode = 'matrix' | 'intents' | 'both' | 'scratch';

/** One pass: `reps` edits of one kind, each timed in `mode`; statuses and pairs of the last. */
function pass(base: Design, edit: EditFn, mode: Mode, reps: number) {
  resetClassCache();
  const validator = createIncrementalValidator();
  let d = base;
  validator.validate(d);
  const work = (ctx: ValidationContext) => {
    if (mode === 'scratch') resetClassCache();
    const m = mode === 'intents' ? null : accessMatrix(ctx);
    const r = mode === 'matrix' ? null : evaluateIntents(ctx);
    return { m, r };
  };
  work(validator.context(d)!);
  const context: number[] = [];
  const times: number[] = [];
  let last: ReturnType<typeof work> | undefined;
  let ctx: ValidationContext | undefined;
  const warm = 1;
  for (let k = 0; k < reps + warm; k++) {
    d = edit(d, k);
    gc();
    let t = performance.now();
    validator.validate(d);
    ctx = validator.context(d)!;
    const tc = performance.now() - t;
    t = performance.now();
    last = work(ctx);
    const tw = performance.now() - t;
    if (k >= warm) {
      context.push(tc);
      times.push(tw);
    }
  }
  return { context: stat(context), time: stat(times), last: last!, ctx: ctx!, design: d };
}

/** One analyzeReachability per pair the intents check (tcp 443), on a warm context. */
function singleQueries(ctx: ValidationContext, d: Design, reps: number) {
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
  const out: number[] = [];
  for (let k = 0; k < reps; k++) {
    gc();
    const t = performance.now();
    for (const q of qs) analyzeInContext(ctx, { ...q, protocol: 'tcp', port: 443 });
    out.push(performance.now() - t);
  }
  return { pairs: qs.length, time: stat(out) };
}

function measure(n: number, reps: number, kinds: readonly string[] | null, modes: readonly Mode[]) {
  const base = withOwnIntents(generateDesign({ resources: n, seed: 1 }));
  const all = editsOf(base);
  const edits: Record<string, unknown> = {};
  let pairs = 0;
  let statuses: string[] = [];
  let single: ReturnType<typeof singleQueries> | undefined;
  for (const [kind, edit] of Object.entries(all)) {
    if (kinds && !kinds.includes(kind)) continue;
    const row: Record<string, unknown> = {};
    for (const mode of modes) {
      const p = pass(base, edit, mode, mode === 'scratch' ? Math.min(reps, 3) : reps);
      row[mode] = p.time;
      if (mode === 'both' || (mode === modes[modes.length - 1] && row.cells === undefined)) {
        row.context = p.context;
        row.cells = p.last.m?.cells.length;
        if (p.last.r) {
          pairs = p.last.r.reduce((a, r) => a + r.pairs, 0);
          statuses = p.last.r.map((r) => `${r.intent.id}:${r.status}`);
        }
        if (kind === 'sg-rule') single = singleQueries(p.ctx, p.design, Math.min(reps, 3));
      }
    }
    edits[kind] = row;
    process.stderr.write(
      `${n} ${kind}: ${modes.map((m) => `${m} ${(row[m] as { median: number }).median.toFixed(1)} ms`).join(', ')}\n`,
    );
  }
  return { resources: n, pairs, statuses, edits, singleQueries: single };
}

const sizes = (process.argv[2] ?? '100,1000').split(',').map(Number);
const reps = Number(process.argv[3] ?? 0) || 5;
const kinds = process.argv[4] && process.argv[4] !== 'all' ? process.argv[4].split(',') : null;
const modes = (process.argv[5] ?? 'matrix,intents,both,scratch').split(',') as Mode[];
console.log(JSON.stringify(sizes.map((n) => measure(n, reps, kinds, modes))));
