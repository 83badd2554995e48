/**
 * A dual-stack VPC for the IPv6, egress-only gateway and endpoint tests: the two-tier web app
 * (builder.ts `webApp`) with an IPv6 /56 on the VPC, a /64 on each subnet, an egress-only internet
 * gateway with the private subnets' `::/0` routed to it, the public subnets' `::/0` to the internet
 * gateway, and IPv6 addresses on the web and app instances.
 */
import type { RouteTable } from '../../model/types.ts';
import { DesignBuilder, sgRule, webApp } from './builder.ts';

export const VPC6 = '2001:db8:1234:1a00::/56';

export function dualStack(b = new DesignBuilder()) {
  const w = webApp(b);
  b.patch(w.vpc, { ipv6CidrBlocks: [VPC6] });
  b.patch(w.pubA, { ipv6Cidr: '2001:db8:1234:1a00::/64' });
  b.patch(w.pubB, { ipv6Cidr: '2001:db8:1234:1a01::/64' });
  b.patch(w.privA, { ipv6Cidr: '2001:db8:1234:1a10::/64' });
  b.patch(w.privB, { ipv6Cidr: '2001:db8:1234:1a11::/64' });
  const eigw = b.resource('egressOnlyIgw', w.vpc, { name: 'eigw' });
  const addRoute = (table: string, destination: string, target: string) =>
    b.patch(table, {
      routes: [...b.get<RouteTable>(table).routes, { id: `${table}-${destination}`, destination, target }],
    });
  addRoute(w.publicRt, '::/0', w.igw);
  addRoute(w.privateRt, '::/0', eigw);
  addRoute(w.privateRtB, '::/0', eigw);
  const web6 = '2001:db8:1234:1a00::10';
  const app6 = '2001:db8:1234:1a10::20';
  b.patch(w.web, { ipv6Addresses: [web6] });
  b.patch(w.app, { ipv6Addresses: [app6] });
  // IPv6 rules of their own: IPv4 rules never match IPv6 traffic.
  b.patch(w.webSg, {
    ingress: [sgRule('tcp', 443, '0.0.0.0/0'), sgRule('tcp', 443, '::/0')],
    egress: [sgRule('all', [0, 65535], '0.0.0.0/0'), sgRule('all', [0, 65535], '::/0')],
  });
  b.patch(w.appSg, {
    ingress: [sgRule('tcp', 8080, w.webSg), sgRule('tcp', 443, '::/0')],
    egress: [sgRule('all', [0, 65535], '0.0.0.0/0'), sgRule('all', [0, 65535], '::/0')],
  });
  return { ...w, eigw, web6, app6 };
}
