/**
 * The shared, read-only facts every rule and the reachability engine need, cached per design
 * object (designs are immutable). Nothing here scans the whole resource list per query: effective
 * route tables / NACLs, addresses and memberships are maps built in one pass, each on first use
 * (a validation that re-runs three rules after an edit builds only what those rules ask for).
 *
 * Built from the previous snapshot's context and the diff between them (incremental.ts), the
 * index is patched rather than rebuilt, and every map whose inputs the edit did not replace is
 * shared with the previous context (`PARTS` lists what each map is built from).
 */
import { cidrOrNull, firstUsable, ipToInt, isReservedInSubnet, type Cidr } from '../model/cidr.ts';
import type { DesignIndex } from '../model/graph.ts';
import { kindsWith } from '../model/kinds/index.ts';
import type {
  AvailabilityZone,
  Design,
  InternetGateway,
  NetworkAcl,
  PeeringConnection,
  Resource,
  ResourceId,
  ResourceKind,
  RouteTable,
  SecurityGroup,
  Subnet,
  Vpc,
} from '../model/types.ts';
import type { DesignDiff } from './diff.ts';
import { buildIndex, memoOf, patchIndex } from './designIndex.ts';
import { isKindWith, list, str } from './safe.ts';

export interface Block {
  readonly text: string;
  readonly cidr: Cidr;
}

/** Kinds that own a network interface (an address in a subnet): the `addressable` role. */
const ADDRESSABLE_KINDS = kindsWith('addressable');
/** Kinds that carry security groups: the `securityGroupMember` role. */
const SG_MEMBER_KINDS = kindsWith('securityGroupMember');

export interface ValidationContext {
  readonly design: Design;
  readonly index: DesignIndex;
  /** Parse (cached) a CIDR; null for anything that is not one. */
  cidr(text: unknown): Cidr | null;
  /** Parse a dotted IPv4 address; null for anything else. */
  ip(text: unknown): number | null;
  vpcBlocks(vpcId: ResourceId | undefined): readonly Block[];
  subnetsOf(vpcId: ResourceId | undefined): readonly Subnet[];
  routeTablesOf(vpcId: ResourceId | undefined): readonly RouteTable[];
  naclsOf(vpcId: ResourceId | undefined): readonly NetworkAcl[];
  securityGroupsOf(vpcId: ResourceId | undefined): readonly SecurityGroup[];
  igwsOf(vpcId: ResourceId | undefined): readonly InternetGateway[];
  /** Peering connections with both sides set, naming this VPC on one side. */
  peeringsOf(vpcId: ResourceId | undefined): readonly PeeringConnection[];
  /** The other VPC of a peering connection, seen from `vpcId`; undefined if it does not involve it. */
  peerOf(pcx: PeeringConnection, vpcId: ResourceId | undefined): Vpc | undefined;
  /** Route tables listing the subnet in `subnetIds`, document order. */
  explicitRouteTables(subnetId: ResourceId): readonly RouteTable[];
  explicitNacls(subnetId: ResourceId): readonly NetworkAcl[];
  /** Explicit association (first), else the VPC's main table. */
  routeTableOf(subnetId: ResourceId): RouteTable | undefined;
  /** Explicit association (first), else the VPC's default NACL; undefined = AWS default (allow all). */
  naclOf(subnetId: ResourceId): NetworkAcl | undefined;
  /** The AZ zone name of a subnet (`us-east-1a`), or null. */
  zoneOf(id: ResourceId | undefined): string | null;
  /** The subnet an addressable resource lives in (its nearest subnet ancestor). */
  subnetOfResource(id: ResourceId | undefined): Subnet | undefined;
  /** Private IPv4 of an addressable resource (static, or assigned by `assignAddresses`). */
  address(id: ResourceId): number | null;
  /** Existing security groups attached to a resource (dangling ids and non-SGs dropped). */
  sgsOf(id: ResourceId): readonly SecurityGroup[];
  /** Resources that list the SG in `securityGroupIds`. */
  sgMembers(sgId: ResourceId): readonly Resource[];
  /** A subnet is public when its route table routes somewhere to an IGW attached to its VPC. */
  isPublicSubnet(subnetId: ResourceId): boolean;
  /** The IGW a route target names, if it is attached to `vpcId`. */
  attachedIgw(target: unknown, vpcId: ResourceId | undefined): InternetGateway | undefined;
}

/**
 * Private addresses of every addressable resource (instance, rds, nat, loadBalancer).
 *
 * A valid static `privateIp` is kept as is. A resource without one gets the first free usable
 * address of its subnet (base+4, then +5, ...), in document order, skipping addresses taken by
 * static IPs in that subnet; none when the subnet is full or unparseable.
 */
export function assignAddresses(index: DesignIndex): Map<ResourceId, number> {
  const out = new Map<ResourceId, number>();
  const taken = new Map<ResourceId, Set<number>>();
  const pending: { id: ResourceId; subnet: Subnet }[] = [];
  for (const r of index.design.resources) {
    if (!isKindWith(r, 'addressable') || out.has(r.id)) continue;
    const subnet = index.subnetOf(r.parent);
    const stat = 'privateIp' in r ? ipToInt(str(r.privateIp) ?? '') : null;
    if (stat !== null) {
      out.set(r.id, stat);
      if (subnet) {
        let t = taken.get(subnet.id);
        if (!t) taken.set(subnet.id, (t = new Set()));
        t.add(stat);
      }
    } else if (subnet) pending.push({ id: r.id, subnet });
  }
  const next = new Map<ResourceId, number>();
  const blocks = new Map<ResourceId, Cidr | null>();
  for (const { id, subnet } of pending) {
    let block = blocks.get(subnet.id);
    if (block === undefined) blocks.set(subnet.id, (block = cidrOrNull(str(subnet.cidr))));
    if (!block) continue;
    const t = taken.get(subnet.id) ?? new Set<number>();
    let candidate = next.get(subnet.id) ?? firstUsable(block);
    while (candidate < block.last && (t.has(candidate) || isReservedInSubnet(block, candidate))) candidate++;
    if (candidate >= block.last) {
      next.set(subnet.id, candidate);
      continue;
    }
    out.set(id, candidate);
    next.set(subnet.id, candidate + 1);
  }
  return out;
}

/**
 * The addresses `assignAddresses` gives the addressable resources whose subnet is `subnet`: the
 * same answers, from that subnet's resources alone (assignment in one subnet never looks at
 * another's). Only for designs whose ids are unique strings: `byId` then holds every resource, and
 * a resource's subnet is the first subnet up its chain, so the subnet's resources are its
 * descendants down to (not into) nested subnets. `order` gives document positions (asked only when
 * some are nested deeper than children).
 */
function assignInSubnet(index: DesignIndex, subnet: Subnet, order: () => Map<ResourceId, number>): Map<ResourceId, number> {
  const members: Resource[] = [];
  let nested = false;
  const visit = (id: ResourceId) => {
    for (const c of index.children(id)) {
      if (isKindWith(c, 'addressable')) members.push(c);
      if (c.kind === 'subnet') continue;
      if (index.children(c.id).length) {
        nested = true;
        visit(c.id);
      }
    }
  };
  visit(subnet.id);
  if (nested) {
    const pos = order();
    members.sort((a, b) => pos.get(a.id)! - pos.get(b.id)!);
  }
  const out = new Map<ResourceId, number>();
  const block = cidrOrNull(str(subnet.cidr));
  if (!block) return out;
  const taken = new Set<number>();
  const pending: ResourceId[] = [];
  for (const r of members) {
    const stat = 'privateIp' in r ? ipToInt(str(r.privateIp) ?? '') : null;
    if (stat !== null) taken.add(stat);
    else pending.push(r.id);
  }
  let candidate = firstUsable(block);
  for (const id of pending) {
    while (candidate < block.last && (taken.has(candidate) || isReservedInSubnet(block, candidate))) candidate++;
    if (candidate >= block.last) break;
    out.set(id, candidate++);
  }
  return out;
}

const cache = new WeakMap<Design, ValidationContext>();

/**
 * The maps a context builds on first use, and what each is built from: the kinds whose resource
 * objects it holds or reads, and the kinds of the resources whose chain of parents it follows
 * (`vpcOf(subnet)`; `any`: ids of any kind). A map is shared with the next snapshot's context when
 * the edit replaced no resource of those kinds and changed the chain of none of those (diff.ts).
 */
const PARTS = {
  blocks: { kinds: ['vpc'], chains: [] },
  subnetsByVpc: { kinds: ['subnet'], chains: ['subnet'] },
  tablesByVpc: { kinds: ['routeTable', 'vpc'], chains: [] },
  naclsByVpc: { kinds: ['nacl', 'vpc'], chains: [] },
  sgsByVpc: { kinds: ['securityGroup', 'vpc'], chains: [] },
  igwsByVpc: { kinds: ['igw', 'vpc'], chains: [] },
  pcxByVpc: { kinds: ['peering', 'vpc'], chains: [] },
  explicitRt: { kinds: ['routeTable'], chains: [] },
  explicitAcl: { kinds: ['nacl'], chains: [] },
  members: { kinds: SG_MEMBER_KINDS, chains: [] },
  /** `subnetOf(r.parent)` for addressable r: a changed chain there is a changed chain of r. */
  addresses: { kinds: [...ADDRESSABLE_KINDS, 'subnet'], chains: ADDRESSABLE_KINDS },
  /** isPublicSubnet answers by id, filled on demand (routeTableOf + attached IGWs). */
  publicSubnets: { kinds: ['routeTable', 'vpc', 'igw'], chains: 'any' },
} as const satisfies Record<string, { kinds: readonly ResourceKind[]; chains: readonly ResourceKind[] | 'any' }>;

type PartName = keyof typeof PARTS;

interface Internals {
  readonly parts: Map<PartName, unknown>;
  readonly cidrs: Map<string, Cidr | null>;
}

const internals = new WeakMap<ValidationContext, Internals>();

/** Parsed CIDRs are shared by every later context (a pure function of the text); bounded. */
const MAX_CIDR_CACHE = 20_000;

export interface ContextBase {
  /** The previous snapshot's context. */
  readonly ctx: ValidationContext;
  /** The diff from that snapshot to this one (diff.ts). */
  readonly diff: DesignDiff;
}

/**
 * The context of a design, cached per design object. With `from` (the previous snapshot's context
 * and the diff to this one) it reuses what the edit left valid; the answers are the same.
 */
export function buildContext(design: Design, from?: ContextBase): ValidationContext {
  const hit = cache.get(design);
  if (hit) return hit;
  const base = from ? internals.get(from.ctx) : undefined;
  const diff = base ? from!.diff : undefined;
  let index: DesignIndex;
  if (from && diff?.inPlace) index = patchIndex(from.ctx.index, design, diff.inPlace);
  else if (from && diff) index = buildIndex(design, memoOf(from.ctx.index)?.after(diff.chains));
  else index = buildIndex(design);

  const cidrCache = base && base.cidrs.size < MAX_CIDR_CACHE ? base.cidrs : new Map<string, Cidr | null>();
  const cidr = (text: unknown): Cidr | null => {
    if (typeof text !== 'string') return null;
    let c = cidrCache.get(text);
    if (c === undefined) {
      c = cidrOrNull(text);
      cidrCache.set(text, c);
    }
    return c;
  };
  const ip = (text: unknown) => (typeof text === 'string' ? ipToInt(text) : null);

  const parts = new Map<PartName, unknown>();
  const reusable = (name: PartName): boolean => {
    if (!diff) return false;
    const p: { kinds: readonly ResourceKind[]; chains: readonly ResourceKind[] | 'any' } = PARTS[name];
    if (p.chains === 'any' ? diff.tree : p.chains.some((k) => diff.chainKinds.has(k))) return false;
    return !p.kinds.some((k) => diff.replaced.has(k));
  };
  /** A map built on first use, or the previous context's when the edit left its inputs alone. */
  const part = <T>(name: PartName, build: () => T): (() => T) => {
    const reuse = reusable(name);
    let value: T | undefined;
    return () => {
      if (value === undefined) {
        value = (reuse ? (base!.parts.get(name) as T | undefined) : undefined) ?? build();
        parts.set(name, value);
      }
      return value;
    };
  };

  // The maps hold the resource `byId` answers for an id (the first in document order when a
  // hand-edited file repeats an id), as the rules see them.
  const first = (r: Resource) => index.byId.get(r.id) === r;
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const a = m.get(k);
    if (a) a.push(v);
    else m.set(k, [v]);
  };
  /** Resources of `kind` grouped by the VPC that is their parent. */
  const byParentVpc = (kind: 'routeTable' | 'nacl' | 'securityGroup' | 'igw') => () => {
    const m = new Map<ResourceId, Resource[]>();
    for (const r of index.ofKind(kind)) {
      if (!first(r)) continue;
      const v = index.getKind(r.parent, 'vpc');
      if (v) push(m, v.id, r);
    }
    return m;
  };
  /** Route tables or NACLs by the subnets they list. */
  const explicit = (kind: 'routeTable' | 'nacl') => () => {
    const m = new Map<ResourceId, Resource[]>();
    for (const r of index.ofKind(kind)) {
      if (first(r)) for (const s of new Set(list<unknown>(r.subnetIds))) if (typeof s === 'string') push(m, s, r);
    }
    return m;
  };

  const blocks = part('blocks', () => {
    const m = new Map<ResourceId, Block[]>();
    for (const r of index.ofKind('vpc')) {
      if (!first(r)) continue;
      const bs: Block[] = [];
      for (const t of list<unknown>(r.cidrBlocks)) {
        const c = cidr(t);
        if (c) bs.push({ text: t as string, cidr: c });
      }
      m.set(r.id, bs);
    }
    return m;
  });
  const subnetsByVpc = part('subnetsByVpc', () => {
    const m = new Map<ResourceId, Subnet[]>();
    for (const r of index.ofKind('subnet')) {
      if (!first(r)) continue;
      const v = index.vpcOf(r.id);
      if (v) push(m, v.id, r);
    }
    return m;
  });
  const tablesByVpc = part('tablesByVpc', byParentVpc('routeTable')) as () => Map<ResourceId, RouteTable[]>;
  const naclsByVpc = part('naclsByVpc', byParentVpc('nacl')) as () => Map<ResourceId, NetworkAcl[]>;
  const sgsByVpc = part('sgsByVpc', byParentVpc('securityGroup')) as () => Map<ResourceId, SecurityGroup[]>;
  const igwsByVpc = part('igwsByVpc', byParentVpc('igw')) as () => Map<ResourceId, InternetGateway[]>;
  const pcxByVpc = part('pcxByVpc', () => {
    const m = new Map<ResourceId, PeeringConnection[]>();
    for (const r of index.ofKind('peering')) {
      if (!first(r)) continue;
      const a = index.getKind(str(r.requesterVpcId), 'vpc');
      const b = index.getKind(str(r.accepterVpcId), 'vpc');
      if (a && b) {
        push(m, a.id, r);
        if (b.id !== a.id) push(m, b.id, r);
      }
    }
    return m;
  });
  const explicitRt = part('explicitRt', explicit('routeTable')) as () => Map<ResourceId, RouteTable[]>;
  const explicitAcl = part('explicitAcl', explicit('nacl')) as () => Map<ResourceId, NetworkAcl[]>;
  const members = part('members', () => {
    const m = new Map<ResourceId, Resource[]>();
    for (const r of index.byId.values()) {
      if (isKindWith(r, 'securityGroupMember') && 'securityGroupIds' in r) {
        const ids = list<unknown>(r.securityGroupIds);
        if (ids.length === 1) {
          if (typeof ids[0] === 'string') push(m, ids[0], r);
        } else for (const id of new Set(ids)) if (typeof id === 'string') push(m, id, r);
      }
    }
    return m;
  });
  // Addresses: by subnet, each assigned when a resource of it is first asked about (LB-001 asks
  // only for the load balancers' subnets); the whole design at once when ids repeat.
  const addresses = part('addresses', () => ({
    bySubnet: new Map<ResourceId, Map<ResourceId, number>>(),
    all: undefined as Map<ResourceId, number> | undefined,
  }));
  const unique = index.byId.size === design.resources.length;
  let positions: Map<ResourceId, number> | undefined;
  const order = () => (positions ??= new Map(design.resources.map((r, i) => [r.id, i])));
  const address = (id: ResourceId): number | null => {
    const a = addresses();
    if (!unique) return (a.all ??= assignAddresses(index)).get(id) ?? null;
    const r = index.byId.get(id);
    if (!r || !isKindWith(r, 'addressable')) return null;
    const stat = 'privateIp' in r ? ipToInt(str(r.privateIp) ?? '') : null;
    if (stat !== null) return stat;
    const subnet = index.subnetOf(r.parent);
    if (!subnet) return null;
    let m = a.bySubnet.get(subnet.id);
    if (!m) a.bySubnet.set(subnet.id, (m = assignInSubnet(index, subnet, order)));
    return m.get(id) ?? null;
  };
  const publicSubnets = part('publicSubnets', () => new Map<ResourceId, boolean>());

  const none: readonly never[] = [];
  const mainTable = (vpcId: ResourceId | undefined) =>
    (tablesByVpc().get(vpcId ?? '') ?? none).find((t) => t.main === true);
  const defaultNacl = (vpcId: ResourceId | undefined) =>
    (naclsByVpc().get(vpcId ?? '') ?? none).find((t) => t.isDefault === true);
  const routeTableOf = (subnetId: ResourceId) =>
    explicitRt().get(subnetId)?.[0] ?? mainTable(index.vpcOf(subnetId)?.id);
  const attachedIgw = (target: unknown, vpcId: ResourceId | undefined) => {
    const igw = index.getKind(str(target), 'igw');
    return igw && vpcId !== undefined && igw.parent === vpcId ? igw : undefined;
  };

  const ctx: ValidationContext = {
    design,
    index,
    cidr,
    ip,
    vpcBlocks: (id) => blocks().get(id ?? '') ?? none,
    subnetsOf: (id) => subnetsByVpc().get(id ?? '') ?? none,
    routeTablesOf: (id) => tablesByVpc().get(id ?? '') ?? none,
    naclsOf: (id) => naclsByVpc().get(id ?? '') ?? none,
    securityGroupsOf: (id) => sgsByVpc().get(id ?? '') ?? none,
    igwsOf: (id) => igwsByVpc().get(id ?? '') ?? none,
    peeringsOf: (id) => pcxByVpc().get(id ?? '') ?? none,
    peerOf: (pcx, vpcId) => {
      const a = str(pcx.requesterVpcId);
      const b = str(pcx.accepterVpcId);
      if (vpcId === undefined) return undefined;
      if (a === vpcId) return index.getKind(b, 'vpc');
      if (b === vpcId) return index.getKind(a, 'vpc');
      return undefined;
    },
    explicitRouteTables: (id) => explicitRt().get(id) ?? none,
    explicitNacls: (id) => explicitAcl().get(id) ?? none,
    routeTableOf,
    naclOf: (subnetId) => explicitAcl().get(subnetId)?.[0] ?? defaultNacl(index.vpcOf(subnetId)?.id),
    zoneOf: (id) => {
      const az: AvailabilityZone | undefined = index.azOf(id);
      const z = az ? str(az.zone) : null;
      return z && z.trim() ? z : null;
    },
    subnetOfResource: (id) => {
      const r = index.get(id);
      return r ? index.subnetOf(r.parent) : undefined;
    },
    address,
    sgsOf: (id) => {
      const r = index.get(id);
      if (!r || !('securityGroupIds' in r)) return none;
      const ids = list<unknown>(r.securityGroupIds);
      if (ids.length <= 1) {
        // The common case, without the Set.
        const sg = ids.length ? index.getKind(str(ids[0]), 'securityGroup') : undefined;
        return sg ? [sg] : none;
      }
      const out: SecurityGroup[] = [];
      for (const s of new Set(ids)) {
        const sg = index.getKind(str(s), 'securityGroup');
        if (sg) out.push(sg);
      }
      return out;
    },
    sgMembers: (id) => members().get(id) ?? none,
    isPublicSubnet: (subnetId) => {
      const cache = publicSubnets();
      let p = cache.get(subnetId);
      if (p === undefined) {
        const table = routeTableOf(subnetId);
        const vpc = index.vpcOf(subnetId);
        p =
          !!table &&
          list<{ target?: unknown } | null>(table.routes).some((rt) => !!rt && !!attachedIgw(rt.target, vpc?.id));
        cache.set(subnetId, p);
      }
      return p;
    },
    attachedIgw,
  };
  internals.set(ctx, { parts, cidrs: cidrCache });
  cache.set(design, ctx);
  return ctx;
}
