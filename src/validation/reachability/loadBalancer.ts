/**
 * A load balancer that forwards: the listener that takes the traffic, its target group, the chosen
 * target and port, then the second leg from the load balancer's node in the target's Availability
 * Zone to the target, with the load balancer's security groups (an application load balancer
 * always has some; a network one only when created with them), the NACLs, the target's groups and
 * the way back.
 *
 * - A target in an AZ the load balancer has no subnet in receives no traffic ("If you register
 *   targets in an Availability Zone but do not enable the Availability Zone, these registered
 *   targets do not receive traffic", ELB User Guide, how-elastic-load-balancing-works): ELB_INSTALLED_AZ_RESTRICTION.
 *   Cross-zone load balancing changes which node spreads to which targets, not whether a target in
 *   an enabled AZ can be reached (the client may reach the node in the target's own AZ), so the
 *   path goes through that node; LB-003 warns about enabled AZs without targets when it is off.
 * - The source the target sees: an application load balancer's node address; a network load
 *   balancer's node address, or the client's own with client IP preservation (on by default for
 *   instance targets and for UDP; off for IP targets over TCP/TLS; network/edit-target-group-attributes,
 *   "Client IP preservation"). The replies go back through the load balancer either way.
 */
import { intToIp } from '../../model/cidr.ts';
import type { LoadBalancer, Subnet, TargetGroup } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { list, objects, str } from '../safe.ts';
import { resolveEndpoint, type Endpoint, type InVpc } from './endpoints.ts';
import { lbProse } from './prose.ts';
import { EPHEMERAL } from './filters.ts';
import type { Packet, Walk } from './walk.ts';
import type { ReachQuery } from './types.ts';

export interface LbListener {
  readonly id: string;
  readonly protocol: string;
  readonly port: number;
  readonly targetGroupId: string | null;
  /** Absent: forward. */
  readonly action?: 'forward' | 'fixed-response' | 'redirect';
}

/**
 * The listener answers the traffic itself (a fixed response or a redirect) instead of forwarding it.
 * Only an application load balancer's can; a network load balancer's listener always forwards.
 */
export function listenerAnswers(lb: LoadBalancer, l: LbListener): boolean {
  return !isNetworkLb(lb) && (l.action === 'fixed-response' || l.action === 'redirect');
}

/** Which target of the listener's group a try goes to, and the node (subnet) that sends to it. */
export interface LbPlan {
  readonly targetIndex: number;
  /** null: the load balancer has no subnet in the target's AZ. */
  readonly node: Subnet | null;
}

/** The listeners that forward (records), or null for a load balancer with only `listenerPorts`. */
export function lbListeners(lb: LoadBalancer): readonly LbListener[] | null {
  const ls = objects<LbListener>(lb.listeners).filter((l) => typeof l.port === 'number');
  return ls.length ? ls : null;
}

/** The IP protocol a listener or target group protocol carries. */
function carries(protocol: string, proto: unknown): boolean {
  if (protocol === 'UDP') return proto === 'udp';
  if (protocol === 'TCP_UDP') return proto === 'tcp' || proto === 'udp';
  return proto === 'tcp';
}

export function listenerFor(lb: LoadBalancer, proto: unknown, port: number): LbListener | undefined {
  return lbListeners(lb)?.find((l) => l.port === port && carries(l.protocol, proto));
}

export function isNetworkLb(lb: LoadBalancer): boolean {
  return lb.lbType === 'network';
}

/** Whether the load balancer has security groups: always for an ALB (the VPC default when none is named). */
export function lbHasGroups(lb: LoadBalancer): boolean {
  return !isNetworkLb(lb) || list(lb.securityGroupIds).length > 0;
}

export function preservesClientIp(lb: LoadBalancer, tg: TargetGroup): boolean {
  if (!isNetworkLb(lb)) return false;
  if (tg.protocol === 'UDP' || tg.protocol === 'TCP_UDP') return true;
  return tg.preserveClientIp ?? tg.targetType === 'instance';
}

export function targetGroupOf(ctx: ValidationContext, id: string | null): TargetGroup | null {
  return id ? (ctx.index.getKind(id, 'targetGroup') ?? null) : null;
}

/** The subnets a load balancer has nodes in. */
export function lbSubnets(ctx: ValidationContext, lb: LoadBalancer): Subnet[] {
  const ids = list<string>(lb.subnetIds).length ? list<string>(lb.subnetIds) : [lb.parent ?? ''];
  return ids.map((id) => ctx.index.getKind(id, 'subnet')).filter((s): s is Subnet => !!s);
}

/** The load balancer's subnet in `zone`, the AZ of a target. */
export function nodeInZone(ctx: ValidationContext, lb: LoadBalancer, zone: string | null): Subnet | null {
  if (!zone) return null;
  return lbSubnets(ctx, lb).find((s) => ctx.zoneOf(s.id) === zone) ?? null;
}

const byOwnerAndSubnet = new WeakMap<ValidationContext, Map<string, string>>();

/** `owner|subnet` → the first network interface the owner has in that subnet, once per context. */
function interfacesByOwnerAndSubnet(ctx: ValidationContext): Map<string, string> {
  let m = byOwnerAndSubnet.get(ctx);
  if (m) return m;
  m = new Map();
  for (const e of ctx.index.ofKind('networkInterface')) {
    const key = `${str(e.ownerId) ?? ''}|${str(e.parent) ?? ''}`;
    if (!m.has(key)) m.set(key, e.id);
  }
  byOwnerAndSubnet.set(ctx, m);
  return m;
}

/**
 * The node's private address in `subnet`: the load balancer's network interface there when the
 * design has it, its own address in its parent subnet, else the subnet's last usable address
 * (a stand-in: AWS picks it; security group rules name the load balancer's group or a block).
 */
export function nodeAddress(ctx: ValidationContext, lb: LoadBalancer, subnet: Subnet): number | null {
  const eni = interfacesByOwnerAndSubnet(ctx).get(`${lb.id}|${subnet.id}`);
  if (eni) return ctx.address(eni);
  if (lb.parent === subnet.id) return ctx.address(lb.id);
  const c = ctx.cidr(subnet.cidr);
  return c ? c.last - 1 : null;
}

/** A target as an endpoint of the path: its instance, or its address. */
export function targetEndpoint(
  ctx: ValidationContext,
  tg: TargetGroup,
  i: number,
): { ep: Endpoint | null; port: number; label: string } {
  const t = tg.targets[i];
  if (!t) return { ep: null, port: tg.port, label: '' };
  const label = str(t.instanceId) ?? str(t.ip) ?? '';
  const ep = resolveEndpoint(ctx, label);
  return { ep: 'error' in ep ? null : ep, port: typeof t.port === 'number' ? t.port : tg.port, label };
}

/**
 * The destinations to try for a query to a forwarding load balancer: one per target of the
 * listener's group, the load balancer seen at its node in that target's AZ.
 */
export function expandLoadBalancer(ctx: ValidationContext, dst: InVpc, q: ReachQuery): InVpc[] {
  const lb = dst.resource;
  if (lb?.kind !== 'loadBalancer') return [dst];
  const l = listenerFor(lb, q.protocol, q.port);
  const tg = l ? targetGroupOf(ctx, l.targetGroupId) : null;
  if (!tg || tg.targets.length === 0) return [dst];
  return tg.targets.map((_, i) => {
    const { ep } = targetEndpoint(ctx, tg, i);
    const zone = ep && ep.kind !== 'internet' && ep.kind !== 'external' ? ctx.zoneOf(ep.subnet.id) : null;
    const node = nodeInZone(ctx, lb, zone);
    const addr = node ? nodeAddress(ctx, lb, node) : null;
    const plan: LbPlan = { targetIndex: i, node };
    return node && addr !== null ? { ...dst, subnet: node, privateIp: addr, lb: plan } : { ...dst, lb: plan };
  });
}

/**
 * The packet reached a load balancer that has listeners: take it at a listener, forward it to a
 * target of the listener's group from the node in `subnet`. Ends by delivering or blocking.
 */
export function lbForwardStep(w: Walk, dst: InVpc, lb: LoadBalancer, subnet: Subnet, pkt: Packet): void {
  const ports = lbListeners(lb)!.map((l) => `${l.protocol} ${l.port}`);
  const l = listenerFor(lb, w.q.protocol, w.q.port);
  if (!l) {
    w.block(lb.id, 'loadBalancer', lbProse.noListener(lb.id, ports, w.traffic()), 'ELBV2_LISTENER_PORT_RESTRICTION', {
      listeners: ports.join(', '),
      port: w.q.port,
    });
  }
  if (lbHasGroups(lb)) {
    w.sg(dst, 'ingress', {
      addr: pkt.src,
      isPrivate: pkt.srcIsPrivate,
      ...(pkt.srcResource ? { resource: pkt.srcResource } : {}),
    });
  }
  const listener = `${l.protocol} ${l.port}`;
  w.hop('pass', lb.id, 'loadBalancer', lbProse.listener(lb.id, listener, intToIp(pkt.dst)), {
    loadBalancer: lb.id,
    listener,
    address: intToIp(pkt.dst),
  });
  // A fixed-response or redirect listener: the load balancer itself answers; nothing is forwarded.
  if (listenerAnswers(lb, l)) {
    w.hop('pass', lb.id, 'loadBalancer', lbProse.answers(lb.id, listener, l.action!), {
      loadBalancer: lb.id,
      listener,
      action: l.action!,
    });
    w.arrivedFrom = intToIp(pkt.src);
    return w.returnPath();
  }
  const tg = targetGroupOf(w.ctx, l.targetGroupId);
  // A template's target group without targets gets them when it is deployed (an ECS service, an
  // Auto Scaling group registers them): where the traffic goes on is not known, not blocked.
  if (tg && tg.targets.length === 0 && tg.targetsAtDeploy === true) {
    w.unknown(
      tg.id,
      'targetGroup',
      lbProse.targetsAtDeploy(lb.id, listener, tg.id),
      { at: tg.id, reason: 'targets-at-deploy' },
      { listener, targetGroup: tg.id },
    );
  }
  if (!tg || tg.targets.length === 0) {
    w.block(
      lb.id,
      'loadBalancer',
      tg ? lbProse.emptyGroup(lb.id, listener, tg.id) : lbProse.noGroup(lb.id, listener),
      'ELBV2_LISTENER_HAS_NO_TG',
      tg ? { listener, targetGroup: tg.id } : { listener },
    );
  }
  const i = dst.lb?.targetIndex ?? 0;
  const { ep, port, label } = targetEndpoint(w.ctx, tg, i);
  if (!ep || ep.kind === 'internet' || ep.kind === 'external') {
    w.block(tg.id, 'targetGroup', lbProse.targetNotInDesign(tg.id, label), 'TARGET_ADDRESS_RESTRICTION', {
      targetGroup: tg.id,
      target: label,
    });
  }
  if (!dst.lb?.node) {
    const zones = lbSubnets(w.ctx, lb)
      .map((s) => w.ctx.zoneOf(s.id) ?? '?')
      .join(', ');
    w.block(
      lb.id,
      'loadBalancer',
      lbProse.targetZone(lb.id, label, w.ctx.zoneOf(ep.subnet.id) ?? '?', zones),
      'ELB_INSTALLED_AZ_RESTRICTION',
      { target: label, zone: w.ctx.zoneOf(ep.subnet.id) ?? '?', zones },
    );
  }
  const proto = tg.protocol === 'UDP' ? 'udp' : w.q.protocol;
  const preserve = preservesClientIp(lb, tg);
  w.hop(
    'pass',
    tg.id,
    'targetGroup',
    lbProse.forward(listener, tg.id, label, port, subnet.id, preserve ? intToIp(pkt.src) : intToIp(dst.privateIp)),
    {
      targetGroup: tg.id,
      listener,
      target: label,
      port,
      subnet: subnet.id,
      source: preserve ? intToIp(pkt.src) : intToIp(dst.privateIp),
    },
  );
  // From here on the traffic is the second leg's: to the target's port.
  w.q = { ...w.q, protocol: proto, port };
  if (lbHasGroups(lb))
    w.sg(dst, 'egress', { addr: ep.privateIp, isPrivate: true, ...(ep.resource ? { resource: ep.resource } : {}) });
  const next: Packet = preserve
    ? { ...pkt, dst: ep.privateIp, proto, port, replyTo: dst.privateIp }
    : {
        src: dst.privateIp,
        srcPublic: null,
        srcResource: lb,
        srcIsPrivate: true,
        dst: ep.privateIp,
        proto,
        port,
      };
  if (!preserve) w.srcPorts = EPHEMERAL;
  w.route(subnet, dst.vpc, next, ep, 0);
}
