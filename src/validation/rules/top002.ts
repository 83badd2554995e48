import type { Resource, ResourceId } from '../../model/types.ts';
import { list, objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * TOP-002: associations stay inside one VPC: a route table or NACL associated with a subnet of
 * another VPC, an SG attached to a resource of another VPC [UG:security-groups], a load balancer or
 * DB subnet group spanning another VPC's subnet, a route to an instance (ENI) in another VPC.
 * (Routes to a foreign NAT gateway are NAT-003; to a foreign IGW or peering, RT-004.)
 */
export const top002 = defineRule({
  id: 'TOP-002',
  title: 'Route tables, NACLs, security groups, subnet groups and ENI routes must stay within one VPC.',
  variants: {
    'route-table-subnet': 'error',
    'nacl-subnet': 'error',
    'sg-attachment': 'error',
    'subnet-group': 'error',
    'route-target-eni': 'error',
  },
  run(ctx, emit) {
    const vpcOf = (id: ResourceId | null | undefined) => ctx.index.vpcOf(id)?.id;
    const assoc = (owner: Resource, ids: unknown, variant: 'route-table-subnet' | 'nacl-subnet', what: string) => {
      const own = vpcOf(owner.id);
      if (!own) return;
      for (const sid of list<unknown>(ids)) {
        const subnet = ctx.index.getKind(str(sid), 'subnet');
        const other = subnet && vpcOf(subnet.id);
        if (subnet && other && other !== own) {
          emit(variant, owner.id, `${what} ${owner.id} (in ${own}) is associated with ${subnet.id}, which is in ${other}.`, {
            subnet: subnet.id,
            vpc: own,
            otherVpc: other,
          }, [subnet.id]);
        }
      }
    };
    for (const t of ctx.index.ofKind('routeTable')) {
      assoc(t, t.subnetIds, 'route-table-subnet', 'Route table');
      const own = vpcOf(t.id);
      for (const route of objects<{ target?: unknown; destination?: unknown }>(t.routes)) {
        const eni = ctx.index.getKind(str(route.target), 'instance');
        const other = eni && vpcOf(eni.id);
        if (eni && own && other && other !== own) {
          emit('route-target-eni', t.id, `Route table ${t.id}: the route to ${str(route.destination) ?? '?'} targets ${eni.id}, an instance in ${other}.`, {
            destination: str(route.destination) ?? '',
            target: eni.id,
            otherVpc: other,
          }, [eni.id]);
        }
      }
    }
    for (const n of ctx.index.ofKind('nacl')) assoc(n, n.subnetIds, 'nacl-subnet', 'Network ACL');
    for (const kind of ['instance', 'loadBalancer', 'rds'] as const) {
      for (const r of ctx.index.ofKind(kind)) {
        const own = vpcOf(r.id);
        if (!own) continue;
        for (const sg of ctx.sgsOf(r.id)) {
          const other = vpcOf(sg.id);
          if (other && other !== own) {
            emit('sg-attachment', r.id, `${r.id} (in ${own}) uses security group ${sg.id} of ${other}; a security group attaches only to resources in its own VPC.`, {
              sg: sg.id,
              vpc: own,
              otherVpc: other,
            }, [sg.id]);
          }
        }
        if (kind !== 'instance' && 'subnetIds' in r) {
          for (const sid of list<unknown>(r.subnetIds)) {
            const subnet = ctx.index.getKind(str(sid), 'subnet');
            const other = subnet && vpcOf(subnet.id);
            if (subnet && other && other !== own) {
              emit('subnet-group', r.id, `${r.id} (in ${own}) lists subnet ${subnet.id} of ${other}; all its subnets must be in one VPC.`, {
                subnet: subnet.id,
                vpc: own,
                otherVpc: other,
              }, [subnet.id]);
            }
          }
        }
      }
    }
  },
});
