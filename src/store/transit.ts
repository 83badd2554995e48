/**
 * Edits that touch several resources of a transit gateway at once, as AWS makes them: attaching a
 * VPC (the attachment, with one subnet per Availability Zone, associated with and propagating into
 * the gateway's default route tables, created with the gateway's first attachment as AWS creates
 * it with the gateway), and the association and propagation checkboxes of the inspector.
 * Pure: each returns the next design.
 */
import {
  CATALOG,
  CONTAINER_HEADER,
  CONTAINER_PADDING,
  GAP,
  LEAF_SIZE,
  createResource,
  placeNew,
  sizeOf,
} from '../catalog/index.ts';
import {
  type Design,
  type Resource,
  type ResourceId,
  type Subnet,
  type TgwAttachment,
  type TgwRouteTable,
  type TransitGateway,
  type Vpc,
  type VpnGateway,
  fitContainers,
  indexDesign,
  moveResources,
} from '../model/index.ts';

const METRICS = { header: CONTAINER_HEADER, padding: CONTAINER_PADDING, gap: GAP, leaf: LEAF_SIZE, sizeOf };

function replace(design: Design, r: Resource): Design {
  return { ...design, resources: design.resources.map((x) => (x.id === r.id ? r : x)) };
}

/**
 * One subnet per Availability Zone of the VPC: in each zone the first subnet that holds no
 * workload (AWS advises a small subnet of its own for the attachment), else the zone's first.
 */
export function attachmentSubnets(design: Design, vpcId: ResourceId): ResourceId[] {
  const index = indexDesign(design);
  const byZone = new Map<string, Subnet[]>();
  for (const s of index.ofKind('subnet')) {
    if (index.vpcOf(s.id)?.id !== vpcId) continue;
    const zone = index.azOf(s.id)?.zone ?? '';
    const list = byZone.get(zone) ?? [];
    list.push(s);
    byZone.set(zone, list);
  }
  return [...byZone.values()].map((subnets) => {
    const empty = subnets.find((s) => index.children(s.id).length === 0);
    return (empty ?? subnets[0]!).id;
  });
}

/** The design with `vpcId` attached to `tgwId`; unchanged when it is already attached. */
export function attachVpc(
  design: Design,
  vpcId: ResourceId,
  tgwId: ResourceId,
): { design: Design; attachment: ResourceId } | null {
  const index = indexDesign(design);
  const vpc = index.getKind(vpcId, 'vpc');
  let tgw = index.getKind(tgwId, 'transitGateway');
  if (!vpc || !tgw) return null;
  const existing = index.ofKind('tgwAttachment').find((a) => a.parent === vpcId && a.transitGatewayId === tgwId);
  if (existing) return { design, attachment: existing.id };
  let next = design;
  // AWS creates a transit gateway with its default route table (default association and propagation on).
  const hasTable = index.ofKind('tgwRouteTable').some((t) => t.transitGatewayId === tgwId);
  if (!hasTable && tgw.associationDefaultRouteTableId === null && tgw.propagationDefaultRouteTableId === null) {
    const table = {
      ...createResource(next, 'tgwRouteTable', tgw.parent, {
        x: tgw.position.x,
        y: tgw.position.y + CATALOG.transitGateway.size.height + GAP,
      }),
      transitGatewayId: tgwId,
      name: `${tgw.name}-default-rtb`,
    } as TgwRouteTable;
    next = { ...next, resources: [...next.resources, table] };
    tgw = { ...tgw, associationDefaultRouteTableId: table.id, propagationDefaultRouteTableId: table.id };
    next = replace(next, tgw);
  }
  // On the VPC's top shelf, with its gateways and tables (catalog/placement.ts).
  const { position, moves } = placeNew(indexDesign(next), vpc, 'tgwAttachment', LEAF_SIZE, { x: 0, y: 0 }, METRICS);
  if (moves.size) next = moveResources(next, moves);
  const attachment = {
    ...createResource(next, 'tgwAttachment', vpcId, position),
    transitGatewayId: tgwId,
    subnetIds: attachmentSubnets(next, vpcId),
    routeTableId: tgw.associationDefaultRouteTableId,
    name: `${vpc.name}-${tgw.name}`,
  } as TgwAttachment;
  next = { ...next, resources: [...next.resources, attachment] };
  const prop = tgw.propagationDefaultRouteTableId;
  const propTable = prop ? indexDesign(next).getKind(prop, 'tgwRouteTable') : undefined;
  if (propTable) next = replace(next, { ...propTable, propagationIds: [...propTable.propagationIds, attachment.id] });
  next = fitContainers(next, sizeOf, { side: CONTAINER_PADDING, top: CONTAINER_HEADER });
  return { design: next, attachment: attachment.id };
}

/** A virtual private gateway moved into `vpc` (its parent is what attaches it), on the VPC's top shelf. */
export function attachVgw(design: Design, vgw: VpnGateway, vpc: Vpc): Design {
  const { position, moves } = placeNew(indexDesign(design), vpc, 'vpnGateway', LEAF_SIZE, { x: 0, y: 0 }, METRICS);
  const next = replace(moves.size ? moveResources(design, moves) : design, { ...vgw, parent: vpc.id, position });
  return fitContainers(next, sizeOf, { side: CONTAINER_PADDING, top: CONTAINER_HEADER });
}

/** Associate `attachmentId` (a VPC attachment or a VPN connection) with `tableId`, or with none. */
export function setTgwAssociation(design: Design, attachmentId: ResourceId, tableId: ResourceId | null): Design {
  const index = indexDesign(design);
  const a = index.get(attachmentId);
  if (a?.kind === 'tgwAttachment') return replace(design, { ...a, routeTableId: tableId });
  if (a?.kind === 'vpnConnection') return replace(design, { ...a, tgwRouteTableId: tableId });
  return design;
}

/** Turn the propagation of `attachmentId` into `table` on or off. */
export function setTgwPropagation(design: Design, table: TgwRouteTable, attachmentId: ResourceId, on: boolean): Design {
  const rest = table.propagationIds.filter((x) => x !== attachmentId);
  return replace(design, { ...table, propagationIds: on ? [...rest, attachmentId] : rest });
}

/** The attachments of a transit gateway: its VPC attachments and the VPN connections that end at it. */
export function tgwAttachmentsOf(design: Design, tgw: TransitGateway | ResourceId | null) {
  const id = typeof tgw === 'string' || tgw === null ? tgw : tgw.id;
  const index = indexDesign(design);
  return [
    ...index.ofKind('tgwAttachment').filter((a) => a.transitGatewayId === id),
    ...index.ofKind('vpnConnection').filter((v) => v.transitGatewayId === id),
  ];
}
