/**
 * Facts derived from the document that the canvas and the validator both need.
 */
import type { DesignIndex } from './graph.ts';
import type { NetworkAcl, ResourceId, RouteTable } from './types.ts';

/** The route table a subnet uses: its explicit association, else its VPC's main table. */
export function effectiveRouteTable(index: DesignIndex, subnetId: ResourceId): RouteTable | undefined {
  const explicit = index.ofKind('routeTable').find((t) => t.subnetIds.includes(subnetId));
  if (explicit) return explicit;
  const vpc = index.vpcOf(subnetId);
  if (!vpc) return undefined;
  return index.children(vpc.id).find((c): c is RouteTable => c.kind === 'routeTable' && c.main);
}

export function effectiveNacl(index: DesignIndex, subnetId: ResourceId): NetworkAcl | undefined {
  const explicit = index.ofKind('nacl').find((t) => t.subnetIds.includes(subnetId));
  if (explicit) return explicit;
  const vpc = index.vpcOf(subnetId);
  if (!vpc) return undefined;
  return index.children(vpc.id).find((c): c is NetworkAcl => c.kind === 'nacl' && c.isDefault);
}

/** AWS: a subnet is public when its route table has a route to an internet gateway attached to its VPC. */
export function isPublicSubnet(index: DesignIndex, subnetId: ResourceId): boolean {
  const table = effectiveRouteTable(index, subnetId);
  if (!table) return false;
  const vpc = index.vpcOf(subnetId);
  return table.routes.some((r) => {
    const igw = index.getKind(r.target, 'igw');
    return !!igw && igw.parent === vpc?.id;
  });
}
