/**
 * What an export writes, decided once for both languages: the Region it deploys to, the design's
 * resources in it in a fixed order (containers first, then each kind by name), and the facts both
 * writers ask (the subnets that use a table, whether a default resource still has AWS's rules).
 * The notes common to both languages are added here.
 */
import { indexDesign, type DesignIndex } from '../../model/graph.ts';
import type { Design, NaclRule, Resource, ResourceKind, ResourceOfKind, SgRule, Vpc } from '../../model/types.ts';
import { buildContext, type ValidationContext } from '../../validation/index.ts';
import { NoteList } from './notes.ts';

/** The order resources are written in: what others refer to first. */
export const KIND_ORDER = [
  'prefixList',
  'vpc',
  'subnet',
  'igw',
  'nat',
  'peering',
  'routeTable',
  'nacl',
  'securityGroup',
  'instance',
  'loadBalancer',
  'rds',
] as const satisfies readonly ResourceKind[];
export type ExportedKind = (typeof KIND_ORDER)[number];

export interface Plan {
  readonly design: Design;
  readonly index: DesignIndex;
  readonly ctx: ValidationContext;
  /** The Region the code deploys to (the design's first Region; us-east-1 when it has none). */
  readonly region: string;
  readonly notes: NoteList;
  /**
   * The gateway endpoints (S3, DynamoDB) an import kept as external resources: written as
   * endpoints, which add their routes to the service's prefix list themselves.
   */
  readonly gatewayEndpoints: readonly GatewayEndpoint[];
  /** The resources of a kind that are exported, by name, then id. */
  list<K extends ExportedKind>(kind: K): readonly ResourceOfKind<K>[];
  /** Whether a resource is written (in the Region, of a kind that is written). */
  has(id: string | null | undefined): boolean;
  /** The subnets (exported) that use a route table, explicitly or as the VPC's main table. */
  subnetsUsingTable(tableId: string): readonly string[];
  /** The subnets (exported) whose network ACL is this one, explicitly or as the VPC's default. */
  subnetsUsingAcl(aclId: string): readonly string[];
  /** The zone a subnet is in. */
  zoneOf(subnetId: string): string;
}

const byName = (a: Resource, b: Resource) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function makePlan(design: Design): Plan {
  const index = indexDesign(design);
  const ctx = buildContext(design);
  const notes = new NoteList();
  const regions = design.resources.filter((r) => r.kind === 'region');
  const region = regions[0]?.code?.trim() || 'us-east-1';
  const inRegion = (r: Resource) => {
    const reg = index.regionOf(r.id);
    if (reg) return reg === regions[0];
    if (r.kind === 'peering') {
      const vpcs = [r.requesterVpcId, r.accepterVpcId].map((v) => index.regionOf(v));
      return vpcs.every((v) => !v || v === regions[0]);
    }
    return r.kind === 'prefixList' || regions.length === 0;
  };
  const exported = new Map<ExportedKind, Resource[]>(KIND_ORDER.map((k) => [k, []]));
  const has = new Set<string>();
  const elsewhere: Resource[] = [];
  for (const r of design.resources) {
    const list = exported.get(r.kind as ExportedKind);
    if (!list) continue;
    // A subnet, gateway or workload outside a VPC cannot be deployed: it is left out (the validator says so too).
    const needsVpc = r.kind !== 'prefixList' && r.kind !== 'vpc' && r.kind !== 'peering';
    if (needsVpc && !index.vpcOf(r.id)) {
      notes.add(
        'unplaced',
        'warning',
        `${r.name} is in no VPC, so it cannot be deployed; it is left out.`,
        { name: r.name },
        [r.id],
      );
      continue;
    }
    if (r.kind === 'subnet' && !index.azOf(r.id)) {
      notes.add('unplaced', 'warning', `${r.name} is in no Availability Zone; it is left out.`, { name: r.name }, [
        r.id,
      ]);
      continue;
    }
    if (
      needsVpc &&
      r.kind !== 'subnet' &&
      (KIND_SUBNET_BOUND as readonly string[]).includes(r.kind) &&
      !index.subnetOf(r.id)
    ) {
      notes.add('unplaced', 'warning', `${r.name} is in no subnet; it is left out.`, { name: r.name }, [r.id]);
      continue;
    }
    if (!inRegion(r)) {
      elsewhere.push(r);
      continue;
    }
    list.push(r);
    has.add(r.id);
  }
  for (const list of exported.values()) list.sort(byName);
  if (elsewhere.length) {
    const codes = [...new Set(regions.slice(1).map((r) => r.code))].join(', ');
    notes.add(
      'other-region',
      'warning',
      `The code deploys to ${region}; the ${elsewhere.length} resources in ${codes} are left out (export them from a design of their own).`,
      { region, count: elsewhere.length, regions: codes },
      elsewhere.map((r) => r.id),
    );
  }
  const endpoints = design.resources
    .filter((r): r is ResourceOfKind<'external'> => r.kind === 'external')
    .map((r) => gatewayEndpoint(r, index))
    .filter((e): e is GatewayEndpoint => e !== null && has.has(e.vpc.id))
    .sort((a, b) => byName(a.resource, b.resource));
  const endpointIds = new Set(endpoints.map((e) => e.resource.id));
  for (const r of design.resources)
    if (r.kind === 'external' && !endpointIds.has(r.id))
      notes.add(
        'external-left-out',
        'info',
        `${r.name} (${r.awsType}) is not modelled by VPC Town; it is left out, and what refers to it takes its id as a parameter.`,
        { name: r.name, awsType: r.awsType },
        [r.id],
      );
  const flows = design.flows.length;
  notes.add(
    flows ? 'layout-and-flows' : 'layout',
    'info',
    `Positions, sizes${flows ? ` and the ${flows} drawn traffic flow${flows === 1 ? '' : 's'}` : ''} are not part of the code; keep the design's JSON for them.`,
    { flows },
  );
  notes.add(
    'ids',
    'info',
    'AWS gives every resource a new id when it is created; the code refers to resources by name, and a design read back from it has ids made of those names.',
  );

  const subnetIds = () => exported.get('subnet')!.map((s) => s.id);
  return {
    design,
    index,
    ctx,
    region,
    notes,
    gatewayEndpoints: endpoints,
    list: <K extends ExportedKind>(kind: K) => exported.get(kind) as unknown as readonly ResourceOfKind<K>[],
    has: (id) => !!id && has.has(id),
    subnetsUsingTable: (tableId) => subnetIds().filter((s) => ctx.routeTableOf(s)?.id === tableId),
    subnetsUsingAcl: (aclId) => subnetIds().filter((s) => ctx.naclOf(s)?.id === aclId),
    zoneOf: (subnetId) => index.azOf(subnetId)?.zone ?? `${region}a`,
  };
}

/** Kinds that live in a subnet. */
const KIND_SUBNET_BOUND = ['nat', 'instance', 'loadBalancer', 'rds'] as const;

/** The VPC that holds a resource. */
export function vpcOf(plan: Plan, id: string): Vpc | undefined {
  return plan.index.vpcOf(id);
}

/**
 * AWS's rules for a default network ACL: rule 100 allows everything, in and out; in a VPC with an
 * IPv6 block, rule 101 allows all IPv6 traffic too.
 */
export function hasDefaultAclRules(rules: readonly NaclRule[]): boolean {
  const allowAll = (direction: 'inbound' | 'outbound', number = 100, cidr = '0.0.0.0/0') =>
    rules.some(
      (r) =>
        r.direction === direction &&
        r.number === number &&
        r.action === 'allow' &&
        r.protocol === 'all' &&
        r.cidr === cidr,
    );
  const v4 = allowAll('inbound') && allowAll('outbound');
  const v6 = allowAll('inbound', 101, '::/0') && allowAll('outbound', 101, '::/0');
  return v4 && (rules.length === 2 || (rules.length === 4 && v6));
}

/** EC2's default egress rule of a new group: all traffic to 0.0.0.0/0. */
export function isAllowAllEgress(r: SgRule): boolean {
  return r.protocol === 'all' && r.cidr === '0.0.0.0/0' && !r.sourceSg && !r.prefixListId;
}

/** A default group's rules as AWS makes them: all traffic from itself in, all traffic out. */
export function hasDefaultSgRules(sg: ResourceOfKind<'securityGroup'>): boolean {
  return (
    sg.ingress.length === 1 &&
    sg.ingress[0]!.protocol === 'all' &&
    sg.ingress[0]!.sourceSg === sg.id &&
    isAllowAllEgress(sg.egress[0] ?? ({} as SgRule)) &&
    // In a VPC with an IPv6 block AWS adds all IPv6 traffic out.
    (sg.egress.length === 1 ||
      (sg.egress.length === 2 && sg.egress[1]!.protocol === 'all' && sg.egress[1]!.cidr === '::/0'))
  );
}

/** Whether a route table has routes other than its local ones. */
export function hasOwnRoutes(t: ResourceOfKind<'routeTable'>): boolean {
  return t.routes.some((r) => r.target !== 'local');
}

export interface GatewayEndpoint {
  readonly resource: ResourceOfKind<'external'>;
  readonly service: string;
  readonly vpc: Vpc;
}

/** An external resource that is a gateway endpoint of one VPC, with its service's name. */
function gatewayEndpoint(r: ResourceOfKind<'external'>, index: DesignIndex): GatewayEndpoint | null {
  const attr = (k: string) => r.attributes.find((a) => a.key === k)?.value;
  const service = attr('ServiceName');
  const vpcs = r.vpcIds.map((v) => index.get(v)).filter((v): v is Vpc => v?.kind === 'vpc');
  if (r.awsType !== 'vpc-endpoint' || attr('VpcEndpointType') !== 'Gateway' || !service || vpcs.length !== 1)
    return null;
  return { resource: r, service, vpc: vpcs[0]! };
}
