/**
 * Where the modelled network ends: a route to an external resource (an AWS resource VPC Town does
 * not model yet), and a route lookup a prefix list with unknown entries decides. The answer says
 * so (outcome `exits` or `unknown`) instead of guessing delivered or blocked past that point.
 *
 * Known ways out: a virtual private gateway (towards a VPN) and a gateway VPC endpoint (towards an
 * AWS service), for a destination outside the design; what happens behind any other external
 * resource (a transit gateway, a foreign network interface, an interface endpoint, …), or to a
 * destination in the design that the traffic would have to come back from, is unknown.
 */
import { intToIp } from '../../model/cidr.ts';
import type { ExternalResource, Subnet } from '../../model/types.ts';
import { objects, str } from '../safe.ts';
import { isOutside, type Endpoint } from './endpoints.ts';
import { exitProse } from './prose.ts';
import type { LookupUnknown } from './routeLookup.ts';
import type { Hop, ReachExit } from './types.ts';
import type { Packet, Walk } from './walk.ts';

/** The words for where a known way out leads. */
const TOWARDS: Record<ReachExit['towards'], string> = {
  internet: 'the internet',
  vpn: 'a VPN',
  'aws-service': 'an AWS service',
};

/** A gateway endpoint: `attributes` says its type (describe-vpc-endpoints' VpcEndpointType). */
function isGatewayEndpoint(ext: ExternalResource): boolean {
  return objects<{ key?: unknown; value?: unknown }>(ext.attributes).some(
    (a) => /^(vpc)?endpoint ?type$|^type$/i.test(str(a.key) ?? '') && /^gateway$/i.test(str(a.value) ?? ''),
  );
}

/** Where traffic through this external resource is known to go, or null when that is not modelled. */
export function knownWayOut(ext: ExternalResource): ReachExit['towards'] | null {
  const type = str(ext.awsType);
  if (type === 'vpn-gateway') return 'vpn';
  if (type === 'vpc-endpoint' && isGatewayEndpoint(ext)) return 'aws-service';
  return null;
}

/** The packet is routed to an external resource: out through the subnet's NACL, then it leaves the design. */
export function externalStep(w: Walk, subnet: Subnet, ext: ExternalResource, pkt: Packet, dst: Endpoint): void {
  w.nacl(subnet, 'outbound', pkt.dst, 'forward');
  const awsType = str(ext.awsType) ?? 'unknown';
  const towards = isOutside(dst) ? knownWayOut(ext) : null;
  const params = { external: ext.id, awsType, address: intToIp(pkt.dst) };
  if (towards) {
    const detail = exitProse.leaves(ext.id, awsType, TOWARDS[towards]);
    return w.exit(ext.id, 'external', detail, { at: ext.id, towards }, { ...params, towards });
  }
  w.unknown(
    ext.id,
    'external',
    exitProse.leaves(ext.id, awsType, null),
    {
      at: ext.id,
      reason: 'external-not-modelled',
    },
    params,
  );
}

/** The route lookup cannot say which route the packet takes: stop with an unknown answer. */
export function lookupUnknown(
  w: Walk,
  table: string,
  subnet: Subnet,
  dst: string,
  u: LookupUnknown,
  direction: Hop['direction'],
): never {
  if (u.reason === 'prefix-list-tie') {
    w.unknown(
      table,
      'routeTable',
      exitProse.routeListTie(table, dst, u.prefixList, u.other),
      { at: table, reason: 'prefix-list-tie' },
      { table, subnet: subnet.id, address: dst, prefixList: u.prefixList, other: u.other },
      direction,
    );
  }
  w.unknown(
    table,
    'routeTable',
    exitProse.routeListUnknown(table, subnet.id, dst, u.prefixList),
    { at: u.prefixList, reason: 'prefix-list-entries' },
    { table, subnet: subnet.id, address: dst, prefixList: u.prefixList },
    direction,
  );
}
