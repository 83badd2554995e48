import { defineKind } from './define.ts';
import { line } from './details.ts';

/**
 * An egress-only internet gateway, attached to the VPC that is its `parent`: outbound IPv6 only, and
 * stateful, so replies come back while a connection started from the internet is dropped
 * (https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html). It carries
 * no IPv4 traffic (a route to it takes an IPv6 destination only).
 */
export const egressOnlyIgw = defineKind({
  kind: 'egressOnlyIgw',
  idPrefix: 'eigw',
  noun: 'egress-only internet gateway',
  container: false,
  fields: () => ({}),
  parents: ['vpc'],
  size: { width: 120, height: 92 },
  group: 'gateway',
  order: 17,
  defaultName: 'eigw',
  roles: { routeTarget: true },
  refs: [],
  handles: { target: true, source: true },
  inspector: [],
  create: () => ({}),
  details: (r, ctx) => line({ k: ctx.vpcName(r.parent) !== undefined ? 'node.attached' : 'node.detached' }),
});
