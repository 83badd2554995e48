/**
 * The registry of resource kinds. Adding a kind: write its definition (a file here, listed below),
 * its icon (src/canvas/icons.ts) and its texts (src/i18n/locales); the compiler and the registry
 * tests (kinds.test.ts) name anything else it needs.
 */
import type { KindDef, KindRole, ResourceOfDef } from './define.ts';
import { region } from './region.ts';
import { vpc } from './vpc.ts';
import { az } from './az.ts';
import { subnet } from './subnet.ts';
import { igw } from './igw.ts';
import { nat } from './nat.ts';
import { routeTable } from './routeTable.ts';
import { nacl } from './nacl.ts';
import { securityGroup } from './securityGroup.ts';
import { instance } from './instance.ts';
import { loadBalancer } from './loadBalancer.ts';
import { rds } from './rds.ts';
import { peering } from './peering.ts';
import { external } from './external.ts';
import { prefixList } from './prefixList.ts';
import { transitGateway } from './transitGateway.ts';
import { tgwAttachment } from './tgwAttachment.ts';
import { tgwRouteTable } from './tgwRouteTable.ts';
import { vpnGateway } from './vpnGateway.ts';
import { customerGateway } from './customerGateway.ts';
import { vpnConnection } from './vpnConnection.ts';
import { gatewayEndpoint } from './gatewayEndpoint.ts';
import { interfaceEndpoint } from './interfaceEndpoint.ts';
import { egressOnlyIgw } from './egressOnlyIgw.ts';
import { targetGroup } from './targetGroup.ts';
import { networkInterface } from './networkInterface.ts';

/** Every kind, in palette order. */
const DEFS = [
  region,
  vpc,
  az,
  subnet,
  igw,
  nat,
  routeTable,
  nacl,
  securityGroup,
  instance,
  loadBalancer,
  rds,
  peering,
  external,
  prefixList,
  transitGateway,
  tgwAttachment,
  tgwRouteTable,
  vpnGateway,
  customerGateway,
  vpnConnection,
  gatewayEndpoint,
  interfaceEndpoint,
  egressOnlyIgw,
  targetGroup,
  networkInterface,
] as const;

type Defs = (typeof DEFS)[number];
/** The definitions in palette order, for ./schemas.ts. */
export const KIND_DEFS: readonly Defs[] = DEFS;
export type ResourceKind = Defs['kind'];
type DefOf<K extends ResourceKind> = Extract<Defs, { kind: K }>;

/** The resource of each kind, derived from its schema. */
export type ResourceOfKind<K extends ResourceKind> = ResourceOfDef<DefOf<K>>;
export type Resource = { [K in ResourceKind]: ResourceOfKind<K> }[ResourceKind];

export const KINDS: { readonly [K in ResourceKind]: DefOf<K> } = Object.fromEntries(
  DEFS.map((d) => [d.kind, d]),
) as never;

/** Every kind, in palette order. */
export const RESOURCE_KINDS: readonly ResourceKind[] = DEFS.map((d) => d.kind);

/** Whether `kind` names a kind of the registry (a design read from anywhere may hold any string). */
export function isResourceKind(kind: unknown): kind is ResourceKind {
  return typeof kind === 'string' && Object.hasOwn(KINDS, kind);
}

/** The definition of a kind, typed loosely, for code that treats every kind alike. */
export function kindDef(kind: ResourceKind): KindDef {
  return KINDS[kind] as unknown as KindDef;
}

/** The kinds that have `role`, e.g. `KindsWith<'workload'>` = `'instance' | 'loadBalancer' | 'rds'`. */
export type KindsWith<R extends KindRole> = {
  [K in ResourceKind]: DefOf<K>['roles'] extends { readonly [P in R]: true } ? K : never;
}[ResourceKind];

/** The kinds with `role`, in palette order. */
export function kindsWith<R extends KindRole>(role: R): readonly KindsWith<R>[] {
  return DEFS.filter((d) => (d.roles as Partial<Record<KindRole, true>>)[role]).map(
    (d) => d.kind,
  ) as unknown as readonly KindsWith<R>[];
}

export function hasRole<R extends KindRole>(
  r: { readonly kind: ResourceKind },
  role: R,
): r is ResourceOfKind<KindsWith<R>> {
  return !!(KINDS[r.kind].roles as Partial<Record<KindRole, true>>)[role];
}

export type ContainerKind = { [K in ResourceKind]: DefOf<K>['container'] extends true ? K : never }[ResourceKind];
export type Container = ResourceOfKind<ContainerKind>;
export const CONTAINER_KINDS: readonly ContainerKind[] = DEFS.filter((d) => d.container).map(
  (d) => d.kind,
) as readonly ContainerKind[];

export function isContainer(r: Resource): r is Container {
  return KINDS[r.kind].container;
}

/**
 * How deep a kind nests at the least, from the kinds' parents: 0 for what sits at the top level
 * (region), 1 for what sits in it (VPC), and so on.
 */
export function nestingDepth(kind: ResourceKind): number {
  const seen = new Set<ResourceKind>();
  const depth = (k: ResourceKind): number => {
    if (seen.has(k)) return Infinity;
    seen.add(k);
    const parents = KINDS[k].parents as readonly (ResourceKind | null)[];
    const d = Math.min(...parents.map((p) => (p === null ? 0 : depth(p) + 1)));
    seen.delete(k);
    return d;
  };
  return depth(kind);
}

export type { KindDef, KindRole, KindGroup, RefField, InspectorSection, KindRoles } from './define.ts';
export type { Defs as AnyKindDef };
export * from './fields.ts';
export { LB_PROTOCOLS, type LbProtocol } from './targetGroup.ts';
export { LISTENER_ACTIONS, answeringAction, type ListenerAction } from './loadBalancer.ts';
