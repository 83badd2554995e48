/**
 * Step 0 of a path: the source and the destination. An id names an addressable resource; `internet`
 * is some internet host; an IPv4 address is a host in the subnet holding it, or outside every VPC.
 */
import { containsIp, ipToInt, isReservedInSubnet, isRfc1918Ip } from '../../model/cidr.ts';
import { INTERNET } from '../../model/kinds/index.ts';
import type { Resource, Subnet, Vpc } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { isKindWith, objects, str } from '../safe.ts';
import { endpointProse } from './prose.ts';
import { effectiveSgs, type SgLike } from './sg.ts';
import type { ExplanationCode } from './types.ts';
import type { LbPlan } from './loadBalancer.ts';

const DEFAULT_INTERNET_HOST = '203.0.113.1';

export type Endpoint =
  | { kind: typeof INTERNET; label: string; addr: number }
  | { kind: 'external'; label: string; addr: number }
  | {
      kind: 'resource' | 'host';
      label: string;
      resource?: Resource;
      subnet: Subnet;
      vpc: Vpc;
      privateIp: number;
      publicIp: number | null;
      /** null: an address, not a resource: no security group applies. */
      sgs: readonly SgLike[] | null;
      /** A load balancer that forwards: the target this try goes to (loadBalancer.ts). */
      lb?: LbPlan;
    };
/** An endpoint inside a VPC: a resource, or a host address in a subnet. */
export type InVpc = Extract<Endpoint, { kind: 'resource' | 'host' }>;
export type EndpointError = { error: string; code: ExplanationCode };

/** Whether the endpoint is outside every VPC (the internet, or an outside address). */
export function isOutside(ep: Endpoint): ep is Exclude<Endpoint, InVpc> {
  return ep.kind === INTERNET || ep.kind === 'external';
}

const publicCache = new WeakMap<ValidationContext, Map<string, number>>();

/**
 * Public IPv4 addresses: an Elastic IP as written, otherwise a stand-in from 198.51.100.0/22
 * (TEST-NET-2 and above; AWS picks the real one at launch), in document order.
 */
export function publicAddresses(ctx: ValidationContext): Map<string, number> {
  let m = publicCache.get(ctx);
  if (m) return m;
  m = new Map();
  let next = ipToInt('198.51.100.10')!;
  for (const r of ctx.index.byId.values()) {
    let has = false;
    let eip: string | null = null;
    if (r.kind === 'instance') {
      has = r.publicIp === 'auto' || r.publicIp === 'elastic';
      eip = r.publicIp === 'elastic' ? str(r.elasticIp) : null;
    } else if (r.kind === 'nat') {
      eip = r.connectivity === 'private' ? null : str(r.elasticIp);
      has = eip !== null && ipToInt(eip) !== null;
    } else if (r.kind === 'rds') has = r.publiclyAccessible === true;
    else if (r.kind === 'loadBalancer') has = r.scheme === 'internet-facing';
    else if (r.kind === 'networkInterface') {
      eip = str(r.elasticIp);
      has = eip !== null && ipToInt(eip) !== null;
    }
    if (!has) continue;
    const fixed = eip === null ? null : ipToInt(eip);
    m.set(r.id, fixed ?? next++);
  }
  publicCache.set(ctx, m);
  return m;
}

/** The endpoint a query's `from` or `to` names, or why it cannot be one. */
export function resolveEndpoint(ctx: ValidationContext, text: unknown): Endpoint | EndpointError {
  if (typeof text !== 'string' || text.trim() === '')
    return { error: endpointProse.noEndpoint(), code: 'NO_SOURCE_OR_DESTINATION' };
  const t = text.trim();
  if (t === INTERNET) return { kind: INTERNET, label: INTERNET, addr: ipToInt(DEFAULT_INTERNET_HOST)! };
  const ip = ipToInt(t);
  if (ip !== null) {
    // An extra network interface's address is that interface, with its own subnet and groups.
    for (const e of ctx.index.ofKind('networkInterface')) {
      if (ctx.address(e.id) !== ip) continue;
      const ep = resolveEndpoint(ctx, e.id);
      return 'error' in ep || ep.kind !== 'resource' ? ep : { ...ep, label: t };
    }
    for (const s of ctx.index.ofKind('subnet')) {
      const c = ctx.cidr(s.cidr);
      const vpc = ctx.index.vpcOf(s.id);
      if (!c || !vpc || !containsIp(c, ip)) continue;
      if (isReservedInSubnet(c, ip))
        return { error: endpointProse.reservedAddress(t, s.id, c), code: 'ENI_ADDRESS_RESTRICTION' };
      return { kind: 'host', label: t, subnet: s, vpc, privateIp: ip, publicIp: null, sgs: null };
    }
    for (const v of ctx.index.ofKind('vpc')) {
      if (ctx.vpcBlocks(v.id).some((b) => containsIp(b.cidr, ip)))
        return { error: endpointProse.inVpcNoSubnet(t, v.id), code: 'NO_SOURCE_OR_DESTINATION' };
    }
    return { kind: 'external', label: t, addr: ip };
  }
  const r = ctx.index.get(t);
  if (!r) return { error: endpointProse.noSuchResource(t), code: 'NO_SOURCE_OR_DESTINATION' };
  if (!isKindWith(r, 'addressable'))
    return { error: endpointProse.notAnEndpoint(t, r.kind), code: 'NO_SOURCE_OR_DESTINATION' };
  const subnet = ctx.index.subnetOf(r.parent);
  const vpc = subnet && ctx.index.vpcOf(subnet.id);
  if (!subnet || !vpc) return { error: endpointProse.notInSubnet(t), code: 'NO_SOURCE_OR_DESTINATION' };
  const privateIp = ctx.address(r.id);
  if (privateIp === null) return { error: endpointProse.noPrivateAddress(t), code: 'NO_SOURCE_OR_DESTINATION' };
  return {
    kind: 'resource',
    label: t,
    resource: r,
    subnet,
    vpc,
    privateIp,
    publicIp: publicAddresses(ctx).get(r.id) ?? null,
    sgs: isKindWith(r, 'securityGroupMember') ? effectiveSgs(ctx, r) : null,
  };
}

/** Internet addresses worth trying: rules may allow only part of the internet (an office /32). */
export function internetCandidates(ctx: ValidationContext, ep: InVpc, direction: 'ingress' | 'egress'): number[] {
  const out = new Set<number>([ipToInt(DEFAULT_INTERNET_HOST)!]);
  const cidrs: unknown[] = [];
  for (const sg of ep.sgs ?? []) for (const r of sg[direction]) cidrs.push(r.cidr);
  const acl = ctx.naclOf(ep.subnet.id);
  if (acl) {
    for (const r of objects<{ cidr?: unknown; action?: unknown; direction?: unknown }>(acl.rules)) {
      if (r.action === 'allow' && r.direction === (direction === 'ingress' ? 'inbound' : 'outbound'))
        cidrs.push(r.cidr);
    }
  }
  const inDesign = (addr: number) =>
    ctx.index.ofKind('vpc').some((v) => ctx.vpcBlocks(v.id).some((b) => containsIp(b.cidr, addr)));
  for (const t of cidrs) {
    const c = ctx.cidr(t);
    if (!c || c.prefix === 0) continue;
    const addr = c.prefix >= 31 ? c.base : c.base + 1;
    if (!isRfc1918Ip(addr) && !inDesign(addr)) out.add(addr);
    if (out.size >= 8) break;
  }
  return [...out];
}
