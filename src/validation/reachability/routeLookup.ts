/**
 * Route lookup: the routes of a subnet's table that match an address, longest prefix first, each
 * with what its target is from that VPC (a gateway, an instance, or a blackhole and why).
 */
import { containsIp, type Cidr } from '../../model/cidr.ts';
import type { InternetGateway, NatGateway, PeeringConnection, Resource, Subnet, Vpc } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { parsedRoutes } from '../rules/routes.ts';
import { targetProse } from './prose.ts';

export type Target =
  | { kind: 'local' }
  | { kind: 'igw'; igw: InternetGateway }
  | { kind: 'nat'; nat: NatGateway }
  | { kind: 'pcx'; pcx: PeeringConnection; peer: Vpc }
  | { kind: 'eni'; instance: Resource }
  | { kind: 'blackhole'; why: string };

export interface RouteMatch {
  readonly destination: Cidr;
  readonly target: string;
  readonly implicit: boolean;
  readonly resolved: Target;
  readonly table: string;
}

function resolveTarget(ctx: ValidationContext, target: string | null, vpc: Vpc): Target {
  if (target === 'local') return { kind: 'local' };
  const r = ctx.index.get(target);
  if (!r) return { kind: 'blackhole', why: targetProse.missing(target) };
  const inVpc = ctx.index.vpcOf(r.id)?.id === vpc.id;
  switch (r.kind) {
    case 'igw':
      return r.parent === vpc.id
        ? { kind: 'igw', igw: r }
        : { kind: 'blackhole', why: targetProse.igwNotAttached(r.id, vpc.id) };
    case 'nat':
      return inVpc ? { kind: 'nat', nat: r } : { kind: 'blackhole', why: targetProse.natInOtherVpc(r.id) };
    case 'peering': {
      const peer = ctx.peerOf(r, vpc.id);
      return peer && peer.id !== vpc.id
        ? { kind: 'pcx', pcx: r, peer }
        : { kind: 'blackhole', why: targetProse.pcxNotConnecting(r.id, vpc.id) };
    }
    case 'instance':
      return inVpc ? { kind: 'eni', instance: r } : { kind: 'blackhole', why: targetProse.instanceInOtherVpc(r.id) };
    default:
      return { kind: 'blackhole', why: targetProse.notATarget(r.id, r.kind) };
  }
}

/** The subnet of `vpc` whose block holds `addr`. */
export function subnetContaining(ctx: ValidationContext, vpc: Vpc, addr: number): Subnet | undefined {
  return ctx.subnetsOf(vpc.id).find((s) => {
    const c = ctx.cidr(s.cidr);
    return !!c && containsIp(c, addr);
  });
}

/** All routes of the subnet's table matching `addr`, best first (longest prefix; ties: listed first wins). */
export function routeLookup(
  ctx: ValidationContext,
  subnet: Subnet,
  vpc: Vpc,
  addr: number,
): { table: string; matches: RouteMatch[] } {
  const table = ctx.routeTableOf(subnet.id);
  const tableId = table?.id ?? `${vpc.id} (no route table)`;
  const routes = table ? parsedRoutes(ctx, table) : [];
  const matches: RouteMatch[] = [];
  for (const r of routes) {
    if (containsIp(r.destination, addr)) {
      matches.push({
        destination: r.destination,
        target: r.target ?? '',
        implicit: false,
        resolved: resolveTarget(ctx, r.target, vpc),
        table: tableId,
      });
    }
  }
  // The local route of each VPC block cannot be removed [UG:VPC_Route_Tables]: assume it when the
  // table omits it (RT-001 reports the omission).
  for (const b of ctx.vpcBlocks(vpc.id)) {
    if (!containsIp(b.cidr, addr)) continue;
    const present = routes.some((r) => r.destination.base === b.cidr.base && r.destination.prefix === b.cidr.prefix);
    if (!present)
      matches.push({
        destination: b.cidr,
        target: 'local',
        implicit: true,
        resolved: { kind: 'local' },
        table: tableId,
      });
  }
  matches.sort((a, b) => b.destination.prefix - a.destination.prefix); // stable: document order among ties
  return { table: tableId, matches };
}
