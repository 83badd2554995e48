import { defineRule } from './rule.ts';

/**
 * IGW-002: a public IPv4 address is useless in a subnet with no route to an attached IGW: instances
 * in a private subnet cannot use the IGW "even if they have public IP addresses" [UG:VPC_Internet_Gateway].
 */
export const igw002 = defineRule({
  id: 'IGW-002',
  title: 'A public IP or Elastic IP needs a subnet with a route to an attached internet gateway.',
  variants: { 'instance-public-ip': 'warning', 'auto-assign-private-subnet': 'warning' },
  run(ctx, emit) {
    for (const i of ctx.index.ofKind('instance')) {
      if (i.publicIp !== 'auto' && i.publicIp !== 'elastic') continue;
      const subnet = ctx.index.subnetOf(i.parent);
      if (!subnet || ctx.isPublicSubnet(subnet.id)) continue;
      emit(
        'instance-public-ip',
        i.id,
        {
          subnet: subnet.id,
          publicIp: i.publicIp,
        },
        [subnet.id],
      );
    }
    for (const s of ctx.index.ofKind('subnet')) {
      if (s.mapPublicIpOnLaunch !== true || !ctx.index.vpcOf(s.id) || ctx.isPublicSubnet(s.id)) continue;
      emit('auto-assign-private-subnet', s.id);
    }
  },
});
