/**
 * One definition per resource kind: defaults, size on the canvas, where it may sit, and its
 * analogy key. Framework-free: icons live in src/canvas/icons.ts because they are asset imports.
 */
import {
  ALLOWED_PARENTS,
  type Design,
  type Position,
  type Resource,
  type ResourceId,
  type ResourceKind,
  type Size,
  cidrOrNull,
  formatCidr,
  indexDesign,
  newId,
  newRecordId,
  nextFreeBlock,
} from '../model/index.ts';

export { placeNew, VPC_SHELF_ORDER, type Placement } from './placement.ts';

export type KindGroup = 'container' | 'gateway' | 'routing' | 'security' | 'compute' | 'connection';

export interface KindDef {
  readonly kind: ResourceKind;
  readonly group: KindGroup;
  /** Default size of a fresh node on the canvas. Containers can be resized; leaves cannot. */
  readonly size: Size;
  readonly container: boolean;
  readonly allowedParents: readonly (ResourceKind | null)[];
  /** Palette order. */
  readonly order: number;
}

/** Leaf nodes share one footprint so layouts line up. */
export const LEAF_SIZE: Size = { width: 120, height: 92 };
/** Space inside a container above its first child (header with icon and name). */
export const CONTAINER_HEADER = 44;
export const CONTAINER_PADDING = 24;
export const GAP = 24;

const leaf = (kind: ResourceKind, group: KindGroup, order: number): KindDef => ({
  kind,
  group,
  size: LEAF_SIZE,
  container: false,
  allowedParents: ALLOWED_PARENTS[kind],
  order,
});
const box = (kind: ResourceKind, size: Size, order: number): KindDef => ({
  kind,
  group: 'container',
  size,
  container: true,
  allowedParents: ALLOWED_PARENTS[kind],
  order,
});

export const CATALOG: Record<ResourceKind, KindDef> = {
  region: box('region', { width: 640, height: 440 }, 0),
  vpc: box('vpc', { width: 560, height: 360 }, 1),
  az: box('az', { width: 300, height: 240 }, 2),
  subnet: box('subnet', { width: 250, height: 160 }, 3),
  igw: leaf('igw', 'gateway', 4),
  nat: leaf('nat', 'gateway', 5),
  routeTable: leaf('routeTable', 'routing', 6),
  nacl: leaf('nacl', 'security', 7),
  securityGroup: leaf('securityGroup', 'security', 8),
  instance: leaf('instance', 'compute', 9),
  loadBalancer: leaf('loadBalancer', 'compute', 10),
  rds: leaf('rds', 'compute', 11),
  peering: leaf('peering', 'connection', 12),
};

export const PALETTE_KINDS: readonly ResourceKind[] = (Object.values(CATALOG) as KindDef[])
  .sort((a, b) => a.order - b.order)
  .map((d) => d.kind);

export function sizeOf(r: Resource): Size {
  return 'size' in r && r.size ? r.size : CATALOG[r.kind].size;
}

const DEFAULT_NAMES: Record<ResourceKind, string> = {
  region: 'Region',
  vpc: 'VPC',
  az: 'AZ',
  subnet: 'subnet',
  igw: 'igw',
  nat: 'nat-gw',
  routeTable: 'rtb',
  nacl: 'nacl',
  securityGroup: 'sg',
  instance: 'web',
  loadBalancer: 'alb',
  rds: 'db',
  peering: 'peering',
};

/** A name not used by any other resource of the same kind: `subnet-1`, `subnet-2`, ... */
export function uniqueName(design: Design, kind: ResourceKind): string {
  const base = DEFAULT_NAMES[kind];
  const used = new Set(design.resources.filter((r) => r.kind === kind).map((r) => r.name));
  if (kind === 'region' || kind === 'vpc' || kind === 'az') {
    if (!used.has(base)) return base;
  }
  for (let i = 1; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

const REGION_ZONES = ['a', 'b', 'c', 'd', 'e', 'f'];

/**
 * A fresh resource of `kind` dropped in `parent` at `position` (relative to the parent), with the
 * defaults AWS would give it and sensible proposals drawn from the design: the next free /24 for
 * a subnet, the next zone letter for an AZ, the next free /16 for a VPC.
 */
export function createResource(
  design: Design,
  kind: ResourceKind,
  parent: ResourceId | null,
  position: Position,
): Resource {
  const index = indexDesign(design);
  const taken = new Set(index.byId.keys());
  const base = { id: newId(kind, taken), name: uniqueName(design, kind), parent, position };
  switch (kind) {
    case 'region':
      return { ...base, kind, code: 'us-east-1', size: CATALOG.region.size };
    case 'vpc': {
      const used = index.ofKind('vpc').flatMap((v) => v.cidrBlocks.map(cidrOrNull).filter((c) => c !== null));
      const ten = cidrOrNull('10.0.0.0/8')!;
      const block = nextFreeBlock(ten, 16, used);
      return {
        ...base,
        kind,
        cidrBlocks: [block ? formatCidr(block) : '10.0.0.0/16'],
        flowLogs: true,
        isDefault: false,
        size: CATALOG.vpc.size,
      };
    }
    case 'az': {
      const region = index.regionOf(parent);
      const code = region?.code ?? 'us-east-1';
      const siblings = new Set(
        index
          .children(parent)
          .filter((c) => c.kind === 'az')
          .map((c) => (c as { zone: string }).zone),
      );
      const letter = REGION_ZONES.find((l) => !siblings.has(code + l)) ?? 'a';
      return { ...base, kind, name: `${code}${letter}`, zone: `${code}${letter}`, size: CATALOG.az.size };
    }
    case 'subnet':
      return {
        ...base,
        kind,
        cidr: proposeSubnetCidr(design, parent) ?? '',
        mapPublicIpOnLaunch: false,
        size: CATALOG.subnet.size,
      };
    case 'igw':
      return { ...base, kind };
    case 'nat':
      return { ...base, kind, connectivity: 'public', elasticIp: '203.0.113.10' };
    case 'routeTable': {
      const vpc = index.vpcOf(parent);
      const hasMain = vpc ? index.children(vpc.id).some((c) => c.kind === 'routeTable' && c.main) : false;
      return {
        ...base,
        kind,
        main: !hasMain,
        routes: (vpc?.cidrBlocks ?? []).map((b) => ({ id: newRecordId('r'), destination: b, target: 'local' })),
        subnetIds: [],
      };
    }
    case 'nacl': {
      const vpc = index.vpcOf(parent);
      const hasDefault = vpc ? index.children(vpc.id).some((c) => c.kind === 'nacl' && c.isDefault) : false;
      // AWS: the default NACL allows all traffic; a new custom NACL denies everything until rules are added.
      const rules = hasDefault
        ? []
        : (['inbound', 'outbound'] as const).map((direction) => ({
            id: newRecordId('n'),
            number: 100,
            direction,
            action: 'allow' as const,
            protocol: 'all' as const,
            fromPort: 0,
            toPort: 65535,
            cidr: '0.0.0.0/0',
          }));
      return { ...base, kind, isDefault: !hasDefault, rules, subnetIds: [] };
    }
    case 'securityGroup':
      // AWS: a new security group has no inbound rules and allows all outbound.
      return {
        ...base,
        kind,
        description: 'Managed by VPC Town',
        isDefault: false,
        ingress: [],
        egress: [
          {
            id: newRecordId('s'),
            protocol: 'all',
            fromPort: 0,
            toPort: 65535,
            cidr: '0.0.0.0/0',
            sourceSg: null,
            description: 'all outbound',
          },
        ],
      };
    case 'instance':
      return {
        ...base,
        kind,
        instanceType: 't3.micro',
        privateIp: null,
        publicIp: 'none',
        elasticIp: null,
        securityGroupIds: [],
      };
    case 'loadBalancer':
      return {
        ...base,
        kind,
        scheme: 'internet-facing',
        subnetIds: parent ? [parent] : [],
        securityGroupIds: [],
        listenerPorts: [443],
      };
    case 'rds':
      return {
        ...base,
        kind,
        engine: 'postgres',
        port: 5432,
        publiclyAccessible: false,
        subnetIds: parent ? [parent] : [],
        securityGroupIds: [],
        privateIp: null,
      };
    case 'peering':
      return { ...base, kind, requesterVpcId: null, accepterVpcId: null };
  }
}

/** The next free /24 (or smaller, if the VPC is small) inside the VPC that contains `parent`. */
export function proposeSubnetCidr(design: Design, parent: ResourceId | null): string | null {
  const index = indexDesign(design);
  const vpc = index.vpcOf(parent);
  if (!vpc) return null;
  const taken = index
    .ofKind('subnet')
    .filter((s) => index.vpcOf(s.id)?.id === vpc.id)
    .map((s) => cidrOrNull(s.cidr))
    .filter((c) => c !== null);
  for (const block of vpc.cidrBlocks) {
    const c = cidrOrNull(block);
    if (!c) continue;
    const prefix = Math.min(28, Math.max(24, c.prefix + 2 > 24 ? c.prefix + 2 : 24));
    const free = nextFreeBlock(c, prefix, taken);
    if (free) return formatCidr(free);
  }
  return null;
}

/**
 * What AWS creates with every VPC: a main route table (local route only) and a default network
 * ACL (allow all both ways). Placed in a row along the VPC's top.
 */
export function vpcDefaults(design: Design, vpc: Resource): Resource[] {
  if (vpc.kind !== 'vpc') return [];
  const withVpc = { ...design, resources: [...design.resources, vpc] };
  const rt = createResource(withVpc, 'routeTable', vpc.id, { x: CONTAINER_PADDING, y: CONTAINER_HEADER });
  const withRt = { ...withVpc, resources: [...withVpc.resources, rt] };
  const acl = createResource(withRt, 'nacl', vpc.id, {
    x: CONTAINER_PADDING + LEAF_SIZE.width + GAP,
    y: CONTAINER_HEADER,
  });
  // The names follow the VPC's when it is renamed (followVpcRename).
  return [{ ...rt, name: `${vpc.name}-main-rtb` } as Resource, { ...acl, name: `${vpc.name}-default-acl` } as Resource];
}

/** The names AWS-style defaults get from their VPC's name (vpcDefaults; a default SG from a file). */
const VPC_DEFAULT_NAMES = [
  { suffix: '-main-rtb', is: (r: Resource) => r.kind === 'routeTable' && r.main },
  { suffix: '-default-acl', is: (r: Resource) => r.kind === 'nacl' && r.isDefault },
  { suffix: '-default-sg', is: (r: Resource) => r.kind === 'securityGroup' && r.isDefault },
] as const;

/**
 * A VPC renamed from `oldName`: its main route table, default NACL and default security group
 * follow while their names are still the generated ones (`web-main-rtb` becomes `shop-main-rtb`).
 * A name the user gave is never touched.
 */
export function followVpcRename(design: Design, vpcId: ResourceId, oldName: string, newName: string): Design {
  if (oldName === newName) return design;
  let changed = false;
  const resources = design.resources.map((r) => {
    if (r.parent !== vpcId) return r;
    const rule = VPC_DEFAULT_NAMES.find((n) => n.is(r) && r.name === `${oldName}${n.suffix}`);
    if (!rule) return r;
    changed = true;
    return { ...r, name: `${newName}${rule.suffix}` } as Resource;
  });
  return changed ? { ...design, resources } : design;
}
