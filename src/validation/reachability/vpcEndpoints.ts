/**
 * VPC endpoints on the path.
 *
 * - A route to a gateway endpoint (its service's prefix list → vpce): out through the subnet's
 *   NACL, and the traffic leaves towards the AWS service [gateway-endpoints:
 *   https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html].
 * - A question whose destination is a gateway endpoint ("can this instance reach S3 through it?"):
 *   the service's addresses are its AWS-managed prefix list, whose entries a design often does not
 *   hold. Each filter is decided for every address of the list or the answer is `unknown`: a rule
 *   for 0.0.0.0/0 or naming the list covers them all; a private (RFC 1918) block or one of the
 *   design's VPC blocks holds none of them (AWS service ranges are public); any other block might.
 *   The route must be the table's route to the list through this endpoint. Only traffic from the
 *   endpoint's own VPC uses it (no use through peering or VPN: [gateway-endpoints, "Considerations"]).
 * - An interface endpoint is an address in its subnets (the engine delivers to it as to any network
 *   interface); arriving there, the traffic exits towards the service (`interfaceExit`).
 *
 * The endpoint policy is not modelled: every answer assumes it allows the traffic.
 */
import { cidrOrNull, intToIp, isRfc1918Ip, type Cidr } from '../../model/cidr.ts';
import { INTERNET, isIpProtocol, isPorted } from '../../model/kinds/index.ts';
import type { GatewayEndpoint, NaclRule, Subnet } from '../../model/types.ts';
import { shortService } from '../../model/kinds/vpcEndpointServices.ts';
import type { ValidationContext } from '../context.ts';
import { allowsAllByDefault, type Direction } from '../nacl.ts';
import { prefixListEntries } from '../prefixLists.ts';
import { protocolMatches } from '../protocols.ts';
import { objects, str } from '../safe.ts';
import type { Endpoint, InVpc } from './endpoints.ts';
import { isOutside } from './endpoints.ts';
import { sgIds } from './sg.ts';
import type { Hop, ReachabilityAnswer, ReachQuery } from './types.ts';
import { Blocked, EPHEMERAL, Unknown, Walk, type Packet } from './walk.ts';

const span = (a: number, b: number) => (a === b ? `${a}` : `${a}-${b}`);

/** The exit hop's words and params, for both ways in. */
function exitHop(w: Walk, ep: { id: string; serviceName?: unknown }, address: string) {
  const service = shortService(str(ep.serviceName) ?? '');
  w.exit(
    ep.id,
    'vpcEndpoint',
    `${ep.id} (VPC endpoint for ${str(ep.serviceName) ?? 'an AWS service'}): the traffic reaches the service without the internet; the endpoint policy is not modelled`,
    { at: ep.id, towards: 'aws-service' },
    { vpce: ep.id, service, address },
  );
}

/** A route to a gateway endpoint: out through the subnet's NACL, then to the service. */
export function gatewayEndpointStep(w: Walk, subnet: Subnet, ep: GatewayEndpoint, pkt: Packet, dst: Endpoint): void {
  w.nacl(subnet, 'outbound', pkt.dst, 'forward');
  if (!isOutside(dst))
    w.unknown(
      ep.id,
      'external',
      `the traffic for ${dst.label} leaves the VPC at gateway endpoint ${ep.id}; what the service does with it is not modelled`,
      { at: ep.id, reason: 'external-not-modelled' },
      { external: ep.id, awsType: 'vpc-endpoint', address: intToIp(pkt.dst) },
    );
  exitHop(w, ep, intToIp(pkt.dst));
}

/** Arrived at an interface endpoint's network interface: the traffic goes on to the service. */
export function interfaceExit(w: Walk, ep: { id: string; serviceName?: unknown }, address: string): void {
  exitHop(w, ep, address);
}

/** Whether a block covers the service's addresses: true (all), false (none), null (not known). */
function coversService(ctx: ValidationContext, entries: readonly Cidr[] | null, text: unknown): boolean | null {
  const c = cidrOrNull(str(text) ?? '');
  if (!c) return false; // an IPv6 block never holds an IPv4 service address
  if (c.prefix === 0) return true;
  if (entries !== null) {
    if (entries.every((e) => e.base >= c.base && e.last <= c.last)) return true;
    if (entries.every((e) => e.last < c.base || e.base > c.last)) return false;
    return null;
  }
  // An AWS-managed list holds public AWS ranges only: none in a private block or a VPC of the design.
  if (isRfc1918Ip(c.base) && isRfc1918Ip(c.last)) return false;
  const inVpc = ctx.index
    .ofKind('vpc')
    .some((v) => ctx.vpcBlocks(v.id).some((b) => b.cidr.base <= c.base && c.last <= b.cidr.last));
  return inVpc ? false : null;
}

class ServiceWalk {
  readonly w: Walk;
  readonly pl: string;
  readonly entries: readonly Cidr[] | null;
  constructor(
    readonly ctx: ValidationContext,
    readonly q: ReachQuery,
    readonly ep: GatewayEndpoint,
  ) {
    this.w = new Walk(ctx, q);
    this.pl = str(ep.prefixListId) ?? '';
    this.entries = this.pl ? prefixListEntries(ctx, this.pl) : null;
  }

  sgEgress(src: InVpc) {
    const w: Walk = this.w;
    const sgs = src.sgs ?? [];
    const params = {
      resource: src.label,
      securityGroups: sgIds(sgs),
      count: sgs.length,
      direction: 'egress',
      protocol: this.q.protocol,
      port: this.q.port,
      address: this.pl,
    };
    let unknown: { sg: string; rule: string } | undefined;
    let any = false;
    for (const sg of sgs)
      for (const rule of sg.egress) {
        any = true;
        if (!protocolMatches(rule.protocol, rule.fromPort, rule.toPort, this.q.protocol, this.q.port)) continue;
        const named = str(rule.prefixListId);
        const covers = named
          ? named === this.pl
            ? true
            : null
          : rule.cidr
            ? coversService(this.ctx, this.entries, rule.cidr)
            : false;
        if (covers)
          return w.hop(
            'pass',
            sg.id,
            'securityGroup',
            `${sg.id} egress rule allows ${this.q.protocol} to ${named ?? rule.cidr}, which holds the service's addresses`,
            {
              ...params,
              sg: sg.id,
              rule: rule.id,
            },
          );
        if (covers === null) unknown ??= { sg: sg.id, rule: rule.id };
      }
    const single = sgs.length === 1 && !sgs[0]!.synthetic ? sgs[0]!.id : src.label;
    if (unknown)
      w.unknown(
        unknown.sg,
        'securityGroup',
        `${unknown.sg}: whether its egress rules admit the addresses of ${this.pl} is not known (the list's entries are not in the design)`,
        { at: this.pl, reason: 'prefix-list-entries' },
        { ...params, sg: unknown.sg, rule: unknown.rule, prefixList: this.pl },
      );
    if (!any)
      w.block(single, 'securityGroup', `${params.securityGroups} has no egress rules`, 'SG_HAS_NO_RULES', params);
    w.block(
      single,
      'securityGroup',
      `${params.securityGroups}: no egress rule allows ${w.traffic()} to ${this.pl}`,
      'ENI_SG_RULES_MISMATCH',
      params,
    );
  }

  /** The subnet's NACL for the service's addresses, first match; `ports` for the replies. */
  nacl(subnet: Subnet, direction: Direction, way: Hop['direction'], ports?: readonly [number, number]) {
    const w: Walk = this.w;
    const acl = this.ctx.naclOf(subnet.id);
    const base = { subnet: subnet.id, direction, protocol: this.q.protocol, address: this.pl, acl: acl?.id ?? '' };
    const [lo, hi] = ports ?? [this.q.port, this.q.port];
    const params = way === 'forward' ? { ...base, port: this.q.port } : { ...base, fromPort: lo, toPort: hi };
    if (!acl)
      return w.hop(
        'pass',
        subnet.id,
        'nacl',
        `${subnet.id} has no network ACL in the design: the AWS default allows it`,
        params,
        way,
      );
    if (allowsAllByDefault(acl, direction))
      return w.hop(
        'pass',
        acl.id,
        'nacl',
        `${acl.id} (default) has no ${direction} rules: allows all ${direction} traffic`,
        way === 'forward'
          ? { ...params, rule: '*', action: 'allow' }
          : { ...params, action: 'allow', rule: '*', matched: span(lo, hi), count: 1 },
        way,
      );
    const rules = objects<NaclRule>(acl.rules)
      .filter((r) => r.direction === direction && Number.isInteger(r.number) && isIpProtocol(r.protocol))
      .sort((a, b) => a.number - b.number);
    // Ports to decide: the one port forward; for replies, each segment of the range the rules cut.
    const starts = new Set<number>([lo]);
    if (way === 'return' && isPorted(this.q.protocol))
      for (const r of rules) {
        if (r.fromPort > lo && r.fromPort <= hi) starts.add(r.fromPort);
        if (r.toPort + 1 > lo && r.toPort + 1 <= hi) starts.add(r.toPort + 1);
      }
    const used: number[] = [];
    for (const port of [...starts].sort((a, b) => a - b)) {
      let decided: NaclRule | null = null;
      for (const r of rules) {
        const protoOk =
          this.q.protocol === 'all'
            ? r.protocol === 'all' || r.action === 'deny'
            : protocolMatches(r.protocol, r.fromPort, r.toPort, this.q.protocol, port);
        if (!protoOk) continue;
        const covers = coversService(this.ctx, this.entries, r.cidr);
        if (covers === false) continue;
        if (covers === null)
          w.unknown(
            acl.id,
            'nacl',
            `${acl.id} ${direction} rule ${r.number} (${r.cidr}): whether it matches the addresses of ${this.pl} is not known`,
            { at: this.pl, reason: 'prefix-list-entries' },
            { subnet: subnet.id, direction, acl: acl.id, rule: r.number, prefixList: this.pl },
            way,
          );
        decided = r;
        break;
      }
      if (!decided || decided.action !== 'allow') {
        const ruleNo = decided ? decided.number : '*';
        const why = decided ? `rule ${decided.number} denies` : 'no rule allows (final * rule denies)';
        w.block(
          acl.id,
          'nacl',
          `${acl.id} ${direction}: ${why} ${w.traffic(port)} ${direction === 'inbound' ? 'from' : 'to'} ${this.pl}`,
          'SUBNET_ACL_RESTRICTION',
          way === 'forward'
            ? { ...params, rule: ruleNo, action: 'deny' }
            : { ...params, action: 'deny', rule: ruleNo, port, failed: span(port, port) },
          way,
        );
      }
      if (!used.includes(decided.number)) used.push(decided.number);
    }
    w.hop(
      'pass',
      acl.id,
      'nacl',
      `${acl.id} ${direction} rule ${used.join(', ')} allows ${way === 'forward' ? w.traffic() : 'the replies'} ${direction === 'inbound' ? 'from' : 'to'} ${this.pl}`,
      way === 'forward'
        ? { ...params, rule: used.join(', '), action: 'allow' }
        : { ...params, action: 'allow', rule: used.join(', '), matched: span(lo, hi), count: used.length },
      way,
    );
  }

  route(src: InVpc) {
    const w: Walk = this.w;
    const table = this.ctx.routeTableOf(src.subnet.id);
    const tableId = table?.id ?? `${src.vpc.id} (no route table)`;
    const base = { table: tableId, subnet: src.subnet.id, address: this.pl };
    const route = objects<{ destination?: unknown; target?: unknown }>(table?.routes).find(
      (r) => r.destination === this.pl && r.target === this.ep.id,
    );
    if (!this.pl || !route)
      w.block(
        tableId,
        'routeTable',
        `${tableId} (used by ${src.subnet.id}) has no route to ${this.pl || "the service's prefix list"} through ${this.ep.id}: associate the table with the endpoint`,
        'NO_ROUTE_TO_DESTINATION',
        base,
      );
    // A more specific CIDR route could take part of the service's addresses elsewhere.
    const other = objects<{ destination?: unknown; target?: unknown }>(table?.routes).find((r) => {
      const c = cidrOrNull(str(r.destination) ?? '');
      return (
        !!c && c.prefix > 0 && r.target !== 'local' && coversService(this.ctx, this.entries, r.destination) !== false
      );
    });
    if (other && this.entries === null)
      w.unknown(
        tableId,
        'routeTable',
        `${tableId}: route ${String(other.destination)} → ${String(other.target)} may be more specific than ${this.pl} for some of the service's addresses, whose entries are not known`,
        { at: this.pl, reason: 'prefix-list-entries' },
        { ...base, prefixList: this.pl },
      );
    w.hop(
      'pass',
      tableId,
      'routeTable',
      `${tableId}: route ${this.pl} → ${this.ep.id} (the gateway endpoint's route)`,
      {
        ...base,
        destination: this.pl,
        target: this.ep.id,
      },
    );
  }

  run(src: Endpoint): ReachabilityAnswer {
    const w: Walk = this.w;
    let sourceAddress = '';
    try {
      if (isOutside(src) || src.kind === 'host')
        w.block(
          String(this.q.from),
          src.kind === INTERNET ? INTERNET : 'address',
          `${this.ep.id} is a gateway endpoint: only resources in its own VPC use it`,
          'NO_PATH',
          { endpoint: String(this.q.from) },
        );
      const s = src as InVpc;
      sourceAddress = intToIp(s.privateIp);
      if (this.ctx.index.vpcOf(this.ep.id)?.id !== s.vpc.id)
        w.block(
          s.label,
          s.resource?.kind ?? 'address',
          `${this.ep.id} is a gateway endpoint of another VPC: it cannot be used through a peering connection, a VPN or a transit gateway`,
          'NO_PATH',
          {
            endpoint: s.label,
          },
        );
      w.hop(
        'info',
        s.label,
        s.resource?.kind ?? 'address',
        `from ${s.label} (${sourceAddress}) in ${s.subnet.id} to ${str(this.ep.serviceName)} (${this.pl}), ${w.traffic()}`,
        {
          source: s.label,
          address: sourceAddress,
          subnet: s.subnet.id,
          destination: this.pl,
        },
      );
      this.sgEgress(s);
      this.route(s);
      this.nacl(s.subnet, 'outbound', 'forward');
      this.nacl(
        s.subnet,
        'inbound',
        'return',
        typeof this.q.srcPort === 'number' ? [this.q.srcPort, this.q.srcPort] : EPHEMERAL,
      );
      exitHop(w, this.ep, this.pl);
      return {
        reachable: true,
        outcome: 'exits',
        exit: { at: this.ep.id, towards: 'aws-service' },
        hops: w.hops,
        forward: { sourceAddress, destinationAddress: this.pl },
      };
    } catch (e) {
      const forward = sourceAddress ? { forward: { sourceAddress, destinationAddress: this.pl } } : {};
      if (e instanceof Unknown)
        return { reachable: false, outcome: 'unknown', unknown: e.info, hops: w.hops, ...forward };
      if (!(e instanceof Blocked)) throw e;
      return { reachable: false, outcome: 'blocked', hops: w.hops, blockedAt: e.at, code: e.code, ...forward };
    }
  }
}

/** The gateway endpoint a query's destination names, if it names one. */
export function gatewayEndpointNamed(ctx: ValidationContext, to: unknown): GatewayEndpoint | undefined {
  return typeof to === 'string' ? ctx.index.getKind(to.trim(), 'gatewayEndpoint') : undefined;
}

/** "Can `src` reach the gateway endpoint's service through it?" */
export function analyzeToGatewayEndpoint(
  ctx: ValidationContext,
  q: ReachQuery,
  src: Endpoint,
  ep: GatewayEndpoint,
): ReachabilityAnswer {
  return new ServiceWalk(ctx, q, ep).run(src);
}
