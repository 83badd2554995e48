/**
 * The packet's way forward inside the design: the route lookup at each subnet, crossing between
 * subnets of one VPC (and into a peered one), and arrival at the destination, which checks the
 * destination itself (a NAT gateway takes no inbound connections, listener and database ports)
 * and its security groups, then starts the return path.
 */
import { containsIp, intToIp } from '../../model/cidr.ts';
import type { PeeringConnection, Resource, Subnet, Vpc } from '../../model/types.ts';
import { list } from '../safe.ts';
import { isOutside, type Endpoint } from './endpoints.ts';
import { arrivalProse, routeProse, routeText } from './prose.ts';
import { destinationText, routeLookup, subnetContaining } from './routeLookup.ts';
import { externalStep, lookupUnknown } from './exits.ts';
import type { Leg, Packet, TgwLeg, Walk } from './walk.ts';
import { tgwStep, vgwStep } from './tgw.ts';
import { gatewayEndpointStep } from './vpcEndpoints.ts';
import { lbForwardStep, lbListeners } from './loadBalancer.ts';

/** Route from `subnet` towards `pkt.dst`; ends by delivering or throwing Blocked. */
export function routeStep(w: Walk, subnet: Subnet, vpc: Vpc, pkt: Packet, dst: Endpoint, natHops: number): void {
  if (!isOutside(dst) && dst.subnet.id === subnet.id && pkt.dst === dst.privateIp) {
    w.hop('info', subnet.id, 'subnet', routeProse.sameSubnet(subnet.id), { subnet: subnet.id });
    return w.deliver(dst, subnet, pkt);
  }
  const dstText = intToIp(pkt.dst);
  const { table, matches, unknown } = routeLookup(w.ctx, subnet, vpc, pkt.dst);
  if (unknown) lookupUnknown(w, table, subnet, dstText, unknown, 'forward');
  const best = matches[0];
  if (!best) {
    w.block(table, 'routeTable', routeProse.noRoute(table, subnet.id, dstText), 'NO_ROUTE_TO_DESTINATION', {
      table,
      subnet: subnet.id,
      address: dstText,
    });
  }
  const routeParams = {
    table,
    subnet: subnet.id,
    address: dstText,
    destination: destinationText(best),
    target: best.target,
  };
  const t = best.resolved;
  if (t.kind === 'blackhole') {
    const alt = matches.find((m) => m.resolved.kind !== 'blackhole');
    const text = routeProse.blackhole(table, routeText(best), dstText, t.why);
    if (alt) {
      const samePrefix = alt.destination.prefix === best.destination.prefix;
      w.block(
        table,
        'routeTable',
        routeProse.blackholeOver(text, samePrefix, routeText(alt)),
        samePrefix ? 'HIGHER_PRIORITY_ROUTE' : 'MORE_SPECIFIC_ROUTE',
        { ...routeParams, alternative: routeText(alt) },
      );
    }
    w.block(table, 'routeTable', text, 'NO_ROUTE_TO_DESTINATION', routeParams);
  }
  w.hop('pass', table, 'routeTable', routeProse.chosen(table, routeText(best), dstText), routeParams);

  switch (t.kind) {
    case 'local': {
      if (!w.ctx.vpcBlocks(vpc.id).some((b) => containsIp(b.cidr, pkt.dst))) {
        w.block(
          table,
          'routeTable',
          routeProse.localNotVpcBlock(table, best.destination, vpc.id, dstText),
          'VPC_LOCAL_ROUTE_CIDR_RESTRICTION',
          routeParams,
        );
      }
      const target = subnetContaining(w.ctx, vpc, pkt.dst);
      if (!target) {
        w.block(vpc.id, 'vpc', routeProse.inVpcNoSubnet(dstText, vpc.id), 'VPC_LOCAL_ROUTE_CIDR_RESTRICTION', {
          vpc: vpc.id,
          address: dstText,
        });
      }
      return w.cross(subnet, target, vpc, pkt, dst);
    }
    case 'igw':
      return w.egressIgw(subnet, vpc, t.igw, pkt, dst);
    case 'nat':
      return w.throughNat(subnet, vpc, t.nat, pkt, dst, natHops);
    case 'pcx':
      return w.throughPeering(subnet, vpc, t.pcx, t.peer, pkt, dst);
    case 'external':
      return externalStep(w, subnet, t.external, pkt, dst);
    case 'tgw':
      return tgwStep(w, subnet, vpc, t.tgw, t.attachment, pkt, dst);
    case 'vgw':
      return vgwStep(w, subnet, t.vgw, pkt, dst);
    case 'gatewayEndpoint':
      return gatewayEndpointStep(w, subnet, t.endpoint, pkt, dst);
    case 'eni': {
      if (dst.kind === 'resource' && dst.resource?.id === t.instance.id) {
        return w.cross(subnet, dst.subnet, vpc, pkt, dst);
      }
      w.block(
        t.instance.id,
        'instance',
        routeProse.eniNotDestination(table, dstText, t.instance.id),
        'ENI_SOURCE_DEST_CHECK_RESTRICTION',
        routeParams,
      );
    }
  }
}

/** Leave `from` through its NACL, enter `to` (same VPC) through its NACL. */
export function crossSubnets(w: Walk, from: Subnet, to: Subnet, vpc: Vpc, pkt: Packet, dst: Endpoint): void {
  if (from.id !== to.id) w.nacl(from, 'outbound', pkt.dst, 'forward');
  w.enter(to, vpc, from, pkt, dst, { via: 'local' });
}

/** Enter `to` through its NACL (from another subnet), remember the leg, deliver. */
export function enterSubnet(
  w: Walk,
  to: Subnet,
  vpc: Vpc,
  from: Subnet,
  pkt: Packet,
  dst: Endpoint,
  leg: { via: Leg['via']; pcx?: PeeringConnection; tgw?: TgwLeg },
): void {
  // From a transit gateway by an attachment subnet that is the destination's: no NACL is evaluated [TGW:tgw-nacls].
  const byAttachmentSubnet = leg.tgw?.exit?.id === to.id;
  if (from.id !== to.id && !byAttachmentSubnet) w.nacl(to, 'inbound', pkt.src, 'forward');
  w.legs.push({
    from,
    to,
    src: pkt.src,
    dst: pkt.dst,
    via: leg.via,
    toVpc: vpc,
    ports: w.srcPorts,
    ...(leg.pcx ? { pcx: leg.pcx } : {}),
    ...(leg.tgw ? { tgw: leg.tgw } : {}),
    ...(pkt.replyTo !== undefined ? { replyTo: pkt.replyTo } : {}),
  });
  w.deliver(dst, to, pkt);
}

/**
 * What the destination itself accepts: a load balancer only its listener ports (tcp), a database
 * only its port (tcp); other resources everything (their security groups decide).
 */
export function arrivalStep(w: Walk, r: Resource): void {
  const proto = w.q.protocol;
  if (r.kind === 'loadBalancer') {
    const ports = list<unknown>(r.listenerPorts).filter((p): p is number => typeof p === 'number');
    if (ports.length && (proto !== 'tcp' || !ports.includes(w.q.port))) {
      w.block(
        r.id,
        'loadBalancer',
        arrivalProse.listenerPorts(r.id, ports, w.traffic()),
        'ELBV2_LISTENER_PORT_RESTRICTION',
        { listeners: ports.join(', '), port: w.q.port },
      );
    }
  }
  if (r.kind === 'rds' && typeof r.port === 'number' && (proto !== 'tcp' || r.port !== w.q.port)) {
    w.block(r.id, 'rds', arrivalProse.dbPort(r.id, r.port, w.traffic()), 'TARGET_PORT_RESTRICTION', {
      dbPort: r.port,
      port: w.q.port,
    });
  }
}

/** The packet is in the destination's subnet: check the destination itself, then the way back. */
export function deliverStep(w: Walk, dst: Endpoint, subnet: Subnet, pkt: Packet): void {
  if (isOutside(dst)) {
    w.block(subnet.id, 'subnet', arrivalProse.endedInSubnet(dst.label, subnet.id), 'NO_PATH', { subnet: subnet.id });
  }
  if (dst.subnet.id !== subnet.id) {
    w.block(
      dst.label,
      dst.resource?.kind ?? 'address',
      arrivalProse.wrongSubnet(intToIp(pkt.dst), subnet.id, dst.label, dst.subnet.id),
      'ENI_ADDRESS_RESTRICTION',
      { subnet: subnet.id, expected: dst.subnet.id },
    );
  }
  const r = dst.resource;
  if (r?.kind === 'nat') w.block(r.id, 'nat', arrivalProse.natNoInbound(r.id), 'NO_PATH', { nat: r.id });
  if (r?.kind === 'loadBalancer' && lbListeners(r)) return lbForwardStep(w, dst, r, subnet, pkt);
  if (r) w.arrival(r);
  w.sg(dst, 'ingress', {
    addr: pkt.src,
    isPrivate: pkt.srcIsPrivate,
    ...(pkt.srcResource ? { resource: pkt.srcResource } : {}),
  });
  w.hop('pass', dst.label, r?.kind ?? 'address', arrivalProse.reached(dst.label, intToIp(pkt.dst), intToIp(pkt.src)), {
    destination: dst.label,
    address: intToIp(pkt.dst),
    source: intToIp(pkt.src),
  });
  w.arrivedFrom = intToIp(pkt.src);
  w.returnPath();
}
