/**
 * The shared, read-only facts every rule and the reachability engine need, computed once per
 * design snapshot (O(n)) and cached per design object (designs are immutable). Nothing here scans
 * the whole resource list per query: effective route tables / NACLs, addresses and memberships are
 * maps built in one pass.
 */
import { cidrOrNull, firstUsable, ipToInt, isReservedInSubnet, type Cidr } from '../model/cidr.ts';
import { indexDesign, type DesignIndex } from '../model/graph.ts';
import type {
  AvailabilityZone,
  Design,
  InternetGateway,
  NetworkAcl,
  PeeringConnection,
  Resource,
  ResourceId,
  RouteTable,
  SecurityGroup,
  Subnet,
  Vpc,
} from '../model/types.ts';
import { list, str } from './safe.ts';

export interface Block {
  readonly text: string;
  readonly cidr: Cidr;
}

/** Kinds that own a network interface (an address in a subnet). */
export const ADDRESSABLE_KINDS = ['instance', 'rds', 'nat', 'loadBalancer'] as const;
export type AddressableKind = (typeof ADDRESSABLE_KINDS)[number];

export function isAddressable(r: Resource | undefined): boolean {
  return !!r && (ADDRESSABLE_KINDS as readonly string[]).includes(r.kind);
}

/** Kinds that carry security groups. */
export const SG_KINDS = ['instance', 'rds', 'loadBalancer'] as const;

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

const cache = new WeakMap<Design, ValidationContext>();

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
    if (!isAddressable(r) || out.has(r.id)) continue;
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

export function buildContext(design: Design): ValidationContext {
  const hit = cache.get(design);
  if (hit) return hit;
  const index = indexDesign(design);
  const cidrCache = new Map<string, Cidr | null>();
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

  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const a = m.get(k);
    if (a) a.push(v);
    else m.set(k, [v]);
  };
  const subnetsByVpc = new Map<ResourceId, Subnet[]>();
  const tablesByVpc = new Map<ResourceId, RouteTable[]>();
  const naclsByVpc = new Map<ResourceId, NetworkAcl[]>();
  const sgsByVpc = new Map<ResourceId, SecurityGroup[]>();
  const igwsByVpc = new Map<ResourceId, InternetGateway[]>();
  const pcxByVpc = new Map<ResourceId, PeeringConnection[]>();
  const explicitRt = new Map<ResourceId, RouteTable[]>();
  const explicitAcl = new Map<ResourceId, NetworkAcl[]>();
  const members = new Map<ResourceId, Resource[]>();
  const blocks = new Map<ResourceId, Block[]>();

  for (const r of index.byId.values()) {
    switch (r.kind) {
      case 'vpc': {
        const bs: Block[] = [];
        for (const t of list<unknown>(r.cidrBlocks)) {
          const c = cidr(t);
          if (c) bs.push({ text: t as string, cidr: c });
        }
        blocks.set(r.id, bs);
        break;
      }
      case 'subnet': {
        const v = index.vpcOf(r.id);
        if (v) push(subnetsByVpc, v.id, r);
        break;
      }
      case 'routeTable': {
        const v = index.getKind(r.parent, 'vpc');
        if (v) push(tablesByVpc, v.id, r);
        for (const s of new Set(list<unknown>(r.subnetIds))) if (typeof s === 'string') push(explicitRt, s, r);
        break;
      }
      case 'nacl': {
        const v = index.getKind(r.parent, 'vpc');
        if (v) push(naclsByVpc, v.id, r);
        for (const s of new Set(list<unknown>(r.subnetIds))) if (typeof s === 'string') push(explicitAcl, s, r);
        break;
      }
      case 'securityGroup': {
        const v = index.getKind(r.parent, 'vpc');
        if (v) push(sgsByVpc, v.id, r);
        break;
      }
      case 'igw': {
        const v = index.getKind(r.parent, 'vpc');
        if (v) push(igwsByVpc, v.id, r);
        break;
      }
      case 'peering': {
        const a = index.getKind(str(r.requesterVpcId), 'vpc');
        const b = index.getKind(str(r.accepterVpcId), 'vpc');
        if (a && b) {
          push(pcxByVpc, a.id, r);
          if (b.id !== a.id) push(pcxByVpc, b.id, r);
        }
        break;
      }
      default:
        break;
    }
    if ((SG_KINDS as readonly string[]).includes(r.kind) && 'securityGroupIds' in r) {
      for (const id of new Set(list<unknown>(r.securityGroupIds))) if (typeof id === 'string') push(members, id, r);
    }
  }

  const addresses = assignAddresses(index);
  const none: readonly never[] = [];
  const mainTable = (vpcId: ResourceId | undefined) => (tablesByVpc.get(vpcId ?? '') ?? none).find((t) => t.main === true);
  const defaultNacl = (vpcId: ResourceId | undefined) =>
    (naclsByVpc.get(vpcId ?? '') ?? none).find((t) => t.isDefault === true);
  const routeTableOf = (subnetId: ResourceId) =>
    explicitRt.get(subnetId)?.[0] ?? mainTable(index.vpcOf(subnetId)?.id);
  const publicCache = new Map<ResourceId, boolean>();
  const attachedIgw = (target: unknown, vpcId: ResourceId | undefined) => {
    const igw = index.getKind(str(target), 'igw');
    return igw && vpcId !== undefined && igw.parent === vpcId ? igw : undefined;
  };

  const ctx: ValidationContext = {
    design,
    index,
    cidr,
    ip,
    vpcBlocks: (id) => blocks.get(id ?? '') ?? none,
    subnetsOf: (id) => subnetsByVpc.get(id ?? '') ?? none,
    routeTablesOf: (id) => tablesByVpc.get(id ?? '') ?? none,
    naclsOf: (id) => naclsByVpc.get(id ?? '') ?? none,
    securityGroupsOf: (id) => sgsByVpc.get(id ?? '') ?? none,
    igwsOf: (id) => igwsByVpc.get(id ?? '') ?? none,
    peeringsOf: (id) => pcxByVpc.get(id ?? '') ?? none,
    peerOf: (pcx, vpcId) => {
      const a = str(pcx.requesterVpcId);
      const b = str(pcx.accepterVpcId);
      if (vpcId === undefined) return undefined;
      if (a === vpcId) return index.getKind(b, 'vpc');
      if (b === vpcId) return index.getKind(a, 'vpc');
      return undefined;
    },
    explicitRouteTables: (id) => explicitRt.get(id) ?? none,
    explicitNacls: (id) => explicitAcl.get(id) ?? none,
    routeTableOf,
    naclOf: (subnetId) => explicitAcl.get(subnetId)?.[0] ?? defaultNacl(index.vpcOf(subnetId)?.id),
    zoneOf: (id) => {
      const az: AvailabilityZone | undefined = index.azOf(id);
      const z = az ? str(az.zone) : null;
      return z && z.trim() ? z : null;
    },
    subnetOfResource: (id) => {
      const r = index.get(id);
      return r ? index.subnetOf(r.parent) : undefined;
    },
    address: (id) => addresses.get(id) ?? null,
    sgsOf: (id) => {
      const r = index.get(id);
      if (!r || !('securityGroupIds' in r)) return none;
      const out: SecurityGroup[] = [];
      for (const s of new Set(list<unknown>(r.securityGroupIds))) {
        const sg = index.getKind(str(s), 'securityGroup');
        if (sg) out.push(sg);
      }
      return out;
    },
    sgMembers: (id) => members.get(id) ?? none,
    isPublicSubnet: (subnetId) => {
      let p = publicCache.get(subnetId);
      if (p === undefined) {
        const table = routeTableOf(subnetId);
        const vpc = index.vpcOf(subnetId);
        p = !!table && list<{ target?: unknown } | null>(table.routes).some((rt) => !!rt && !!attachedIgw(rt.target, vpc?.id));
        publicCache.set(subnetId, p);
      }
      return p;
    },
    attachedIgw,
  };
  cache.set(design, ctx);
  return ctx;
}
