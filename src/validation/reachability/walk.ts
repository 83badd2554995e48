/**
 * One walk of a packet along the path: the hops so far, the legs to check on the way back, and
 * the steps, each in its own module (filters.ts, forward.ts, gateways.ts, returnPath.ts). A step
 * ends by handing the packet to the next one, or by `block`, which throws `Blocked`.
 */
import type {
  InternetGateway,
  NatGateway,
  IpProtocol,
  PeeringConnection,
  Resource,
  Subnet,
  TgwAttachment,
  TransitGateway,
  Vpc,
} from '../../model/types.ts';
import { INTERNET } from '../../model/kinds/index.ts';
import type { ValidationContext } from '../context.ts';
import { trafficText } from '../protocols.ts';
import type { Direction } from '../nacl.ts';
import type { Endpoint, InVpc } from './endpoints.ts';
import { EPHEMERAL, naclStep, sgStep } from './filters.ts';
import { arrivalStep, crossSubnets, deliverStep, enterSubnet, routeStep } from './forward.ts';
import { igwEgressStep, igwIngressStep, natStep, pcxStep } from './gateways.ts';
import { returnPathStep, routeBackStep } from './returnPath.ts';
import type { Peer } from './sg.ts';
import type { ExplanationCode, Hop, ReachExit, ReachQuery, ReachUnknown } from './types.ts';

export { EPHEMERAL } from './filters.ts';

export interface TgwLeg {
  readonly tgw: TransitGateway;
  readonly from: TgwAttachment;
  readonly to: TgwAttachment;
  /** The source attachment's subnet the request entered the transit gateway by. */
  readonly entry?: Subnet;
  /** The destination attachment's subnet it left by. */
  readonly exit?: Subnet;
}

/** One transit of the packet between two places, remembered to check the way back. */
export interface Leg {
  readonly from: Subnet | typeof INTERNET;
  readonly to: Subnet | typeof INTERNET;
  /** Source and destination addresses as seen on this leg. */
  readonly src: number;
  readonly dst: number;
  readonly via: 'local' | 'pcx' | 'igw-in' | 'igw-out' | 'nat' | 'tgw';
  readonly pcx?: PeeringConnection;
  /** Through a transit gateway: the gateway, the attachment the request entered by and the one it left by. */
  readonly tgw?: TgwLeg;
  readonly toVpc?: Vpc;
  /** The source ports on this leg, which the replies go to: the query's source port, or ephemeral ones. */
  readonly ports: readonly [number, number];
  /** Where the replies are routed back to when not `src` (a network load balancer's node, with client IP preservation). */
  readonly replyTo?: number;
}

/** Thrown by `Walk.unknown`: the analysis cannot know what happens from here. */
export class Unknown {
  constructor(readonly info: ReachUnknown) {}
}

/** Thrown by `Walk.block`: the resource that dropped the packet, and why. */
export class Blocked {
  constructor(
    readonly at: string,
    readonly code: ExplanationCode,
  ) {}
}

export interface Packet {
  /** Source address as currently seen (changes at NAT and the IGW). */
  src: number;
  srcPublic: number | null;
  srcResource?: Resource;
  /** The source address is the source resource's private IP (for SG references). */
  srcIsPrivate: boolean;
  readonly dst: number;
  readonly proto: IpProtocol;
  readonly port: number;
  /** The replies' next hop when it is not `src` (loadBalancer.ts: client IP preservation). */
  readonly replyTo?: number;
}

export class Walk {
  readonly hops: Hop[] = [];
  readonly legs: Leg[] = [];
  arrivedFrom = '';
  /** Set when the packet left the modelled network by a known way out. */
  exited: ReachExit | undefined;
  /** The packet's source ports now: the query's source port until a NAT gateway remaps it to 1024–65535. */
  srcPorts: readonly [number, number];

  constructor(
    readonly ctx: ValidationContext,
    /** The query; a load balancer that forwards replaces its port with the target's (loadBalancer.ts). */
    public q: ReachQuery,
  ) {
    this.srcPorts = typeof q.srcPort === 'number' ? [q.srcPort, q.srcPort] : EPHEMERAL;
  }

  hop(
    verdict: Hop['verdict'],
    resource: string,
    kind: string,
    detail: string,
    params: Record<string, string | number> = {},
    direction: Hop['direction'] = 'forward',
    code?: ExplanationCode,
  ) {
    this.hops.push({ resource, kind, verdict, detail, params, direction, ...(code ? { code } : {}) });
  }

  block(
    resource: string,
    kind: string,
    detail: string,
    code: ExplanationCode,
    params: Record<string, string | number> = {},
    direction: Hop['direction'] = 'forward',
  ): never {
    this.hop('block', resource, kind, detail, params, direction, code);
    throw new Blocked(resource, code);
  }

  /** Stop the walk: what happens from `resource` on is not known (the hop is marked `unknown`). */
  unknown(
    resource: string,
    kind: string,
    detail: string,
    info: ReachUnknown,
    params: Record<string, string | number> = {},
    direction: Hop['direction'] = 'forward',
  ): never {
    this.hop('unknown', resource, kind, detail, params, direction);
    throw new Unknown(info);
  }

  /** The packet leaves the modelled network by a known way out; the walk ends here. */
  exit(resource: string, kind: string, detail: string, exit: ReachExit, params: Record<string, string | number>) {
    this.hop('pass', resource, kind, detail, params);
    this.exited = exit;
  }

  /** The query's traffic in words: `tcp 443`, `icmp`, `all traffic`, `protocol 50 (ESP)`. */
  traffic(port = this.q.port, proto: IpProtocol = this.q.protocol): string {
    return trafficText(proto, port);
  }

  /** Check one NACL for one packet (forward) or the ephemeral range (return). */
  nacl(
    subnet: Subnet,
    direction: Direction,
    peerAddr: number,
    way: Hop['direction'],
    ports: readonly [number, number] = EPHEMERAL,
  ): void {
    naclStep(this, subnet, direction, peerAddr, way, ports);
  }

  sg(ep: InVpc, direction: 'ingress' | 'egress', peer: Peer): void {
    sgStep(this, ep, direction, peer);
  }

  /** Route from `subnet` towards `pkt.dst`; ends by delivering or throwing Blocked. */
  route(subnet: Subnet, vpc: Vpc, pkt: Packet, dst: Endpoint, natHops: number): void {
    routeStep(this, subnet, vpc, pkt, dst, natHops);
  }

  /** Leave `from` through its NACL, enter `to` (same VPC) through its NACL. */
  cross(from: Subnet, to: Subnet, vpc: Vpc, pkt: Packet, dst: Endpoint): void {
    crossSubnets(this, from, to, vpc, pkt, dst);
  }

  enter(
    to: Subnet,
    vpc: Vpc,
    from: Subnet,
    pkt: Packet,
    dst: Endpoint,
    leg: { via: Leg['via']; pcx?: PeeringConnection; tgw?: TgwLeg },
  ): void {
    enterSubnet(this, to, vpc, from, pkt, dst, leg);
  }

  /** Through a peering connection from `vpc` into `peer`. */
  throughPeering(subnet: Subnet, vpc: Vpc, pcx: PeeringConnection, peer: Vpc, pkt: Packet, dst: Endpoint): void {
    pcxStep(this, subnet, vpc, pcx, peer, pkt, dst);
  }

  egressIgw(subnet: Subnet, vpc: Vpc, igw: InternetGateway, pkt: Packet, dst: Endpoint): void {
    igwEgressStep(this, subnet, vpc, igw, pkt, dst);
  }

  /** From the internet into `dst` through its VPC's IGW (the destination is addressed by its public IP). */
  ingressIgw(dst: InVpc, pkt: Packet): void {
    igwIngressStep(this, dst, pkt);
  }

  throughNat(subnet: Subnet, vpc: Vpc, nat: NatGateway, pkt: Packet, dst: Endpoint, natHops: number): void {
    natStep(this, subnet, vpc, nat, pkt, dst, natHops);
  }

  /** The destination resource's own restrictions (listener ports, a database's port). */
  arrival(r: Resource): void {
    arrivalStep(this, r);
  }

  /** The packet is in the destination's subnet: check the destination itself, then the way back. */
  deliver(dst: Endpoint, subnet: Subnet, pkt: Packet): void {
    deliverStep(this, dst, subnet, pkt);
  }

  /** The replies, leg by leg from the destination back to the source. */
  returnPath(): void {
    returnPathStep(this);
  }

  /** The reply's route from `leg.to` back to `leg.src` must retrace the leg. */
  routeBack(leg: Leg): void {
    routeBackStep(this, leg);
  }
}
