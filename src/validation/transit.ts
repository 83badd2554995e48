/**
 * Readers for transit gateways and site-to-site VPNs, shared by the TGW-* and VPN-* rules and the
 * path engine. Designs may be anything, so every field is read through safe.ts.
 *
 * A transit gateway route table's routes [TGW:tgw-route-tables]: its static routes (to an
 * attachment, or a blackhole) and the routes its propagating attachments bring (a VPC attachment
 * its VPC's CIDR blocks; a BGP VPN connection its on-premises networks; a static VPN propagates
 * nothing, its routes are static routes of the table). Route evaluation order: the most specific
 * route first; for the same destination a static route beats a propagated one ("Route evaluation
 * order", docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html).
 */
import { containsIp, type Cidr } from '../model/cidr.ts';
import type {
  ResourceId,
  TgwAttachment,
  TgwRouteTable,
  TransitGateway,
  VpnConnection,
  VpnGateway,
} from '../model/types.ts';
import type { ValidationContext } from './context.ts';
import { list, objects, str } from './safe.ts';

export const BLACKHOLE = 'blackhole';

export interface TgwRoute {
  readonly destination: Cidr;
  /** An attachment id (VPC attachment or VPN connection), or `blackhole`. */
  readonly target: string;
  readonly propagated: boolean;
  readonly table: ResourceId;
}

export type TgwAttachmentLike = TgwAttachment | VpnConnection;

/** A VPC attachment or a VPN connection that ends at a transit gateway. */
export function tgwAttachmentById(ctx: ValidationContext, id: unknown): TgwAttachmentLike | undefined {
  const r = ctx.index.get(str(id));
  if (r?.kind === 'tgwAttachment') return r;
  if (r?.kind === 'vpnConnection' && str(r.transitGatewayId)) return r;
  return undefined;
}

/** The transit gateway an attachment (or VPN connection) belongs to. */
export function tgwOfAttachment(ctx: ValidationContext, a: TgwAttachmentLike): TransitGateway | undefined {
  return ctx.index.getKind(str(a.transitGatewayId), 'transitGateway');
}

/** The route table an attachment is associated with, when it exists and belongs to the same transit gateway. */
export function associatedTable(ctx: ValidationContext, a: TgwAttachmentLike): TgwRouteTable | undefined {
  const id = a.kind === 'tgwAttachment' ? a.routeTableId : a.tgwRouteTableId;
  const t = ctx.index.getKind(str(id), 'tgwRouteTable');
  return t && str(t.transitGatewayId) === str(a.transitGatewayId) ? t : undefined;
}

/** The VPC attachment of `vpcId` to `tgwId`. */
export function vpcAttachment(ctx: ValidationContext, vpcId: ResourceId, tgwId: ResourceId): TgwAttachment | undefined {
  return ctx.index.ofKind('tgwAttachment').find((a) => a.parent === vpcId && str(a.transitGatewayId) === tgwId);
}

/** The VPN connections that end at a virtual private gateway. */
export function vpnsOfGateway(ctx: ValidationContext, vgwId: ResourceId): VpnConnection[] {
  return ctx.index.ofKind('vpnConnection').filter((v) => str(v.vpnGatewayId) === vgwId);
}

/** A VPN connection's on-premises networks that parse. */
export function onPremBlocks(ctx: ValidationContext, vpn: VpnConnection): Cidr[] {
  return list<unknown>(vpn.onPremCidrs)
    .map((c) => ctx.cidr(c))
    .filter((c): c is Cidr => c !== null);
}

/** What an attachment propagates into a route table: a VPC's blocks, a BGP VPN's networks. */
export function propagatedBlocks(ctx: ValidationContext, a: TgwAttachmentLike): Cidr[] {
  if (a.kind === 'tgwAttachment') return ctx.vpcBlocks(str(a.parent) ?? undefined).map((b) => b.cidr);
  return a.staticRoutesOnly === false ? onPremBlocks(ctx, a) : [];
}

/** Every route of a transit gateway route table: static ones in order, then propagated ones. */
export function tgwRoutes(ctx: ValidationContext, table: TgwRouteTable): TgwRoute[] {
  const out: TgwRoute[] = [];
  for (const r of objects<{ destination?: unknown; target?: unknown }>(table.routes)) {
    const destination = ctx.cidr(r.destination);
    const target = str(r.target);
    if (destination && target) out.push({ destination, target, propagated: false, table: table.id });
  }
  for (const id of list<unknown>(table.propagationIds)) {
    const a = tgwAttachmentById(ctx, id);
    if (!a || str(a.transitGatewayId) !== str(table.transitGatewayId)) continue;
    for (const destination of propagatedBlocks(ctx, a))
      out.push({ destination, target: a.id, propagated: true, table: table.id });
  }
  return out;
}

/** The routes of `table` that match `addr`, best first: longest prefix, then static before propagated. */
export function tgwLookup(ctx: ValidationContext, table: TgwRouteTable, addr: number): TgwRoute[] {
  return tgwRoutes(ctx, table)
    .filter((r) => containsIp(r.destination, addr))
    .sort((a, b) => b.destination.prefix - a.destination.prefix || Number(a.propagated) - Number(b.propagated));
}

/** Whether a route's target is a live attachment of the table's transit gateway (a blackhole otherwise). */
export function deliversTo(
  ctx: ValidationContext,
  table: TgwRouteTable,
  route: TgwRoute,
): TgwAttachmentLike | undefined {
  if (route.target === BLACKHOLE) return undefined;
  const a = tgwAttachmentById(ctx, route.target);
  return a && str(a.transitGatewayId) === str(table.transitGatewayId) ? a : undefined;
}

/** The virtual private gateways attached to a VPC (their parent) that propagate into `tableId`. */
export function propagatingGateways(ctx: ValidationContext, vpcId: ResourceId, tableId: ResourceId): VpnGateway[] {
  return ctx.index
    .ofKind('vpnGateway')
    .filter((g) => g.parent === vpcId && list<unknown>(g.propagationRouteTableIds).includes(tableId));
}
