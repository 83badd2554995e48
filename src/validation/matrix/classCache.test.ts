/**
 * Class results kept across contexts (classCache.ts): after every step of random edit sequences
 * (the app's edits, testing/edits.ts, mixed with the common edits whose untouched results are
 * kept: a security group's rule, a NACL's rule, a route, a subnet's block, a security group
 * attached, an instance added, a rename), the matrix, and the access from blocks of outside
 * addresses, equal a computation from scratch.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addResource, updateResource } from '../../model/ops.ts';
import type {
  Design,
  Instance,
  NetworkAcl,
  NaclRule,
  Resource,
  Route,
  RouteTable,
  SecurityGroup,
  SgRule,
  Subnet,
} from '../../model/types.ts';
import { buildContext } from '../context.ts';
import { naclRule, sgRule } from '../testing/builder.ts';
import { applyEdit, edit, startDesigns } from '../testing/edits.ts';
import { witnessDesigns } from '../testing/witnesses.ts';
import { AccessEngine, engineFor } from './access.ts';
import { ClassCache, resetClassCache } from './classCache.ts';
import { defaultEndpoints, type Endpoint } from './endpoints.ts';
import { accessMatrix, equals, traffic, union } from './index.ts';

const BASES: Design[] = [...startDesigns(), ...witnessDesigns()];
const PEERS = ['0.0.0.0/0', '10.0.0.0/16', '203.0.113.0/24', '10.0.1.0/24'];
const PORTS: (number | [number, number])[] = [22, 80, 443, [0, 65535], [1000, 2000]];

/** Change one rule of one security group (or add one): the edit whose untouched results are kept. */
function sgEdit(d: Design, a: number, b: number, c: number): Design {
  const groups = d.resources.filter((r): r is SecurityGroup => r.kind === 'securityGroup');
  const g = groups[a % Math.max(1, groups.length)];
  if (!g) return d;
  const dir = b % 2 ? 'ingress' : 'egress';
  const rules: SgRule[] = Array.isArray(g[dir]) ? [...g[dir]] : [];
  const peers = [...PEERS, ...groups.map((x) => x.id)];
  const rule = sgRule(c % 3 ? 'tcp' : 'udp', PORTS[c % PORTS.length]!, peers[b % peers.length]!);
  if (rules.length && c % 4) rules[c % rules.length] = rule;
  else rules.push(rule);
  return updateResource<SecurityGroup>(d, g.id, { [dir]: rules });
}

const ofKind = <R extends Resource>(d: Design, kind: R['kind']) => d.resources.filter((r): r is R => r.kind === kind);
const pick = <T>(xs: readonly T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);
const CIDRS = ['0.0.0.0/0', '203.0.113.0/24', '10.0.0.0/16', '10.0.1.0/24', '198.51.100.7/32', '1.0.0.0/8'];

/** Change or add one rule of one NACL. */
function naclEdit(d: Design, a: number, b: number, c: number): Design {
  const acl = pick(ofKind<NetworkAcl>(d, 'nacl'), a);
  if (!acl) return d;
  const rules: NaclRule[] = Array.isArray(acl.rules) ? [...acl.rules] : [];
  const rule = naclRule(
    10 + (c % 20) * 10,
    b % 2 ? 'inbound' : 'outbound',
    c % 3 ? 'allow' : 'deny',
    c % 5 ? 'tcp' : 'all',
    PORTS[b % PORTS.length]!,
    CIDRS[c % CIDRS.length],
  );
  if (rules.length && c % 4) rules[c % rules.length] = rule;
  else rules.push(rule);
  return updateResource<NetworkAcl>(d, acl.id, { rules });
}

/** Change, add or remove one route of one route table (to a target the design holds, or local). */
function routeEdit(d: Design, a: number, b: number, c: number): Design {
  const table = pick(ofKind<RouteTable>(d, 'routeTable'), a);
  if (!table) return d;
  const routes: Route[] = Array.isArray(table.routes) ? [...table.routes] : [];
  const targets = d.resources
    .filter((r) => ['igw', 'nat', 'peering', 'instance', 'transitGateway'].includes(r.kind))
    .map((r) => r.id);
  const route: Route = {
    id: `rt-edit-${b}-${c}`,
    destination: CIDRS[b % CIDRS.length]!,
    target: pick(targets, c) ?? 'local',
  };
  if (routes.length && c % 5 === 0) routes.splice(c % routes.length, 1);
  else if (routes.length && c % 2) routes[c % routes.length] = route;
  else routes.push(route);
  return updateResource<RouteTable>(d, table.id, { routes });
}

/** Give one subnet another block (one of its VPC's, or one beside it, or its own halved or doubled). */
function subnetEdit(d: Design, a: number, b: number): Design {
  const s = pick(ofKind<Subnet>(d, 'subnet'), a);
  if (!s) return d;
  const [net, bits] = typeof s.cidr === 'string' ? s.cidr.split('/') : [];
  if (b % 4 === 3 && net && Number(bits) >= 17 && Number(bits) <= 27)
    return updateResource<Subnet>(d, s.id, { cidr: `${net}/${Number(bits) + (b % 8 === 3 ? 1 : -1)}` });
  const blocks = ['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/25', '10.1.0.0/24', '10.0.0.0/16', '172.16.0.0/24'];
  return updateResource<Subnet>(d, s.id, { cidr: blocks[b % blocks.length]! });
}

/** Attach a security group to an instance, or detach one. */
function attachEdit(d: Design, a: number, b: number): Design {
  const inst = pick(ofKind<Instance>(d, 'instance'), a);
  const g = pick(ofKind<SecurityGroup>(d, 'securityGroup'), b);
  if (!inst || !g) return d;
  const own = Array.isArray(inst.securityGroupIds) ? inst.securityGroupIds : [];
  const next = own.includes(g.id) ? own.filter((x) => x !== g.id) : [...own, g.id];
  return updateResource<Instance>(d, inst.id, { securityGroupIds: next });
}

/** A new instance in a subnet the design holds, with some of its security groups, at the end. */
function addInstance(d: Design, a: number, b: number, c: number): Design {
  const s = pick(ofKind<Subnet>(d, 'subnet'), a);
  if (!s) return d;
  const groups = ofKind<SecurityGroup>(d, 'securityGroup').map((g) => g.id);
  const inst: Instance = {
    kind: 'instance',
    id: `i-added-${a}-${b}-${c}-${d.resources.length}`,
    name: 'added',
    parent: s.id,
    position: { x: 0, y: 0 },
    instanceType: 't3.micro',
    privateIp: c % 3 === 0 ? '10.0.1.77' : null,
    publicIp: b % 2 ? 'auto' : 'none',
    elasticIp: null,
    securityGroupIds: groups.length ? [groups[b % groups.length]!] : [],
  };
  return addResource(d, inst);
}

/** Rename a resource. */
function renameEdit(d: Design, a: number, b: number): Design {
  const r = pick(d.resources, a);
  return r ? updateResource(d, r.id, { name: `renamed-${b}` }) : d;
}

type Step = readonly [number, readonly [number, number, number, number]];

function applyStep(d: Design, [which, e]: Step, history: Design[], k: number): Design {
  switch (which % 8) {
    case 0:
      return applyEdit(d, e, history, k);
    case 1:
      return sgEdit(d, e[1], e[2], e[3]);
    case 2:
      return naclEdit(d, e[1], e[2], e[3]);
    case 3:
      return routeEdit(d, e[1], e[2], e[3]);
    case 4:
      return subnetEdit(d, e[1], e[2]);
    case 5:
      return attachEdit(d, e[1], e[2]);
    case 6:
      return addInstance(d, e[1], e[2], e[3]);
    default:
      return renameEdit(d, e[1], e[2]);
  }
}

const step = fc.tuple(fc.nat(), edit);

/** The kept matrix (and blocks of outside addresses towards every workload) equal the computation from scratch. */
function expectFresh(d: Design, blocks: boolean): void {
  const m = accessMatrix(buildContext(d));
  const ref = new AccessEngine(buildContext(d), false);
  const eps = defaultEndpoints(buildContext(d));
  for (const s of eps)
    for (const t of eps) {
      if (s === t || (s.kind !== 'resource' && t.kind !== 'resource')) continue;
      const want = ref.between(s, t);
      const got = m.cell(s, t);
      expect(equals(got.allowed, want.allowed)).toBe(true);
      expect(equals(got.unknown, want.unknown)).toBe(true);
    }
  // Part of the traffic (as an intent asks): the kept result for all traffic, cut to it.
  const kept = engineFor(buildContext(d));
  const admin = union(traffic('tcp', 22, 22), traffic('tcp', 3389, 3389));
  for (const s of eps)
    for (const t of eps) {
      if (s === t || (s.kind !== 'resource' && t.kind !== 'resource')) continue;
      const want = ref.between(s, t, admin);
      const got = kept.classBetween(s, t, admin);
      expect(equals(got.allowed, want.allowed)).toBe(true);
      expect(equals(got.unknown, want.unknown)).toBe(true);
    }
  if (!blocks) return;
  for (const cidr of ['203.0.113.0/24', '10.0.0.0/8', '0.0.0.0/0'])
    for (const t of eps) {
      if (t.kind !== 'resource') continue;
      const e: Endpoint = { kind: 'cidr', cidr };
      const want = ref.between(e, t);
      const got = kept.classBetween(e, t);
      expect(equals(got.allowed, want.allowed)).toBe(true);
      expect(equals(got.unknown, want.unknown)).toBe(true);
    }
}

describe('class results kept across edits', () => {
  it('equal the matrix from scratch after every edit, of every kind', () => {
    fc.assert(
      fc.property(
        fc.nat(BASES.length - 1),
        fc.array(step, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (i, steps, blocks) => {
          resetClassCache();
          let d = BASES[i]!;
          const history: Design[] = [d];
          expectFresh(d, blocks);
          steps.forEach((s, k) => {
            d = applyStep(d, s, history, k);
            history.push(d);
            expectFresh(d, blocks);
            // Now and then back to an earlier snapshot, the same object (an undo), and forward again.
            if (s[0] % 3 === 0 && history.length > 2) {
              expectFresh(history[s[1][1] % (history.length - 1)]!, blocks);
              expectFresh(d, blocks);
            }
          });
        },
      ),
      { numRuns: 60, ...(process.env.VT_SEED ? { seed: Number(process.env.VT_SEED), path: process.env.VT_PATH } : {}) },
    );
  });

  it('a NACL rule naming a new block cuts the internet anew: its walks are not kept (found by the property above)', () => {
    // fast-check's counterexample (seed 619948047): a start design, an outbound rule to a /32 no rule named.
    resetClassCache();
    const d = BASES[3]!;
    expectFresh(d, false);
    const acl = ofKind<NetworkAcl>(d, 'nacl')[0]!;
    const rules = [...acl.rules, naclRule(50, 'outbound', 'allow', 'tcp', 22, '198.51.100.7/32')];
    expectFresh(updateResource<NetworkAcl>(d, acl.id, { rules }), false);
  });

  it('keep the results an edit cannot touch', () => {
    // A rename keeps every result; a NACL rule of one workload's subnet drops some, not all.
    const base = BASES.find((x) => {
      const ctx = buildContext(x);
      const eps = defaultEndpoints(ctx);
      return eps.length > 3 && eps.some((e) => e.kind === 'resource' && ctx.naclOf(ctx.subnetOfResource(e.id)!.id));
    })!;
    // A copy: a context of its own (contexts are kept per design), and the newest one owns the results.
    const d = { ...base, resources: [...base.resources] };
    resetClassCache();
    accessMatrix(buildContext(d));
    const before = engineFor(buildContext(d)).classes.size;
    expect(before).toBeGreaterThan(0);
    const renamed = renameEdit(d, 0, 1);
    expect(engineFor(buildContext(renamed)).classes.size).toBe(before);
    const ctx = buildContext(renamed);
    const acl = defaultEndpoints(ctx)
      .map((e) => (e.kind === 'resource' ? ctx.naclOf(ctx.subnetOfResource(e.id)!.id) : undefined))
      .find((x) => x)!;
    const acls = ofKind<NetworkAcl>(renamed, 'nacl');
    const edited = naclEdit(renamed, acls.indexOf(acl), 0, 0);
    const kept = engineFor(buildContext(edited)).classes.size;
    expect(kept).toBeLessThan(before);
    expect(kept).toBeGreaterThan(0);
    // Back to the renamed snapshot (an undo): its engine takes the results back, less what the NACL read.
    const back = engineFor(buildContext(renamed));
    expect(back.classes.size).toBe(kept);
    expectFresh(renamed, false);
    // A subnet's block halved (inside its VPC, beside no other): drops what read the subnet, not the VPC's.
    const sub = ofKind<Subnet>(renamed, 'subnet').find((x) =>
      defaultEndpoints(ctx).some((e) => e.kind === 'resource' && ctx.subnetOfResource(e.id)?.id === x.id),
    )!;
    accessMatrix(buildContext(renamed));
    const cache = engineFor(buildContext(renamed)).classes;
    const full = cache.size;
    const vpc = ctx.index.vpcOf(sub.id)!.id;
    const readVpc = cache.readersOf(vpc).filter(([a, b]) => cache.get(a, b)).length;
    const [net, bits] = sub.cidr.split('/');
    const halved = updateResource<Subnet>(renamed, sub.id, { cidr: `${net}/${Number(bits) + 1}` });
    const left = engineFor(buildContext(halved)).classes.size;
    expect(left).toBeLessThan(full);
    // More kept than dropping every result that read the VPC would keep.
    expect(left).toBeGreaterThan(full - readVpc);
    expectFresh(halved, true);
    // Undo of an added instance: the instance removed from the end keeps the other results.
    const added = addInstance(renamed, 1, 0, 1);
    accessMatrix(buildContext(added));
    expect(engineFor(buildContext(renamed)).classes.size).toBeGreaterThan(0);
    expectFresh(renamed, true);
  });

  it('after a change of filter rules only, evaluate the kept walks anew instead of walking again', () => {
    const base = BASES.find(
      (x) =>
        ofKind<NetworkAcl>(x, 'nacl').some((a) => a.rules.some((q) => q.protocol === 'tcp')) &&
        ofKind<SecurityGroup>(x, 'securityGroup').some((g) => g.ingress.some((q) => q.protocol === 'tcp')),
    )!;
    const d = { ...base, resources: [...base.resources] };
    resetClassCache();
    accessMatrix(buildContext(d));
    const walks = (x: Design) =>
      (engineFor(buildContext(x)) as unknown as { shapes: Map<string, unknown> }).shapes.size;
    expect(walks(d)).toBeGreaterThan(0);
    let e: Design = d;
    // Each edit changes a rule's ports, not the blocks it names (a new block cuts the addresses
    // into other parts, which are walked anew: the test before this one).
    const portEdit = (x: Design, k: number): Design => {
      const kind = k % 2 ? 'securityGroup' : 'nacl';
      const withRules = x.resources.filter((r) =>
        kind === 'nacl'
          ? r.kind === 'nacl' && r.rules.some((q) => q.protocol === 'tcp')
          : r.kind === 'securityGroup' && r.ingress.some((q) => q.protocol === 'tcp'),
      );
      const r = withRules[k % withRules.length]!;
      const port = 1000 + k;
      if (r.kind === 'nacl') {
        const i = r.rules.findIndex((q) => q.protocol === 'tcp');
        const rules = r.rules.map((q, j) => (j === i ? { ...q, fromPort: port, toPort: port } : q));
        return updateResource<NetworkAcl>(x, r.id, { rules });
      }
      const g = r as SecurityGroup;
      const i = g.ingress.findIndex((q) => q.protocol === 'tcp');
      const ingress = g.ingress.map((q, j) => (j === i ? { ...q, fromPort: port, toPort: port } : q));
      return updateResource<SecurityGroup>(x, g.id, { ingress });
    };
    for (let k = 0; k < 4; k++) {
      e = portEdit(e, k);
      const size = engineFor(buildContext(e)).classes.size;
      accessMatrix(buildContext(e));
      // Results were dropped, and computed again without a walk.
      expect(engineFor(buildContext(e)).classes.size).toBeGreaterThanOrEqual(size);
      expect(walks(e)).toBe(0);
      expectFresh(e, true);
    }
  });
});

describe('ClassCache.dropAll', () => {
  const access = { allowed: traffic('tcp', 80, 80), unknown: traffic('udp') };
  const shapes = [{ filters: [], end: 'pass' as const, reads: [] }];
  const filled = () => {
    const c = new ClassCache();
    c.set('a', 'b', access, new Set(['vpc-1', 'acl-1', 'sn-1']), shapes);
    c.set('a', 'c', access, new Set(['vpc-1', 'sg-1']), shapes);
    c.set('b', 'c', access, new Set(['vpc-2']), shapes);
    return c;
  };

  it('drops the results that read an id, and only those', () => {
    const c = filled();
    c.dropAll(new Set(['sg-1', 'nowhere']));
    expect(c.get('a', 'c')).toBeUndefined();
    expect(c.paths('a', 'c')).toBeUndefined();
    expect(c.get('a', 'b')).toBe(access);
    expect(c.get('b', 'c')).toBe(access);
    expect(c.size).toBe(2);
  });

  it('keeps the walks when every id read is a change of filter rules only', () => {
    const c = filled();
    c.dropAll(new Set(['acl-1']), new Set(['acl-1']));
    expect(c.get('a', 'b')).toBeUndefined();
    expect(c.paths('a', 'b')?.shapes).toBe(shapes);
    expect(c.get('a', 'c')).toBe(access);
  });

  it('drops the walks when another id read changed too', () => {
    const c = filled();
    c.dropAll(new Set(['acl-1', 'sn-1']), new Set(['acl-1']));
    expect(c.get('a', 'b')).toBeUndefined();
    expect(c.paths('a', 'b')).toBeUndefined();
    c.set('a', 'b', access, new Set(['vpc-1', 'acl-1', 'sn-1']), shapes);
    c.dropAll(new Set(['sn-1', 'acl-1']), new Set(['acl-1']));
    expect(c.paths('a', 'b')).toBeUndefined();
    expect(c.readersOf('vpc-1')).toEqual([['a', 'c']]);
  });
});
