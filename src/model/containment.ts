/**
 * Where each kind of resource may sit, following AWS's diagram nesting (each kind's `parents`):
 * region > VPC > AZ > subnet > instance / NAT gateway / load balancer / database.
 * Route tables, NACLs, security groups and the internet gateway belong to a VPC.
 */
import { KINDS } from './kinds/index.ts';
import type { ResourceKind } from './types.ts';

/** The kinds `kind` may sit in; `null` means the top level of the canvas. */
export function allowedParents(kind: ResourceKind): readonly (ResourceKind | null)[] {
  return KINDS[kind].parents as readonly (ResourceKind | null)[];
}

export function canContain(parentKind: ResourceKind | null, childKind: ResourceKind): boolean {
  return allowedParents(childKind).includes(parentKind);
}
