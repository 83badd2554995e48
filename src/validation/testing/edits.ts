/**
 * Random edits of a design, as the app makes them (model/ops.ts: update a field, add, remove,
 * re-parent, move, duplicate, flows, undo to an earlier snapshot) plus a few raw ones a
 * hand-edited file can hold (a garbage value, a changed kind, two resources swapped in document
 * order). An edit is a few naturals that fast-check draws and shrinks; `applyEdit` reads them
 * against the current design, so every edit names resources that exist.
 */
// The kinds' `fields` are built with zod, which the app loads with the file reader; tests load it here.
import '../../model/kinds/schemas.ts';
import fc from 'fast-check';
import {
  addResource,
  insertCopies,
  moveResources,
  removeResources,
  reparent,
  updateResource,
} from '../../model/ops.ts';
import type { Design, Flow, Resource, ResourceKind } from '../../model/types.ts';
import { PROTOCOLS, RESOURCE_KINDS, kindDef } from '../../model/kinds/index.ts';
import { DesignBuilder, naclRule, sgRule, webApp } from './builder.ts';

/** [op, a, b, c]: which edit, and three choices it reads modulo what is available. */
export type Edit = readonly [number, number, number, number];

export const edit: fc.Arbitrary<Edit> = fc.tuple(fc.nat(99), fc.nat(), fc.nat(), fc.nat());
export const edits = (max = 12) => fc.array(edit, { minLength: 1, maxLength: max });

const at = <T>(xs: readonly T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);

/** Fields the context reads on any resource that has them (reads.ts `SharedField`). */
export const SHARED_FIELDS: readonly string[] = ['privateIp', 'securityGroupIds', 'subnetIds'];

/** Fields of each kind the app's inspector (or a file) can change, besides id and kind: from the kind registry. */
export const FIELDS: Record<ResourceKind, readonly string[]> = Object.fromEntries(
  RESOURCE_KINDS.map((kind) => {
    const def = kindDef(kind);
    return [kind, [...Object.keys(def.fields), 'name', 'parent', 'position', ...(def.container ? ['size'] : [])]];
  }),
) as unknown as Record<ResourceKind, readonly string[]>;

const ids = (d: Design, ...kinds: ResourceKind[]) => d.resources.filter((r) => kinds.includes(r.kind)).map((r) => r.id);

/** Pick up to `n` of `xs` by the bits of `c`. */
function subset<T>(xs: readonly T[], c: number, n = 3): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length && out.length < n; i++) if ((c >> i) & 1) out.push(xs[i]!);
  return out;
}

const CIDRS = [
  '10.0.0.0/24',
  '10.0.1.0/24',
  '10.0.10.0/24',
  '10.0.11.0/24',
  '10.1.0.0/24',
  '10.0.0.0/28',
  '10.0.0.0/16',
  '10.0.1.7/24',
  '0.0.0.0/0',
  '203.0.113.0/24',
  '10.0.0.0/8',
  'nope',
];
const IPS = [null, '10.0.10.4', '10.0.10.5', '10.0.0.4', '10.0.1.9', '10.0.0.0', '10.1.0.20', 'bad'];
const PORTS = [22, 80, 443, 3306, 5432, 6379, 8080, 3389];

/** Values of the wrong type, as a hand-edited file may hold. */
export const JUNK: readonly unknown[] = [null, 3, 'x', [], {}, [null, 3, 'x'], undefined, true];

/** A value for `field` of `r`, from what the design holds (ids, CIDRs) and some that are wrong. */
export function valueFor(d: Design, r: Resource, field: string, b: number, c: number): unknown {
  const any = d.resources.map((x) => x.id);
  switch (field) {
    case 'code':
      return at(['us-east-1', 'eu-west-1', 'ap-northeast-2', ''], b);
    case 'name':
      return `n${b % 50}`;
    case 'position':
      return { x: b % 400, y: c % 300 };
    case 'size':
      return { width: 200 + (b % 300), height: 150 + (c % 200) };
    case 'parent':
      return b % 7 === 0 ? null : at(any, c);
    case 'cidrBlocks':
      return at<unknown>(
        [
          ['10.0.0.0/16'],
          ['10.1.0.0/16'],
          ['10.0.0.0/16', '10.1.0.0/16'],
          ['10.0.0.0/16', '172.17.0.0/16'],
          ['169.254.0.0/16'],
          [],
          ['10.0.0.0/8'],
          ['10.0.0.0/16', '192.168.0.0/16'],
          ['10.0.0.0/16', '10.0.0.0/20'],
          'x',
        ],
        b,
      );
    case 'zone':
      return at(['us-east-1a', 'us-east-1b', 'us-east-1c', 'eu-west-1a', '', 'zz'], b);
    case 'cidr':
      return at(CIDRS, b);
    case 'flowLogs':
    case 'isDefault':
    case 'main':
    case 'mapPublicIpOnLaunch':
    case 'publiclyAccessible':
      return b % 5 === 4 ? 'yes' : b % 2 === 0;
    case 'connectivity':
      return at(['public', 'private'], b);
    case 'elasticIp':
      return at([null, '52.0.0.9', '52.0.0.1', ''], b);
    case 'privateIp':
      return at(IPS, b);
    case 'publicIp':
      return at(['none', 'auto', 'elastic'], b);
    case 'scheme':
      return at(['internet-facing', 'internal'], b);
    case 'listenerPorts':
      return at<unknown>([[443], [80, 443], [], [5432]], b);
    case 'port':
      return at<unknown>([5432, 3306, 22, 'x'], b);
    case 'lbType':
      return at(['application', 'network'], b);
    case 'crossZone':
    case 'preserveClientIp':
    case 'targetsAtDeploy':
      return b % 2 === 0;
    case 'listeners':
      return at<unknown>(
        [
          [],
          [{ id: `l${b}`, protocol: 'TCP', port: at(PORTS, c), targetGroupId: at(ids(d, 'targetGroup'), c) ?? null }],
        ],
        b,
      );
    case 'targets':
      return at<unknown>(
        [[], [{ id: `t${b}`, instanceId: at(ids(d, 'instance'), c) ?? null, ip: null, port: b % 3 ? null : 8080 }]],
        b,
      );
    case 'ownerId':
      return b % 5 === 0 ? null : (at(ids(d, 'instance', 'nat', 'loadBalancer'), c) ?? null);
    case 'instanceType':
    case 'engine':
      return at(['t3.micro', 'postgres', 'mysql'], b);
    case 'description':
      return at(['', 'web tier', '  '], b);
    case 'requesterVpcId':
    case 'accepterVpcId':
      return b % 6 === 0 ? null : b % 6 === 1 ? 'vpc-missing' : at(ids(d, 'vpc'), c);
    case 'subnetIds':
      return [...subset(ids(d, 'subnet'), c), ...(b % 9 === 0 ? ['subnet-missing'] : [])];
    case 'securityGroupIds':
      return [...subset(ids(d, 'securityGroup'), c, 7), ...(b % 9 === 0 ? ['sg-missing'] : [])];
    case 'routes': {
      const targets = ['local', ...ids(d, 'igw', 'nat', 'peering', 'instance'), 'missing', at(any, c)!];
      const own = (r as unknown as Record<string, unknown>).routes;
      const list = Array.isArray(own) ? [...own] : [];
      const route = {
        id: `r${b}`,
        destination: at([...CIDRS, '10.1.0.0/16', '169.254.168.0/24'], b)!,
        target: at(targets, c)!,
      };
      if (b % 4 === 0 && list.length) list.splice(c % list.length, 1);
      else if (b % 4 === 1 && list.length) list[c % list.length] = route;
      else list.push(route);
      return list;
    }
    case 'rules': {
      const own = (r as unknown as Record<string, unknown>).rules;
      const list = Array.isArray(own) ? [...own] : [];
      const rule = naclRule(
        at([90, 100, 110, 120, 32767], b)!,
        b % 2 ? 'inbound' : 'outbound',
        c % 3 ? 'allow' : 'deny',
        at(PROTOCOLS, c)!,
        c % 2 ? at(PORTS, b)! : [1024, 65535],
        at(CIDRS, c),
      );
      if (b % 4 === 0 && list.length) list.splice(c % list.length, 1);
      else if (b % 4 === 1 && list.length) list[c % list.length] = rule;
      else list.push(rule);
      return list;
    }
    case 'ingress':
    case 'egress': {
      const own = (r as unknown as Record<string, unknown>)[field];
      const list = Array.isArray(own) ? [...own] : [];
      const peer =
        c % 3 === 0
          ? (at(ids(d, 'securityGroup'), b) ?? 'sg-missing')
          : at(['0.0.0.0/0', '10.0.0.0/16', '203.0.113.0/24', '10.1.0.0/16'], c)!;
      const rule = sgRule(at(PROTOCOLS, b)!, c % 4 === 0 ? [0, 65535] : at(PORTS, c)!, peer);
      if (b % 4 === 0 && list.length) list.splice(c % list.length, 1);
      else if (b % 4 === 1 && list.length)
        list[c % list.length] = { ...list[c % list.length], fromPort: at(PORTS, b), toPort: at(PORTS, b) };
      else list.push(rule);
      return list;
    }
    default:
      return null;
  }
}

function hasCycle(d: Design): boolean {
  const parent = new Map(d.resources.map((x) => [x.id, x.parent]));
  for (const x of d.resources) {
    let cur: unknown = x.parent;
    for (let steps = 0; typeof cur === 'string' && parent.has(cur); steps++) {
      if (steps > d.resources.length) return true;
      cur = parent.get(cur);
    }
  }
  return false;
}

/**
 * A new resource of some kind, in a parent its definition allows when the design has one: the
 * kind's `create()` defaults, with some of its fields (picked by the bits of `c`) drawn by
 * `valueFor` instead. Built from the kind registry: a new kind needs no line here.
 */
export function newResource(d: Design, kindPick: number, c: number, seq: number): Resource {
  const kind = at(RESOURCE_KINDS, kindPick)!;
  const def = kindDef(kind);
  const parents = (def.parents as readonly (ResourceKind | null)[]).filter((p): p is ResourceKind => p !== null);
  const parent = at(ids(d, ...parents), c) ?? null;
  const id = `new-${kind}-${seq}`;
  const base = {
    kind,
    id,
    name: id,
    parent,
    position: { x: 10, y: 10 },
    ...(def.container ? { size: { width: 300, height: 200 } } : {}),
  };
  let defaults;
  try {
    defaults = def.create({ design: d, parent, name: id });
  } catch {
    // Proposals read the design (the next free block), which garbage values can break.
    defaults = def.create({ design: { ...d, resources: [] }, parent, name: id });
  }
  const r = { ...base, ...defaults } as unknown as Resource;
  const drawn: Record<string, unknown> = {};
  Object.keys(def.fields).forEach((field, i) => {
    if (!((c >> i) & 1)) return;
    const v = valueFor(d, r, field, c >> 2, c >> 1);
    if (v !== null && v !== undefined) drawn[field] = v;
  });
  return { ...r, ...drawn } as Resource;
}

/**
 * Apply one edit. `history` holds the earlier snapshots (for undo); `seq` makes new ids unique.
 * Returns the next design (possibly the same object when the edit changes nothing).
 */
export function applyEdit(d: Design, e: Edit, history: readonly Design[], seq: number): Design {
  try {
    return edit1(d, e, history, seq);
  } catch {
    // The model's operations expect well-typed fields; after a garbage value some cannot apply.
    return d;
  }
}

function edit1(d: Design, [op, a, b, c]: Edit, history: readonly Design[], seq: number): Design {
  const r = at(d.resources, a);
  if (op < 40) {
    // The inspector: one field of one resource.
    if (!r) return d;
    const field = at(FIELDS[r.kind], b)!;
    return updateResource(d, r.id, { [field]: valueFor(d, r, field, b >> 4, c) } as Partial<Resource>);
  }
  if (op < 50) return addResource(d, newResource(d, b, c, seq));
  if (op < 57) return r ? removeResources(d, [r.id]) : d;
  if (op < 64) {
    // A drop into another container (or onto the canvas).
    if (!r) return d;
    const target = c % 9 === 0 ? null : at(d.resources, c)!.id;
    return reparent(d, r.id, target, { x: b % 500, y: c % 500 });
  }
  if (op < 70) {
    const moves = new Map(
      d.resources
        .filter((_, i) => (c >> (i % 20)) & 1)
        .slice(0, 4)
        .map((x) => [x.id, { x: b % 800, y: (b >> 3) % 800 }]),
    );
    return moveResources(d, moves);
  }
  if (op < 74) {
    // Duplicate (Ctrl+D): the subtree gets fresh ids. (cloneSubtrees loops on a parent cycle,
    // which a raw `parent` edit can make and the app's re-parenting refuses.)
    if (!r || hasCycle(d)) return d;
    return insertCopies(d, { resources: d.resources, flows: d.flows, roots: [r.id] }, { x: 20, y: 20 }).design;
  }
  if (op < 80) {
    if (b % 3 === 0 && d.flows.length) return { ...d, flows: d.flows.filter((_, i) => i !== c % d.flows.length) };
    const ends = ['internet', ...ids(d, 'instance', 'rds', 'loadBalancer')];
    const flow: Flow = {
      id: `flow-${seq}`,
      from: at(ends, b)!,
      to: at(ends, c)!,
      protocol: at(PROTOCOLS, b)!,
      port: at(PORTS, c)!,
      label: '',
    };
    return { ...d, flows: [...d.flows, flow] };
  }
  if (op < 86) {
    // Undo / redo: back (or forward) to another snapshot of the session.
    return at(history, c) ?? d;
  }
  if (op < 91) {
    // A garbage value in a field (a hand-edited file).
    if (!r) return d;
    const field = at(
      [...FIELDS[r.kind], 'routes', 'rules', 'securityGroupIds', 'subnetIds', 'privateIp', 'cidrBlocks'],
      b,
    )!;
    const junk = at(JUNK, c);
    return { ...d, resources: d.resources.map((x) => (x === r ? ({ ...x, [field]: junk } as Resource) : x)) };
  }
  if (op < 95) {
    // Another kind under the same id.
    if (!r) return d;
    const kind = at(RESOURCE_KINDS, b)!;
    const fresh = newResource(d, RESOURCE_KINDS.indexOf(kind), c, seq);
    return {
      ...d,
      resources: d.resources.map((x) => (x === r ? ({ ...fresh, id: r.id, parent: r.parent } as Resource) : x)),
    };
  }
  // Two resources swapped in document order.
  const i = a % Math.max(1, d.resources.length);
  const j = c % Math.max(1, d.resources.length);
  if (i === j) return d;
  const rs = [...d.resources];
  [rs[i], rs[j]] = [rs[j]!, rs[i]!];
  return { ...d, resources: rs };
}

/** A few starting points: the two-tier VPC, that VPC peered with one in another Region, and an empty design. */
export function startDesigns(): Design[] {
  const one = webApp().b.build();

  const b = new DesignBuilder();
  const west = b.region('eu-west-1');
  const w = webApp(b);
  const other = b.vpc(west, ['10.1.0.0/16', '10.3.0.0/16'], { flowLogs: false });
  const azW = b.az(other, 'eu-west-1a');
  const sW = b.subnet(azW, '10.1.0.0/24', { mapPublicIpOnLaunch: true });
  const sW2 = b.subnet(b.az(other, 'eu-west-1b'), '10.1.1.0/24');
  const igwW = b.igw(other);
  const pcx = b.peering(w.vpc, other, null);
  const defSg = b.sg(other, { isDefault: true, ingress: [], egress: [] });
  const sgW = b.sg(other, { ingress: [sgRule('tcp', 5432, w.appSg), sgRule('tcp', 22, '0.0.0.0/0')], description: '' });
  // Enough groups for the quota of five per interface (SG-004) to be exceeded.
  for (const port of [80, 443, 8080])
    b.sg(other, { ingress: [sgRule('tcp', port, '10.0.0.0/16')], egress: [sgRule('tcp', port, w.webSg)] });
  b.routeTable(other, {
    main: true,
    routes: [
      ['0.0.0.0/0', igwW],
      ['10.0.0.0/16', pcx],
    ],
    subnets: [sW],
  });
  b.routeTable(w.vpc, {
    routes: [
      ['10.1.0.0/16', pcx],
      ['10.0.10.0/24', w.nat],
    ],
    subnets: [],
  });
  b.nacl(other, { isDefault: true });
  b.nacl(other, {
    rules: [naclRule(100, 'inbound', 'allow', 'tcp', 22), naclRule(100, 'outbound', 'allow', 'all', 0, '10.0.0.0/8')],
    subnets: [sW, sW2],
  });
  b.instance(sW, { publicIp: 'elastic', elasticIp: '52.1.1.1', securityGroupIds: [sgW], privateIp: '10.1.0.10' });
  b.instance(sW2, { securityGroupIds: [defSg] });
  b.rds(sW, { publiclyAccessible: true, subnetIds: [sW], securityGroupIds: [sgW], port: 5432 });
  b.lb(sW, { scheme: 'internet-facing', subnetIds: [sW, sW2], securityGroupIds: [sgW] });
  b.nat(sW2, { connectivity: 'private', elasticIp: null });
  const two = b.build();

  const empty: Design = { format: 'vpc-town', version: 2, name: 'empty', resources: [], flows: [] };
  return [one, two, empty];
}
