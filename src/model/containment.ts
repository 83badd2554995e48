/**
 * Where each kind of resource may sit, following AWS's diagram nesting:
 * region > VPC > AZ > subnet > instance / NAT gateway / load balancer / database.
 * Route tables, NACLs, security groups and the internet gateway belong to a VPC.
 */
import type { ResourceKind } from './types.ts';

/** `null` means the top level of the canvas. */
export const ALLOWED_PARENTS: Record<ResourceKind, readonly (ResourceKind | null)[]> = {
  region: [null],
  vpc: ['region'],
  az: ['vpc'],
  subnet: ['az'],
  igw: ['vpc'],
  nat: ['subnet'],
  routeTable: ['vpc'],
  nacl: ['vpc'],
  securityGroup: ['vpc'],
  instance: ['subnet'],
  loadBalancer: ['subnet'],
  rds: ['subnet'],
  peering: [null, 'region'],
};

export function canContain(parentKind: ResourceKind | null, childKind: ResourceKind): boolean {
  return ALLOWED_PARENTS[childKind].includes(parentKind);
}

/** Why a drop is refused, as a key the UI translates (i18n: `drop.refused.<key>`). */
export type DropRefusal = { readonly childKind: ResourceKind; readonly needs: readonly (ResourceKind | null)[] };

export function checkDrop(parentKind: ResourceKind | null, childKind: ResourceKind): DropRefusal | null {
  return canContain(parentKind, childKind) ? null : { childKind, needs: ALLOWED_PARENTS[childKind] };
}
