import { defineRule } from './rule.ts';
import { spannedSubnets, zonesOf } from './bp.ts';

/**
 * BP-003: an Application Load Balancer needs subnets in at least two AZs (the ELB SetSubnets /
 * CreateLoadBalancer API rejects fewer); an internet-facing one belongs in public subnets.
 */
export const bp003 = defineRule({
  id: 'BP-003',
  title: 'A load balancer needs subnets in two Availability Zones; an internet-facing one needs public subnets.',
  variants: { 'single-az': 'error', 'internet-facing-private': 'warning' },
  run(ctx, emit) {
    for (const lb of ctx.index.ofKind('loadBalancer')) {
      const subnets = spannedSubnets(ctx, lb);
      if (subnets.length === 0) continue;
      const zones = zonesOf(ctx, subnets);
      // A network load balancer may have one AZ; an application one needs two.
      if (zones.length < 2 && lb.lbType !== 'network') {
        emit('single-az', lb.id, {
          zones: zones.join(', '),
          count: zones.length,
        });
      }
      if (lb.scheme === 'internet-facing') {
        const priv = subnets.filter((s) => !ctx.isPublicSubnet(s.id)).map((s) => s.id);
        if (priv.length) {
          emit(
            'internet-facing-private',
            lb.id,
            {
              subnets: priv.join(', '),
              count: priv.length,
            },
            priv,
          );
        }
      }
    }
  },
});
