/**
 * The path engine: "can X reach Y over protocol/port?", following the spec's path algorithm
 * (validator-spec.md, "Path algorithm") on the design's configuration, like Reachability Analyzer:
 *
 *  1. the source's SG egress (all groups aggregated);                       filters.ts
 *  2. the source subnet's NACL outbound, only when the packet leaves the subnet;  filters.ts
 *  3. the route table, longest prefix match: local / igw / nat / pcx / eni; routeLookup.ts, forward.ts,
 *                                                                           gateways.ts
 *  4. the destination subnet's NACL inbound (skipped within one subnet);    filters.ts
 *  5. the destination's SG ingress (CIDRs match the post-NAT source; SG references private IPs);
 *  6. the return path: NACLs both ways for ephemeral ports 1024–65535, and the route back.  returnPath.ts
 *
 * Endpoints are resolved in endpoints.ts, the walk's state is walk.ts, the English hop texts are
 * prose.ts. Every hop names the rule or route that decided it. Never throws on a malformed design:
 * what cannot be evaluated is skipped or reported as a configuration problem.
 */
import { containsIp, intToIp, ipToInt, isRfc1918Ip } from '../../model/cidr.ts';
import { INTERNET, isIpProtocol, isPorted } from '../../model/kinds/index.ts';
import type { Design } from '../../model/types.ts';
import { buildContext, type ValidationContext } from '../context.ts';
import { internetCandidates, isOutside, resolveEndpoint, type Endpoint, type InVpc } from './endpoints.ts';
import { endpointProse, startProse } from './prose.ts';
import { expandLoadBalancer } from './loadBalancer.ts';
import type { ExplanationCode, Hop, ReachabilityAnswer, ReachQuery } from './types.ts';
import { Blocked, Unknown, Walk } from './walk.ts';
import { analyzeIpv6, isIpv6Query } from './ipv6.ts';
import { analyzeToGatewayEndpoint, gatewayEndpointNamed, interfaceExit } from './vpcEndpoints.ts';

export { EPHEMERAL } from './walk.ts';

function fail(hops: Hop[], at: string, code: ExplanationCode, detail: string, kind = 'endpoint'): ReachabilityAnswer {
  return {
    reachable: false,
    outcome: 'blocked',
    hops: [
      ...hops,
      { resource: at, kind, verdict: 'block', detail, code, params: { endpoint: at }, direction: 'forward' },
    ],
    blockedAt: at,
    code,
  };
}

function analyzeWith(ctx: ValidationContext, q: ReachQuery, src: Endpoint, dst: Endpoint): ReachabilityAnswer {
  return walkBetween(new Walk(ctx, q), src, dst);
}

/**
 * Walk one packet from `src` to `dst` with the given walk (its query's protocol and port). The
 * access matrix (validation/matrix) passes a walk whose filters record instead of deciding, so
 * both share this one definition of the path.
 */
export function walkBetween(w: Walk, src: Endpoint, dst: Endpoint): ReachabilityAnswer {
  const ctx = w.ctx;
  const q = w.q;
  const dstIn = !isOutside(dst);
  let sourceAddress = '';
  let destinationAddress = '';
  try {
    const srcOut = isOutside(src);
    if (srcOut && !dstIn) w.block(INTERNET, INTERNET, endpointProse.bothOutside(src.label, dst.label), 'NO_PATH');
    if (!srcOut && dstIn && src.label === dst.label)
      w.block(src.label, src.resource?.kind ?? 'address', endpointProse.sameEndpoint(src.label), 'NO_PATH');
    if (srcOut) {
      // From the internet (or an outside address) to a resource: through the destination's IGW.
      const d = dst as InVpc;
      sourceAddress = intToIp(src.addr);
      destinationAddress = d.publicIp === null ? intToIp(d.privateIp) : intToIp(d.publicIp);
      w.hop('info', src.label, INTERNET, startProse.fromOutside(src.kind === INTERNET, src.addr), {
        address: intToIp(src.addr),
      });
      w.ingressIgw(d, {
        src: src.addr,
        srcPublic: src.addr,
        srcIsPrivate: false,
        dst: d.publicIp ?? d.privateIp,
        proto: q.protocol,
        port: q.port,
      });
    } else {
      const s = src as InVpc;
      sourceAddress = intToIp(s.privateIp);
      // The address the source sends to: the destination's private one within its VPC or a peered
      // one, its public one in a VPC the source's is not peered with. Without a public address the
      // packet still goes to the private one, and the routes decide where it stops (a peering
      // connection, the internet gateway, no route), as everywhere else.
      let dstAddr: number;
      if (isOutside(dst)) dstAddr = dst.addr;
      else if (
        dst.vpc.id === s.vpc.id ||
        dst.publicIp === null ||
        ctx.peeringsOf(s.vpc.id).some((p) => ctx.peerOf(p, s.vpc.id)?.id === dst.vpc.id)
      )
        dstAddr = dst.privateIp;
      else dstAddr = dst.publicIp;
      destinationAddress = intToIp(dstAddr);
      w.hop(
        'info',
        s.label,
        s.resource?.kind ?? 'address',
        startProse.fromSource(s.label, s.privateIp, s.subnet.id, destinationAddress, w.traffic()),
        {
          source: s.label,
          address: intToIp(s.privateIp),
          subnet: s.subnet.id,
          destination: destinationAddress,
        },
      );
      const isPrivateDst = dstIn && dstAddr === (dst as InVpc).privateIp;
      w.sg(s, 'egress', {
        addr: dstAddr,
        isPrivate: isPrivateDst,
        ...(dstIn && dst.resource ? { resource: dst.resource } : {}),
      });
      w.route(
        s.subnet,
        s.vpc,
        {
          src: s.privateIp,
          srcPublic: s.publicIp,
          ...(s.resource ? { srcResource: s.resource } : {}),
          srcIsPrivate: !!s.resource,
          dst: dstAddr,
          proto: q.protocol,
          port: q.port,
        },
        dst,
        0,
      );
    }
    // An interface endpoint's network interface hands the traffic on to its AWS service.
    if (!w.exited && dstIn && (dst as InVpc).resource?.kind === 'interfaceEndpoint') {
      const ep = (dst as InVpc).resource!;
      interfaceExit(w, ep as { id: string; serviceName?: unknown }, destinationAddress);
    }
    return {
      reachable: true,
      outcome: w.exited ? 'exits' : 'delivered',
      ...(w.exited ? { exit: w.exited } : {}),
      hops: w.hops,
      forward: { sourceAddress, destinationAddress, ...(w.arrivedFrom ? { arrivedFrom: w.arrivedFrom } : {}) },
    };
  } catch (e) {
    if (e instanceof Unknown) {
      return {
        reachable: false,
        outcome: 'unknown',
        unknown: e.info,
        hops: w.hops,
        ...(sourceAddress ? { forward: { sourceAddress, destinationAddress } } : {}),
      };
    }
    if (!(e instanceof Blocked)) throw e;
    return {
      reachable: false,
      outcome: 'blocked',
      hops: w.hops,
      blockedAt: e.at,
      code: e.code,
      ...(sourceAddress ? { forward: { sourceAddress, destinationAddress } } : {}),
    };
  }
}

function inSomeVpc(ctx: ValidationContext, addr: number): boolean {
  return ctx.index.ofKind('vpc').some((v) => ctx.vpcBlocks(v.id).some((b) => containsIp(b.cidr, addr)));
}

/** Analyse one path. Never throws; malformed queries give a NO_SOURCE_OR_DESTINATION answer. */
export function analyzeReachability(design: Design, query: ReachQuery): ReachabilityAnswer {
  try {
    if (!design || !Array.isArray(design.resources))
      return fail([], 'design', 'NO_SOURCE_OR_DESTINATION', endpointProse.noResources());
    const ctx = buildContext(design);
    return analyzeInContext(ctx, query);
  } catch (e) {
    return fail([], 'design', 'NO_PATH', endpointProse.analysisFailed(e instanceof Error ? e.message : String(e)));
  }
}

export function analyzeInContext(ctx: ValidationContext, query: ReachQuery): ReachabilityAnswer {
  const q = query ?? ({} as ReachQuery);
  if (!isIpProtocol(q.protocol))
    return fail([], 'query', 'NO_SOURCE_OR_DESTINATION', endpointProse.badProtocol(q.protocol));
  const ported = isPorted(q.protocol);
  if (ported && (!Number.isInteger(q.port) || q.port < 0 || q.port > 65535))
    return fail([], 'query', 'NO_SOURCE_OR_DESTINATION', endpointProse.badPort(q.port));
  if (q.srcPort !== undefined && (!Number.isInteger(q.srcPort) || q.srcPort < 0 || q.srcPort > 65535))
    return fail([], 'query', 'NO_SOURCE_OR_DESTINATION', endpointProse.badSourcePort(q.srcPort));
  // IPv6 questions have their own walk (ipv6.ts); a gateway endpoint as the destination stands
  // for its service, whose addresses are a prefix list (vpcEndpoints.ts).
  if (isIpv6Query(q)) return analyzeIpv6(ctx, { ...q, port: ported ? q.port : 0 });
  const gatewayEndpoint = gatewayEndpointNamed(ctx, q.to);
  if (gatewayEndpoint) {
    const from = resolveEndpoint(ctx, q.from);
    if ('error' in from) return fail([], String(q.from), from.code, `source: ${from.error}`);
    return analyzeToGatewayEndpoint(
      ctx,
      {
        from: q.from,
        to: q.to,
        protocol: q.protocol,
        port: ported ? q.port : 0,
        ...(ported && q.srcPort !== undefined ? { srcPort: q.srcPort } : {}),
      },
      from,
      gatewayEndpoint,
    );
  }
  const clientIp = q.srcIp === undefined ? undefined : ipToInt(String(q.srcIp));
  if (clientIp === null) return fail([], 'query', 'NO_SOURCE_OR_DESTINATION', endpointProse.badSourceIp(q.srcIp));
  const norm: ReachQuery = {
    from: q.from,
    to: q.to,
    protocol: q.protocol,
    port: ported ? q.port : 0,
    ...(ported && q.srcPort !== undefined ? { srcPort: q.srcPort } : {}),
  };
  const src = resolveEndpoint(ctx, q.from);
  if ('error' in src) return fail([], String(q.from), src.code, `source: ${src.error}`);
  const dst = resolveEndpoint(ctx, q.to);
  if ('error' in dst) return fail([], String(q.to), dst.code, `destination: ${dst.error}`);
  // "The internet" is any internet host: try the addresses the rules single out, keep the first that gets through.
  const tries: [Endpoint, Endpoint][] = [];
  if (clientIp !== undefined) {
    if (src.kind !== INTERNET)
      return fail([], 'query', 'NO_SOURCE_OR_DESTINATION', endpointProse.sourceIpNotInternet());
    if (isRfc1918Ip(clientIp) || inSomeVpc(ctx, clientIp))
      return fail([], 'query', 'NO_SOURCE_OR_DESTINATION', endpointProse.sourceIpNotPublic(q.srcIp!));
    tries.push([{ ...src, addr: clientIp }, dst]);
  } else if (src.kind === INTERNET && !isOutside(dst)) {
    for (const a of internetCandidates(ctx, dst, 'ingress')) tries.push([{ ...src, addr: a }, dst]);
  } else if (dst.kind === INTERNET && !isOutside(src)) {
    for (const a of internetCandidates(ctx, src, 'egress')) tries.push([src, { ...dst, addr: a }]);
  } else tries.push([src, dst]);
  // A load balancer that forwards: one try per target of the listener's group.
  for (let i = tries.length - 1; i >= 0; i--) {
    const [s, d] = tries[i]!;
    if (isOutside(d)) continue;
    tries.splice(i, 1, ...expandLoadBalancer(ctx, d, norm).map((e): [Endpoint, Endpoint] => [s, e]));
  }
  // The first that gets through; else, if some host's fate is not known, that answer (the internet
  // might still get through); else the first blocked one.
  let first: ReachabilityAnswer | undefined;
  let unknown: ReachabilityAnswer | undefined;
  for (const [s, d] of tries) {
    const a = analyzeWith(ctx, norm, s, d);
    if (a.reachable) return a;
    if (a.outcome === 'unknown') unknown ??= a;
    first ??= a;
  }
  return unknown ?? first!;
}
