/**
 * What connecting two things on the canvas means, by kind. Relations that are not containment are
 * made this way (or picked in the inspector): a route table or NACL to a subnet associates it, a
 * security group to an instance attaches it, a peering connection to a VPC sets its side, a route
 * table to a gateway adds a default route, and two workloads (or the internet) make a traffic flow.
 */
import {
  type Design,
  type Resource,
  type ResourceId,
  INTERNET,
  hasRole,
  indexDesign,
  newRecordId,
} from '../model/index.ts';
import { attachVgw, attachVpc } from './transit.ts';
import { associateGatewayEndpoint, routeToEgressOnly } from './connectEndpoint.ts';
import { addTarget, type PlaceTargetGroup } from './connectTarget.ts';

export type ConnectResult =
  | { ok: true; design: Design; effect: ConnectEffect }
  | { ok: false; reason: 'same' | 'unknown' | 'unsupported' | 'other-vpc' | 'peering-full' };

export type ConnectEffect =
  | 'associate-route-table'
  | 'associate-nacl'
  | 'attach-sg'
  | 'peer-vpc'
  | 'add-route'
  | 'add-flow'
  | 'attach-tgw'
  | 'attach-vgw'
  | 'connect-vpn'
  | 'associate-endpoint'
  | 'add-target';

function replace(design: Design, r: Resource): Design {
  return { ...design, resources: design.resources.map((x) => (x.id === r.id ? r : x)) };
}

export function connectResources(
  design: Design,
  sourceId: ResourceId,
  targetId: ResourceId,
  placeTargetGroup?: PlaceTargetGroup,
): ConnectResult {
  if (sourceId === targetId) return { ok: false, reason: 'same' };
  const index = indexDesign(design);
  const a = sourceId === INTERNET ? null : index.get(sourceId);
  const b = targetId === INTERNET ? null : index.get(targetId);
  if ((sourceId !== INTERNET && !a) || (targetId !== INTERNET && !b)) return { ok: false, reason: 'unknown' };

  // A load balancer to an instance: register it as a target (connectTarget.ts).
  const [lb, inst] = a?.kind === 'loadBalancer' ? [a, b] : [b, a];
  if (lb?.kind === 'loadBalancer' && inst?.kind === 'instance') {
    const r = addTarget(design, lb, inst, placeTargetGroup);
    return r.ok ? { ok: true, design: r.design, effect: 'add-target' } : { ok: false, reason: 'other-vpc' };
  }

  // Traffic flows: workload or internet -> workload (or workload -> internet).
  // An extra network interface is an address of its own, which a flow may go to or come from.
  const isEndpoint = (r: Resource | null | undefined, id: string) =>
    id === INTERNET || (!!r && (hasRole(r, 'workload') || r.kind === 'networkInterface'));
  // A VPC endpoint stands for its AWS service: a workload connected to one draws a flow to the service.
  const isService = (r: Resource | null | undefined) =>
    !!r && (r.kind === 'gatewayEndpoint' || r.kind === 'interfaceEndpoint');
  if (isEndpoint(a, sourceId) && (isEndpoint(b, targetId) || (sourceId !== INTERNET && isService(b)))) {
    const port = b?.kind === 'rds' ? b.port : 443;
    const flow = { id: newRecordId('flow'), from: sourceId, to: targetId, protocol: 'tcp' as const, port, label: '' };
    return { ok: true, design: { ...design, flows: [...design.flows, flow] }, effect: 'add-flow' };
  }
  if (!a || !b) return { ok: false, reason: 'unsupported' };
  const transit = connectTransit(design, a, b);
  if (transit) return transit;

  // Make the relation symmetric: whichever end is the "owner" of the relation.
  const [owner, other] = ['routeTable', 'nacl', 'securityGroup', 'peering'].includes(a.kind) ? [a, b] : [b, a];
  const sameVpc = () => index.vpcOf(owner.id)?.id === index.vpcOf(other.id)?.id;

  if ((owner.kind === 'routeTable' || owner.kind === 'nacl') && other.kind === 'subnet') {
    if (!sameVpc()) return { ok: false, reason: 'other-vpc' };
    // One route table / NACL per subnet: move the association.
    let next = design;
    for (const r of design.resources) {
      if (r.kind === owner.kind && r.id !== owner.id && r.subnetIds.includes(other.id)) {
        next = replace(next, { ...r, subnetIds: r.subnetIds.filter((s) => s !== other.id) });
      }
    }
    if (owner.subnetIds.includes(other.id))
      return { ok: true, design: next, effect: owner.kind === 'nacl' ? 'associate-nacl' : 'associate-route-table' };
    next = replace(next, { ...owner, subnetIds: [...owner.subnetIds, other.id] } as Resource);
    return { ok: true, design: next, effect: owner.kind === 'nacl' ? 'associate-nacl' : 'associate-route-table' };
  }
  if (owner.kind === 'securityGroup' && hasRole(other, 'securityGroupMember')) {
    if (!sameVpc()) return { ok: false, reason: 'other-vpc' };
    const w = other;
    if (w.securityGroupIds.includes(owner.id)) return { ok: true, design, effect: 'attach-sg' };
    return {
      ok: true,
      design: replace(design, { ...w, securityGroupIds: [...w.securityGroupIds, owner.id] } as Resource),
      effect: 'attach-sg',
    };
  }
  if (owner.kind === 'peering' && other.kind === 'vpc') {
    if (owner.requesterVpcId === other.id || owner.accepterVpcId === other.id)
      return { ok: true, design, effect: 'peer-vpc' };
    if (!owner.requesterVpcId)
      return { ok: true, design: replace(design, { ...owner, requesterVpcId: other.id }), effect: 'peer-vpc' };
    if (!owner.accepterVpcId)
      return { ok: true, design: replace(design, { ...owner, accepterVpcId: other.id }), effect: 'peer-vpc' };
    return { ok: false, reason: 'peering-full' };
  }
  // A gateway endpoint is associated with the table (and routes its service's prefix list); an
  // egress-only gateway takes the IPv6 default route (connectEndpoint.ts).
  if (owner.kind === 'routeTable' && (other.kind === 'gatewayEndpoint' || other.kind === 'egressOnlyIgw')) {
    if (!sameVpc()) return { ok: false, reason: 'other-vpc' };
    if (other.kind === 'gatewayEndpoint')
      return { ok: true, design: associateGatewayEndpoint(design, owner, other), effect: 'associate-endpoint' };
    return { ok: true, design: replace(design, routeToEgressOnly(owner, other.id)), effect: 'add-route' };
  }
  if (owner.kind === 'routeTable' && hasRole(other, 'routeTarget')) {
    // A transit or VPN gateway carries private networks, not the internet: the inspector asks the
    // destination (a route to 0.0.0.0/0 there would take every other VPC's and the internet's traffic).
    let destination = other.kind === 'transitGateway' || other.kind === 'vpnGateway' ? '10.0.0.0/8' : '0.0.0.0/0';
    if (other.kind === 'peering') {
      const mine = index.vpcOf(owner.id)?.id;
      const peerId = other.requesterVpcId === mine ? other.accepterVpcId : other.requesterVpcId;
      destination = index.getKind(peerId, 'vpc')?.cidrBlocks[0] ?? destination;
    }
    const routes = owner.routes.filter((r) => r.destination !== destination);
    return {
      ok: true,
      design: replace(design, {
        ...owner,
        routes: [...routes, { id: newRecordId('r'), destination, target: other.id }],
      }),
      effect: 'add-route',
    };
  }
  return { ok: false, reason: 'unsupported' };
}

/**
 * Transit and VPN connections: a VPC to a transit gateway attaches it (one subnet per zone); a
 * virtual private gateway to a VPC attaches it; a VPN connection to a customer gateway, a virtual
 * private gateway or a transit gateway sets that end.
 */
function connectTransit(design: Design, a: Resource, b: Resource): ConnectResult | null {
  const pair = <K1 extends Resource['kind'], K2 extends Resource['kind']>(k1: K1, k2: K2) =>
    a.kind === k1 && b.kind === k2
      ? ([a, b] as [Extract<Resource, { kind: K1 }>, Extract<Resource, { kind: K2 }>])
      : b.kind === k1 && a.kind === k2
        ? ([b, a] as [Extract<Resource, { kind: K1 }>, Extract<Resource, { kind: K2 }>])
        : null;
  const vt = pair('vpc', 'transitGateway');
  if (vt) {
    const done = attachVpc(design, vt[0].id, vt[1].id);
    return done ? { ok: true, design: done.design, effect: 'attach-tgw' } : { ok: false, reason: 'unknown' };
  }
  const gv = pair('vpnGateway', 'vpc');
  if (gv) {
    const [vgw, vpc] = gv;
    if (vgw.parent === vpc.id) return { ok: true, design, effect: 'attach-vgw' };
    return { ok: true, design: attachVgw(design, vgw, vpc), effect: 'attach-vgw' };
  }
  const vpn = a.kind === 'vpnConnection' ? a : b.kind === 'vpnConnection' ? b : null;
  const end = vpn === a ? b : a;
  if (vpn && vpn.kind === 'vpnConnection') {
    if (end.kind === 'customerGateway')
      return { ok: true, design: replace(design, { ...vpn, customerGatewayId: end.id }), effect: 'connect-vpn' };
    if (end.kind === 'vpnGateway')
      return {
        ok: true,
        design: replace(design, { ...vpn, vpnGatewayId: end.id, transitGatewayId: null, tgwRouteTableId: null }),
        effect: 'connect-vpn',
      };
    if (end.kind === 'transitGateway')
      return {
        ok: true,
        design: replace(design, {
          ...vpn,
          transitGatewayId: end.id,
          vpnGatewayId: null,
          tgwRouteTableId: end.associationDefaultRouteTableId,
        }),
        effect: 'connect-vpn',
      };
  }
  return null;
}
