/**
 * The gateways on the path: a peering connection into the peer VPC, the internet gateway out to
 * the internet and in from it (with the public/private address translation and its RFC 1918
 * checks), and a NAT gateway, which translates the source and routes on from its own subnet.
 */
import { containsIp, intToIp, isRfc1918Ip } from '../../model/cidr.ts';
import { INTERNET } from '../../model/kinds/index.ts';
import type { InternetGateway, NatGateway, PeeringConnection, Subnet, Vpc } from '../../model/types.ts';
import { isOutside, publicAddresses, type Endpoint, type InVpc } from './endpoints.ts';
import { EPHEMERAL } from './filters.ts';
import { subnetContaining } from './routeLookup.ts';
import { gatewayProse, routeProse } from './prose.ts';
import type { Packet, Walk } from './walk.ts';

const MAX_NAT_HOPS = 4;

/** Through a peering connection into `peer`: only the two VPCs' own addresses (no transitive routing). */
export function pcxStep(
  w: Walk,
  subnet: Subnet,
  vpc: Vpc,
  pcx: PeeringConnection,
  peer: Vpc,
  pkt: Packet,
  dst: Endpoint,
): void {
  const dstText = intToIp(pkt.dst);
  const params = { pcx: pcx.id, vpc: vpc.id, peer: peer.id, source: intToIp(pkt.src), address: dstText };
  if (!w.ctx.vpcBlocks(vpc.id).some((b) => containsIp(b.cidr, pkt.src))) {
    w.block(
      pcx.id,
      'peering',
      gatewayProse.pcxSourceOutside(pcx.id, intToIp(pkt.src), vpc.id),
      'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
      params,
    );
  }
  if (!w.ctx.vpcBlocks(peer.id).some((b) => containsIp(b.cidr, pkt.dst))) {
    w.block(
      pcx.id,
      'peering',
      gatewayProse.pcxDestinationOutside(pcx.id, dstText, peer.id),
      'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
      params,
    );
  }
  const target = subnetContaining(w.ctx, peer, pkt.dst);
  if (!target) {
    w.block(peer.id, 'vpc', routeProse.inVpcNoSubnet(dstText, peer.id), 'NO_ROUTE_TO_DESTINATION', {
      vpc: peer.id,
      address: dstText,
    });
  }
  w.nacl(subnet, 'outbound', pkt.dst, 'forward');
  w.hop('pass', pcx.id, 'peering', gatewayProse.pcxPass(pcx.id, vpc.id, peer.id), params);
  w.enter(target, peer, subnet, pkt, dst, { via: 'pcx', pcx });
}

/** Out through the VPC's internet gateway: a public source address, a public destination. */
export function igwEgressStep(
  w: Walk,
  subnet: Subnet,
  vpc: Vpc,
  igw: InternetGateway,
  pkt: Packet,
  dst: Endpoint,
): void {
  const dstText = intToIp(pkt.dst);
  const params = { igw: igw.id, vpc: vpc.id, source: intToIp(pkt.src), address: dstText };
  if (w.ctx.vpcBlocks(vpc.id).some((b) => containsIp(b.cidr, pkt.dst))) {
    w.block(
      igw.id,
      'igw',
      gatewayProse.igwIntoOwnVpc(igw.id, dstText, vpc.id),
      'IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS',
      params,
    );
  }
  w.nacl(subnet, 'outbound', pkt.dst, 'forward');
  if (pkt.srcPublic === null) {
    // The internet gateway is what drops it [RA-codes]; the source is named in `sender`.
    const who = pkt.srcResource?.id ?? intToIp(pkt.src);
    w.block(
      igw.id,
      'igw',
      gatewayProse.igwNoPublicSource(igw.id, who, pkt.srcResource?.kind === 'nat'),
      'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS',
      { ...params, sender: who },
    );
  }
  if (isRfc1918Ip(pkt.dst)) {
    w.block(
      igw.id,
      'igw',
      gatewayProse.igwPrivateDestination(igw.id, dstText),
      'IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS',
      params,
    );
  }
  const pub = pkt.srcPublic;
  w.hop('pass', igw.id, 'igw', gatewayProse.igwOut(igw.id, intToIp(pkt.src), intToIp(pub)), {
    ...params,
    publicIp: intToIp(pub),
  });
  w.legs.push({ from: subnet, to: INTERNET, src: pkt.src, dst: pkt.dst, via: 'igw-out', ports: w.srcPorts });
  const onNet: Packet = { ...pkt, src: pub, srcPublic: pub, srcIsPrivate: false };
  if (isOutside(dst)) {
    w.hop('pass', INTERNET, INTERNET, gatewayProse.deliveredOutside(dst.kind === INTERNET, intToIp(pkt.dst)), {
      address: intToIp(pkt.dst),
    });
    w.arrivedFrom = intToIp(pub);
    w.exited = { at: igw.id, towards: 'internet' };
    return;
  }
  if (pkt.dst !== dst.publicIp) {
    // Out on the internet with another VPC's private address: only a peering connection (with
    // routes to it) could have carried it there.
    w.block(INTERNET, INTERNET, gatewayProse.disconnected(dstText, dst.vpc.id, vpc.id), 'DISCONNECTED_VPCS', {
      vpc: vpc.id,
      otherVpc: dst.vpc.id,
      address: dstText,
    });
  }
  w.hop('info', INTERNET, INTERNET, gatewayProse.acrossInternet(dst.label, dstText), { address: dstText });
  w.ingressIgw(dst, onNet);
}

/** From the internet into `dst` through its VPC's IGW (the destination is addressed by its public IP). */
export function igwIngressStep(w: Walk, dst: InVpc, pkt: Packet): void {
  const src = intToIp(pkt.src);
  const igw = w.ctx.igwsOf(dst.vpc.id)[0];
  if (!igw) {
    w.block(dst.vpc.id, 'vpc', gatewayProse.noIgw(dst.vpc.id), 'NO_ROUTE_TO_DESTINATION', { vpc: dst.vpc.id });
  }
  const params = { igw: igw.id, source: src, destination: dst.label };
  if (isRfc1918Ip(pkt.src)) {
    w.block(
      igw.id,
      'igw',
      gatewayProse.igwPrivateSource(igw.id, src),
      'IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS',
      params,
    );
  }
  if (dst.publicIp === null) {
    // The internet gateway drops it: it has no public address to translate for the destination.
    w.block(
      igw.id,
      'igw',
      gatewayProse.igwNoPublicDestination(igw.id, dst.label, dst.privateIp),
      'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
      params,
    );
  }
  w.hop('pass', igw.id, 'igw', gatewayProse.igwIn(igw.id, dst.publicIp, dst.privateIp), {
    ...params,
    publicIp: intToIp(dst.publicIp),
  });
  w.nacl(dst.subnet, 'inbound', pkt.src, 'forward');
  w.legs.push({
    from: INTERNET,
    to: dst.subnet,
    src: pkt.src,
    dst: dst.privateIp,
    via: 'igw-in',
    toVpc: dst.vpc,
    ports: w.srcPorts,
  });
  w.deliver(dst, dst.subnet, { ...pkt, dst: dst.privateIp, srcIsPrivate: false });
}

/** Through a NAT gateway of the same VPC: the source becomes the gateway's address, then route on. */
export function natStep(
  w: Walk,
  subnet: Subnet,
  vpc: Vpc,
  nat: NatGateway,
  pkt: Packet,
  dst: Endpoint,
  natHops: number,
): void {
  const params = { nat: nat.id, vpc: vpc.id, source: intToIp(pkt.src) };
  if (natHops >= MAX_NAT_HOPS) w.block(nat.id, 'nat', gatewayProse.natLoop(MAX_NAT_HOPS), 'NO_PATH', params);
  if (!w.ctx.vpcBlocks(vpc.id).some((b) => containsIp(b.cidr, pkt.src))) {
    w.block(
      nat.id,
      'nat',
      gatewayProse.natSourceOutside(nat.id, intToIp(pkt.src), vpc.id),
      'NGW_REQUIRES_SOURCE_IN_VPC',
      params,
    );
  }
  const natSubnet = w.ctx.index.subnetOf(nat.parent);
  const natIp = w.ctx.address(nat.id);
  if (!natSubnet || natIp === null) w.block(nat.id, 'nat', gatewayProse.natNoAddress(nat.id), 'NO_PATH', params);
  if (natSubnet.id !== subnet.id) {
    w.nacl(subnet, 'outbound', pkt.dst, 'forward');
    w.nacl(natSubnet, 'inbound', pkt.src, 'forward');
  }
  w.legs.push({ from: subnet, to: natSubnet, src: pkt.src, dst: pkt.dst, via: 'nat', toVpc: vpc, ports: w.srcPorts });
  // The gateway remaps the source port: replies beyond it come back to 1024–65535.
  w.srcPorts = EPHEMERAL;
  const pub = publicAddresses(w.ctx).get(nat.id) ?? null;
  w.hop(
    'pass',
    nat.id,
    'nat',
    gatewayProse.natTranslated(nat.id, nat.connectivity === 'private', intToIp(pkt.src), intToIp(natIp), EPHEMERAL),
    {
      ...params,
      translatedSource: intToIp(natIp),
      fromPort: EPHEMERAL[0],
      toPort: EPHEMERAL[1],
    },
  );
  const next: Packet = { ...pkt, src: natIp, srcPublic: pub, srcResource: nat, srcIsPrivate: false };
  w.route(natSubnet, vpc, next, dst, natHops + 1);
}
