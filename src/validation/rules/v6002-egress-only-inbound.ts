import type { Route } from '../../model/types.ts';
import { INTERNET } from '../../model/kinds/index.ts';
import { cidr6OrNull } from '../../model/cidr6.ts';
import { list, objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * V6-002: an egress-only internet gateway asked to do what it cannot. It carries outbound IPv6
 * only and admits no connection started from the internet
 * (https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html):
 * - a drawn flow from the internet to an instance whose subnet sends IPv6 to one (expected to get through);
 * - a route to one whose destination is not an IPv6 block (AWS accepts only IPv6 destinations);
 * - a route to one of another VPC.
 */
export const v6002 = defineRule({
  id: 'V6-002',
  title: 'An egress-only internet gateway is used for inbound or IPv4 traffic.',
  variants: { 'inbound-flow': 'warning', 'ipv4-route': 'error', 'other-vpc': 'error' },
  run(ctx, emit) {
    const eigwOfSubnet = (subnetId: string): string | undefined => {
      const t = ctx.routeTableOf(subnetId);
      const r = objects<Route>(t?.routes).find(
        (x) => x.destination === '::/0' && ctx.index.getKind(x.target, 'egressOnlyIgw'),
      );
      return r ? r.target : undefined;
    };
    for (const f of list<{ from?: unknown; to?: unknown; expect?: unknown; id?: unknown }>(ctx.design.flows)) {
      if (f.from !== INTERNET || f.expect === 'blocked') continue;
      const to = ctx.index.get(str(f.to) ?? '');
      const subnet = to && ctx.index.subnetOf(to.parent);
      const eigw = subnet && eigwOfSubnet(subnet.id);
      if (to && eigw && to.kind === 'instance' && list<unknown>(to.ipv6Addresses).length > 0 && to.publicIp === 'none')
        emit('inbound-flow', eigw, { flow: str(f.id) ?? '', destination: to.id }, [to.id]);
    }
    for (const t of ctx.index.ofKind('routeTable')) {
      const vpc = ctx.index.vpcOf(t.id);
      for (const r of objects<Route>(t.routes)) {
        const eigw = ctx.index.getKind(r.target, 'egressOnlyIgw');
        if (!eigw) continue;
        if (!cidr6OrNull(r.destination))
          emit('ipv4-route', t.id, { destination: str(r.destination) ?? '', eigw: eigw.id });
        else if (vpc && eigw.parent !== vpc.id) emit('other-vpc', t.id, { destination: r.destination, eigw: eigw.id });
      }
    }
  },
});
